import ErlangRuntime
import Foundation

/// An open file: what file:open/2 returns a pid for.
///
/// As OTP's io server exits when a read or write fails with a POSIX error (reading a
/// file opened for writing only, say), such a failure closes the device: the call
/// returns the error and later ones `{error, terminated}`.
///
/// OTP gives each open file an io server process; swerl keeps a table from a pid to the
/// file instead. The pid is taken from the VM's pid counter like a spawned process's
/// (so later spawns are numbered as in OTP), but no process runs behind it: messages
/// sent to it are dropped and is_process_alive/1 says false. io:format/3 and the
/// file functions find the file through `FileDevices.lookup`.
final class FileDevice: @unchecked Sendable {
    let lock = NSLock()
    private(set) var fd: Int32
    let modes: OpenModes
    /// Closed by file:close/1 or killed by a failed write (OTP's server terminates).
    private(set) var closed = false

    init(fd: Int32, modes: OpenModes) { self.fd = fd; self.modes = modes }

    func close() {
        lock.lock(); defer { lock.unlock() }
        if !closed { Glibc.close(fd); closed = true; fd = -1 }
    }

    /// Writes all of `bytes` at the current position.
    func write(_ bytes: [UInt8]) throws(FileResult) {
        guard !closed else { throw .error(.atom("terminated")) }
        guard modes.writable else { close(); throw .error(.atom("ebadf")) }
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if n < 0 { if errno == EINTR { continue }; let e = FileResult.posix; close(); throw e }
            offset += n
        }
    }

    /// Up to `count` bytes from the current position; empty at end of file.
    func read(_ count: Int) throws(FileResult) -> [UInt8] {
        guard !closed else { throw .error(.atom("terminated")) }
        guard modes.read else { close(); throw .error(.atom("ebadf")) }
        var buffer = [UInt8](repeating: 0, count: count)
        var got = 0
        while got < count {
            let n = buffer[got...].withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 { if errno == EINTR { continue }; let e = FileResult.posix; close(); throw e }
            if n == 0 { break }
            got += n
        }
        return Array(buffer[0..<got])
    }

    /// The bytes up to and including the next line feed (or to the end of the file);
    /// empty at end of file. Reads ahead in chunks and seeks back over the excess.
    func readLine() throws(FileResult) -> [UInt8] {
        var line: [UInt8] = []
        while true {
            let chunk = try read(256)
            if chunk.isEmpty { return line }
            if let nl = chunk.firstIndex(of: 10) {
                line.append(contentsOf: chunk[...nl])
                let excess = chunk.count - nl - 1
                if excess > 0 { lseek(fd, off_t(-excess), SEEK_CUR) }
                return line
            }
            line.append(contentsOf: chunk)
        }
    }

    /// Moves to `offset` from `whence`; returns the new absolute position.
    func seek(_ offset: Int, _ whence: Int32) throws(FileResult) -> Int {
        guard !closed else { throw .error(.atom("terminated")) }
        let pos = lseek(fd, off_t(offset), whence)
        guard pos >= 0 else { throw .posix }
        return Int(pos)
    }

}

/// The open file devices, by the pid that stands for each.
enum FileDevices {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var devices: [Pid: FileDevice] = [:]

    static func register(_ device: FileDevice, _ pid: Pid) {
        lock.lock(); defer { lock.unlock() }
        devices[pid] = device
    }

    static func lookup(_ t: Term) -> FileDevice? {
        guard case .pid(let pid) = t else { return nil }
        lock.lock(); defer { lock.unlock() }
        return devices[pid]
    }

    /// The open device `t` names, or the error OTP's file functions return: `terminated`
    /// for a closed one, `arguments` for a name that is no device, else badarg.
    static func required(_ t: Term) throws(FileResult) -> FileDevice {
        if let d = lookup(t) {
            if d.closed { throw .error(.atom("terminated")) }
            return d
        }
        if case .atom = t { throw .error(.atom("arguments")) }
        throw .error(.atom(.badarg))
    }
}
