import Foundation
import ErlangRuntime

/// One ETS table. All fields below `lock` are read and written only while holding it:
/// tables are shared by every process and used from several scheduler threads at once.
final class EtsTable: @unchecked Sendable {
    enum Kind: String { case set, orderedSet = "ordered_set", bag, duplicateBag = "duplicate_bag" }
    enum Access: String { case `public`, protected, `private` }

    let id: Ref
    let kind: Kind
    let keypos: Int
    let access: Access
    let named: Bool
    let lock = NSLock()

    // Mutable state (registry lock for name/owner, table lock for the objects).
    var name: Atom
    var owner: Pid
    var heir: Term = .atom("none")

    /// set, bag, duplicate_bag: objects by key (exact `=:=` keys). A set holds one object
    /// per key; bags keep each key's objects in insertion order.
    private var hashed: [Term: [Term]] = [:]
    /// ordered_set: the objects sorted by key in term order (keys compare with `==`).
    private var sorted: [Term] = []
    private(set) var size = 0

    init(id: Ref, name: Atom, kind: Kind, keypos: Int, access: Access, named: Bool, owner: Pid) {
        self.id = id; self.name = name; self.kind = kind; self.keypos = keypos
        self.access = access; self.named = named; self.owner = owner
    }

    var isOrdered: Bool { kind == .orderedSet }
    var isBag: Bool { kind == .bag || kind == .duplicateBag }

    /// The key of `object`, or nil when it is not a tuple of at least keypos elements.
    func key(of object: Term) -> Term? {
        guard case .tuple(let t) = object, t.count >= keypos else { return nil }
        return t.elements[keypos - 1]
    }

    @inline(__always) private func unsafeKey(_ object: Term) -> Term {
        guard case .tuple(let t) = object else { return object }
        return t.elements[keypos - 1]
    }

    /// ordered_set: index of the first object whose key is >= `key` (term order).
    private func lowerBound(_ key: Term) -> Int {
        var lo = 0, hi = sorted.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if compareTerms(unsafeKey(sorted[mid]), key) < 0 { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// ordered_set: index of the object with a key `==` to `key`.
    private func sortedIndex(_ key: Term) -> Int? {
        let i = lowerBound(key)
        return i < sorted.count && compareTerms(unsafeKey(sorted[i]), key) == 0 ? i : nil
    }

    // MARK: reading

    func lookup(_ key: Term) -> [Term] {
        if isOrdered { return sortedIndex(key).map { [sorted[$0]] } ?? [] }
        return hashed[key] ?? []
    }

    func contains(_ key: Term) -> Bool {
        if isOrdered { return sortedIndex(key) != nil }
        return hashed[key] != nil
    }

    /// Every object in traversal order (term order of keys for ordered_set).
    var objects: [Term] {
        if isOrdered { return sorted }
        var out: [Term] = []
        out.reserveCapacity(size)
        for (_, objs) in hashed { out.append(contentsOf: objs) }
        return out
    }

    /// The first key in traversal order, or nil for an empty table.
    var firstKey: Term? {
        if isOrdered { return sorted.first.map(unsafeKey) }
        return hashed.first?.key
    }

    var lastKey: Term? {
        if isOrdered { return sorted.last.map(unsafeKey) }
        return firstKey
    }

    enum Step { case key(Term), end, missing }

    /// The key after `key` in traversal order. For an ordered_set `key` need not be in
    /// the table; for the others a missing key is an error (`.missing`).
    func next(_ key: Term) -> Step {
        if isOrdered {
            var i = lowerBound(key)
            if i < sorted.count && compareTerms(unsafeKey(sorted[i]), key) == 0 { i += 1 }
            return i < sorted.count ? .key(unsafeKey(sorted[i])) : .end
        }
        guard let i = hashed.index(forKey: key) else { return .missing }
        let j = hashed.index(after: i)
        return j == hashed.endIndex ? .end : .key(hashed[j].key)
    }

    func prev(_ key: Term) -> Step {
        guard isOrdered else { return next(key) }
        let i = lowerBound(key)
        return i > 0 ? .key(unsafeKey(sorted[i - 1])) : .end
    }

    // MARK: writing (objects already checked to have a key)

    func insert(_ object: Term) {
        let k = unsafeKey(object)
        switch kind {
        case .orderedSet:
            let i = lowerBound(k)
            if i < sorted.count && compareTerms(unsafeKey(sorted[i]), k) == 0 {
                sorted[i] = object
            } else {
                sorted.insert(object, at: i); size += 1
            }
        case .set:
            if hashed.updateValue([object], forKey: k) == nil { size += 1 }
        case .bag:
            if var objs = hashed[k] {
                if objs.contains(where: { $0 == object }) { return }
                hashed[k] = nil
                objs.append(object); hashed[k] = objs
            } else {
                hashed[k] = [object]
            }
            size += 1
        case .duplicateBag:
            hashed[k, default: []].append(object); size += 1
        }
    }

    /// Removes every object with key `key`; returns them.
    @discardableResult
    func remove(key: Term) -> [Term] {
        if isOrdered {
            guard let i = sortedIndex(key) else { return [] }
            size -= 1
            return [sorted.remove(at: i)]
        }
        guard let objs = hashed.removeValue(forKey: key) else { return [] }
        size -= objs.count
        return objs
    }

    /// Removes the objects exactly equal (`=:=`) to `object`.
    func remove(object: Term) {
        let k = unsafeKey(object)
        if isOrdered {
            if let i = sortedIndex(k), sorted[i] == object { sorted.remove(at: i); size -= 1 }
            return
        }
        guard var objs = hashed[k] else { return }
        let before = objs.count
        objs.removeAll { $0 == object }
        size -= before - objs.count
        hashed[k] = objs.isEmpty ? nil : objs
    }

    /// Replaces the single object with key `key` (set and ordered_set).
    func replace(key: Term, with object: Term) {
        if isOrdered {
            if let i = sortedIndex(key) { sorted[i] = object }
        } else {
            hashed[key] = [object]
        }
    }

    func removeAll() {
        hashed = [:]; sorted = []; size = 0
    }

    /// Keeps only the objects for which `keep` is true; returns how many were removed.
    func removeAll(where drop: (Term) -> Bool) -> Int {
        let before = size
        if isOrdered {
            sorted.removeAll(where: drop)
            size = sorted.count
        } else {
            for (k, objs) in hashed {
                let kept = objs.filter { !drop($0) }
                if kept.count != objs.count {
                    size -= objs.count - kept.count
                    hashed[k] = kept.isEmpty ? nil : kept
                }
            }
        }
        return before - size
    }
}
