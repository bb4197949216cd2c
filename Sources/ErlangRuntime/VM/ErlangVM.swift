import Foundation

/// One Erlang runtime instance: atom table (global), code server, process table,
/// schedulers and the standard output channel.
public final class ErlangVM: @unchecked Sendable {
    private let outputLock = NSLock()

    public init() {}

    /// Writes `text` to standard output in one piece (no interleaving within one call).
    public func writeStdout(_ text: String) {
        outputLock.lock(); defer { outputLock.unlock() }
        FileHandle.standardOutput.write(text.data(using: .utf8) ?? Data())
    }

    /// Writes `text` to standard error in one piece.
    public func writeStderr(_ text: String) {
        outputLock.lock(); defer { outputLock.unlock() }
        FileHandle.standardError.write(text.data(using: .utf8) ?? Data())
    }
}
