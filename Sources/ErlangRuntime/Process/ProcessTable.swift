/// All live processes by pid number, sharded to keep lock contention low when many
/// schedulers send messages at once.
///
/// Each shard is an open-addressing table keyed by the pid number itself (pid numbers
/// are handed out sequentially, so the low bits spread them evenly and no hashing is
/// needed). A message send looks its receiver up here, so this is on the hot path:
/// Swift's Dictionary hashed the key and touched three arrays per lookup.
final class ProcessTable: @unchecked Sendable {
    private static let shardBits = 6
    private static let shardCount = 1 << shardBits
    private final class Shard {
        let lock = InlineLock()
        var slots = SlotTable()
    }
    private let shards: [Shard] = (0..<ProcessTable.shardCount).map { _ in Shard() }

    @inline(__always) private func shard(_ id: Int) -> Shard { shards[id & (ProcessTable.shardCount - 1)] }
    @inline(__always) private func key(_ id: Int) -> Int { id >> ProcessTable.shardBits }

    func insert(_ p: ErlProcess) {
        let s = shard(p.pid.id)
        s.lock.lock(); s.slots.insert(key(p.pid.id), p); s.lock.unlock()
    }

    func remove(_ id: Int) {
        let s = shard(id)
        s.lock.lock(); s.slots.remove(key(id)); s.lock.unlock()
    }

    func get(_ id: Int) -> ErlProcess? {
        let s = shard(id)
        s.lock.lock(); defer { s.lock.unlock() }
        return s.slots.get(key(id))
    }

    var all: [ErlProcess] {
        var out: [ErlProcess] = []
        for s in shards { s.lock.lock(); out.append(contentsOf: s.slots.values); s.lock.unlock() }
        return out.sorted { $0.pid.id < $1.pid.id }
    }

    var count: Int {
        var n = 0
        for s in shards { s.lock.lock(); n += s.slots.count; s.lock.unlock() }
        return n
    }
}

/// A linear-probing hash table from non-negative Int keys to processes, using the key's
/// low bits as its hash. Deletion shifts later entries back (no tombstones), so lookups
/// never slow down as processes come and go. Not thread-safe (the shard lock guards it).
struct SlotTable {
    private var keys: [Int] = Array(repeating: -1, count: 8)
    private var procs: [ErlProcess?] = Array(repeating: nil, count: 8)
    private(set) var count = 0

    private var mask: Int { keys.count - 1 }

    func get(_ k: Int) -> ErlProcess? {
        var i = k & mask
        while true {
            let at = keys[i]
            if at == k { return procs[i] }
            if at < 0 { return nil }
            i = (i + 1) & mask
        }
    }

    mutating func insert(_ k: Int, _ p: ErlProcess) {
        if (count + 1) * 2 > keys.count { grow() }
        var i = k & mask
        while keys[i] >= 0 && keys[i] != k { i = (i + 1) & mask }
        if keys[i] < 0 { count += 1 }
        keys[i] = k
        procs[i] = p
    }

    mutating func remove(_ k: Int) {
        var i = k & mask
        while keys[i] != k {
            if keys[i] < 0 { return }
            i = (i + 1) & mask
        }
        keys[i] = -1
        procs[i] = nil
        count -= 1
        // Backward-shift: move later entries of the probe run into the hole when their
        // home slot is at or before it, so every remaining key stays reachable.
        var hole = i
        var j = (i + 1) & mask
        while keys[j] >= 0 {
            let home = keys[j] & mask
            let distanceToJ = (j - home) & mask
            let distanceToHole = (hole - home) & mask
            if distanceToHole < distanceToJ {
                keys[hole] = keys[j]; procs[hole] = procs[j]
                keys[j] = -1; procs[j] = nil
                hole = j
            }
            j = (j + 1) & mask
        }
    }

    var values: [ErlProcess] { procs.compactMap { $0 } }

    private mutating func grow() {
        let oldKeys = keys, oldProcs = procs
        keys = Array(repeating: -1, count: oldKeys.count * 2)
        procs = Array(repeating: nil, count: oldKeys.count * 2)
        count = 0
        for (i, k) in oldKeys.enumerated() where k >= 0 {
            if let p = oldProcs[i] { insert(k, p) }
        }
    }
}
