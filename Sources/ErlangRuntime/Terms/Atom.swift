import Foundation

/// An interned atom: an index into the global `AtomTable`. Equal names give equal atoms.
public struct Atom: Hashable, Sendable, Comparable {
    public let id: UInt32
    public init(id: UInt32) { self.id = id }

    /// Interns `name` (thread-safe).
    public init(_ name: String) { self = AtomTable.shared.intern(name) }

    public var name: String { AtomTable.shared.name(of: self) }

    /// Atoms compare by name (term order), not by id.
    public static func < (a: Atom, b: Atom) -> Bool {
        a.id != b.id && a.name.unicodeScalars.lexicographicallyPrecedes(b.name.unicodeScalars)
    }
}

/// The process-wide atom table. Reads of existing atoms take a lock only on intern.
public final class AtomTable: @unchecked Sendable {
    public static let shared = AtomTable()

    private var names: [String] = []
    private var ids: [String: UInt32] = [:]
    private let lock = NSLock()

    init() {
        // Pre-interned atoms: the order here must match the static constants in `Atom+Common.swift`.
        for n in Atom.preinterned { _ = intern(n) }
    }

    public func intern(_ name: String) -> Atom {
        lock.lock(); defer { lock.unlock() }
        if let id = ids[name] { return Atom(id: id) }
        let id = UInt32(names.count)
        names.append(name)
        ids[name] = id
        return Atom(id: id)
    }

    /// The atom for `name` only if it already exists (list_to_existing_atom).
    public func existing(_ name: String) -> Atom? {
        lock.lock(); defer { lock.unlock() }
        return ids[name].map { Atom(id: $0) }
    }

    public func name(of atom: Atom) -> String {
        lock.lock(); defer { lock.unlock() }
        return names[Int(atom.id)]
    }

    public var count: Int { lock.lock(); defer { lock.unlock() }; return names.count }
}
