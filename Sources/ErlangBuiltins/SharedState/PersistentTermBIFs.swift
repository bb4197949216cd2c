import Foundation
import ErlangRuntime

/// The `persistent_term` module: a VM-wide key-value store. Keys compare with `=:=`.
/// Reads take a lock (OTP's reads are lock-free; the results are the same).
enum PersistentTermBIFs {
    final class Store: @unchecked Sendable {
        let lock = NSLock()
        var terms: [Term: Term] = [:]
        /// Insertion order, for get/0 (OTP's order is its hash table's).
        var order: [Term] = []
    }
    private static let stores = PerVM<Store> { Store() }

    private static func withStore<R>(_ p: ErlProcess, _ body: (Store) throws(ErlangError) -> R) throws(ErlangError) -> R {
        let s = stores.of(p.vm)
        s.lock.lock(); defer { s.lock.unlock() }
        return try body(s)
    }

    static let table = BIFTable(module: "persistent_term", [
        "put/2": { a, p throws(ErlangError) in
            try withStore(p) { s in
                if s.terms.updateValue(a[1], forKey: a[0]) == nil { s.order.append(a[0]) }
            }
            return .ok
        },
        "get/1": { a, p throws(ErlangError) in
            try withStore(p) { (s: Store) throws(ErlangError) -> Term in
                guard let v = s.terms[a[0]] else { throw .badarg }
                return v
            }
        },
        "get/2": { a, p throws(ErlangError) in try withStore(p) { s in s.terms[a[0]] ?? a[1] } },
        "get/0": { _, p throws(ErlangError) in
            try withStore(p) { s in Term.list(s.order.compactMap { k in s.terms[k].map { Term.tuple(k, $0) } }) }
        },
        "erase/1": { a, p throws(ErlangError) in
            try withStore(p) { s in
                guard s.terms.removeValue(forKey: a[0]) != nil else { return .false }
                s.order.removeAll { $0 == a[0] }
                return .true
            }
        },
        // memory: an estimate (swerl does not measure term sizes the BEAM's way).
        "info/0": { _, p throws(ErlangError) in
            try withStore(p) { s in
                .map(ErlMap([.atom("count"): .int(s.terms.count), .atom("memory"): .int(64 * s.terms.count)]))
            }
        },
    ])
}
