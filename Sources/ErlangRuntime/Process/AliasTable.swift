import Foundation

/// When a process alias (a reference that messages can be sent to, see `ErlangVM+Aliases`)
/// stops being active by itself. `unalias/1` ends any of them.
enum AliasMode {
    /// `alias()`, `alias([explicit_unalias])`, `{alias, explicit_unalias}`: only by unalias/1.
    case explicitUnalias
    /// `alias([reply])`: after the first message sent through it.
    case reply
    /// `{alias, demonitor}`: when its monitor ends (demonitor, or the 'DOWN' message).
    case demonitor
    /// `{alias, reply_demonitor}`: as `demonitor`, and after the first message sent
    /// through it, which also ends the monitor.
    case replyDemonitor

    /// Whether the alias ends with the monitor of the same reference.
    var endsWithMonitor: Bool { self == .demonitor || self == .replyDemonitor }
    /// Whether the first message through the alias ends it.
    var endsWithReply: Bool { self == .reply || self == .replyDemonitor }
}

/// Which process each active alias belongs to, by reference number: where a message sent to
/// a reference goes. Only a route: whether the alias is still active is decided by the owner's
/// `ErlProcess.aliases`, under its lock, when the message is delivered. Sharded like
/// `ProcessTable`, since every gen_server call creates and ends one alias.
final class AliasTable: @unchecked Sendable {
    private static let shardCount = 16
    private final class Shard {
        let lock = NSLock()
        var owners: [Int: Pid] = [:]
    }
    private let shards: [Shard] = (0..<AliasTable.shardCount).map { _ in Shard() }

    @inline(__always) private func shard(_ ref: Ref) -> Shard { shards[ref.id & (AliasTable.shardCount - 1)] }

    func insert(_ ref: Ref, owner: Pid) {
        let s = shard(ref)
        s.lock.lock(); s.owners[ref.id] = owner; s.lock.unlock()
    }

    func remove(_ ref: Ref) {
        let s = shard(ref)
        s.lock.lock(); s.owners.removeValue(forKey: ref.id); s.lock.unlock()
    }

    func owner(_ ref: Ref) -> Pid? {
        let s = shard(ref)
        s.lock.lock(); defer { s.lock.unlock() }
        return s.owners[ref.id]
    }
}
