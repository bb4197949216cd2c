import Foundation

/// All live processes by pid number, sharded to keep lock contention low when many
/// schedulers send messages at once.
final class ProcessTable: @unchecked Sendable {
    private static let shardCount = 64
    private final class Shard {
        let lock = NSLock()
        var map: [Int: ErlProcess] = [:]
    }
    private let shards: [Shard] = (0..<ProcessTable.shardCount).map { _ in Shard() }

    @inline(__always) private func shard(_ id: Int) -> Shard { shards[id & (ProcessTable.shardCount - 1)] }

    func insert(_ p: ErlProcess) {
        let s = shard(p.pid.id)
        s.lock.lock(); s.map[p.pid.id] = p; s.lock.unlock()
    }

    func remove(_ id: Int) {
        let s = shard(id)
        s.lock.lock(); s.map.removeValue(forKey: id); s.lock.unlock()
    }

    func get(_ id: Int) -> ErlProcess? {
        let s = shard(id)
        s.lock.lock(); defer { s.lock.unlock() }
        return s.map[id]
    }

    var all: [ErlProcess] {
        var out: [ErlProcess] = []
        for s in shards { s.lock.lock(); out.append(contentsOf: s.map.values); s.lock.unlock() }
        return out.sorted { $0.pid.id < $1.pid.id }
    }

    var count: Int {
        var n = 0
        for s in shards { s.lock.lock(); n += s.map.count; s.lock.unlock() }
        return n
    }
}
