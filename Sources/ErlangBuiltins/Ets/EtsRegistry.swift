import Foundation
import ErlangRuntime

/// The ETS tables of one VM, by id and by name (named tables). Protected by `lock`;
/// lock order is registry, then table.
///
/// Owner death: the runtime has no exit hook for built-in modules, so a table whose
/// owner has died is deleted lazily, the next time anything looks it up (or lists
/// tables): from outside this is the same as OTP deleting it when the owner exits.
final class EtsRegistry: @unchecked Sendable {
    let lock = NSLock()
    private var byId: [Int: EtsTable] = [:]
    private var byName: [Atom: EtsTable] = [:]
    /// Ids in creation order (for all/0).
    private var order: [Int] = []

    // One registry per VM (the tests run several VMs in one process).
    private static let perVM = PerVM<EtsRegistry> { EtsRegistry() }

    static func of(_ vm: ErlangVM) -> EtsRegistry { perVM.of(vm) }

    /// Registers `table`; false when it is named and the name is taken.
    func add(_ table: EtsTable, vm: ErlangVM) -> Bool {
        lock.lock(); defer { lock.unlock() }
        if table.named {
            if let other = byName[table.name] {
                if ownerAlive(other, vm) { return false }
                removeLocked(other)
            }
            byName[table.name] = table
        }
        byId[table.id.id] = table
        order.append(table.id.id)
        return true
    }

    private func ownerAlive(_ t: EtsTable, _ vm: ErlangVM) -> Bool { vm.process(t.owner) != nil }

    private func removeLocked(_ t: EtsTable) {
        byId[t.id.id] = nil
        if t.named, byName[t.name] === t { byName[t.name] = nil }
        if let i = order.firstIndex(of: t.id.id) { order.remove(at: i) }
    }

    /// The table `tid` names (a reference or a table name), or nil.
    func find(_ tid: Term, vm: ErlangVM) -> EtsTable? {
        lock.lock(); defer { lock.unlock() }
        let t: EtsTable?
        switch tid {
        case .ref(let r): t = byId[r.id]
        case .atom(let a): t = byName[a]
        default: return nil
        }
        guard let t else { return nil }
        if !ownerAlive(t, vm) { removeLocked(t); return nil }
        return t
    }

    /// Deletes `table`; false if it was already gone.
    func remove(_ table: EtsTable) -> Bool {
        lock.lock(); defer { lock.unlock() }
        guard byId[table.id.id] === table else { return false }
        removeLocked(table)
        table.lock.lock(); table.removeAll(); table.lock.unlock()
        return true
    }

    /// Renames a table; false if `name` is taken by another live table.
    func rename(_ table: EtsTable, to name: Atom, vm: ErlangVM) -> Bool {
        lock.lock(); defer { lock.unlock() }
        guard byId[table.id.id] === table else { return false }
        if let other = byName[name] {
            if other === table { return true }
            if ownerAlive(other, vm) { return false }
            removeLocked(other)
        }
        if table.named {
            if byName[table.name] === table { byName[table.name] = nil }
            byName[name] = table
        }
        table.name = name
        return true
    }

    /// Every live table, in creation order.
    func all(vm: ErlangVM) -> [EtsTable] {
        lock.lock(); defer { lock.unlock() }
        var out: [EtsTable] = []
        for id in order {
            guard let t = byId[id] else { continue }
            if ownerAlive(t, vm) { out.append(t) }
        }
        for t in byId.values where !ownerAlive(t, vm) { removeLocked(t) }
        return out
    }

    func whereis(_ name: Atom, vm: ErlangVM) -> EtsTable? { find(.atom(name), vm: vm) }
}
