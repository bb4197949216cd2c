import ErlangRuntime
import Foundation

/// The mode list of file:open/2 and file:write_file/3. Atoms OTP does not know are
/// ignored, as OTP does; `raw`, `read_ahead`, `delayed_write` and the like change
/// nothing here (every device is the same kind).
struct OpenModes {
    var read = false, write = false, append = false, exclusive = false
    var binary = false, utf8 = false

    init(_ t: Term) throws(FileResult) {
        guard let modes = t.listElements else { throw .error(.atom(.badarg)) }
        for mode in modes {
            switch mode {
            case .atom(let a):
                switch a.name {
                case "read": read = true
                case "write": write = true
                case "append": append = true
                case "exclusive": exclusive = true
                case "binary": binary = true
                case "list": binary = false
                default: break
                }
            case .tuple(let t) where t.count == 2 && t[0] == .atom("encoding"):
                guard case .atom(let e) = t[1] else { throw .error(.atom(.badarg)) }
                utf8 = e.name == "utf8" || e.name == "unicode"
            default:
                break
            }
        }
        if !read && !write && !append { read = true }
    }

    var writable: Bool { write || append }

    /// open(2) flags for these modes.
    var flags: Int32 {
        var f: Int32 = read && writable ? O_RDWR : (writable ? O_WRONLY : O_RDONLY)
        if writable { f |= O_CREAT }
        if write && !read && !append { f |= O_TRUNC }
        if append { f |= O_APPEND }
        if exclusive { f |= O_CREAT | O_EXCL }
        return f | O_CLOEXEC
    }

    /// Opens `path`, returning the descriptor or the POSIX error.
    func open(_ path: String) throws(FileResult) -> Int32 {
        let fd = Glibc.open(path, flags, 0o666)
        guard fd >= 0 else { throw .posix }
        return fd
    }
}
