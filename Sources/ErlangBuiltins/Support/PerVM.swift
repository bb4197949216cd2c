import Foundation
import ErlangRuntime

/// One instance of a VM-wide store per VM (the tests run several VMs in one process),
/// created on first use and dropped with its VM.
final class PerVM<Store: AnyObject>: @unchecked Sendable {
    private struct Entry { weak var vm: ErlangVM?; let store: Store }
    private let lock = NSLock()
    private var entries: [ObjectIdentifier: Entry] = [:]
    private let make: () -> Store

    init(_ make: @escaping () -> Store) { self.make = make }

    func of(_ vm: ErlangVM) -> Store {
        lock.lock(); defer { lock.unlock() }
        let key = ObjectIdentifier(vm)
        if let e = entries[key], e.vm === vm { return e.store }
        entries = entries.filter { $0.value.vm != nil }
        let s = make()
        entries[key] = Entry(vm: vm, store: s)
        return s
    }
}
