import ErlangRuntime
import Foundation

/// File names as the file module takes them: a string, an atom, a binary (UTF-8), or a
/// deep list of characters and atoms.
enum FileName {
    /// The path, or nil where OTP answers `{error, badarg}`.
    static func path(_ t: Term) -> String? {
        switch t {
        case .binary(let b) where b.isBinary:
            let bytes = b.bytes
            return bytes.contains(0) ? nil : String(decoding: bytes, as: UTF8.self)
        case .atom(let a):
            return a.name
        case .nil, .cons:
            var out = ""
            let ok = forEachDeepLeaf(t) { leaf in
                switch leaf {
                case .int(let c):
                    guard c > 0, let u = Unicode.Scalar(UInt32(clamping: c)) else { return false }
                    out.unicodeScalars.append(u)
                case .atom(let a):
                    out += a.name
                default:
                    return false
                }
                return true
            }
            return ok ? out : nil
        default:
            return nil
        }
    }

    /// The path, or `{error, badarg}` thrown as a result (see FileResult).
    static func required(_ t: Term) throws(FileResult) -> String {
        guard let p = path(t) else { throw .error(.atom(.badarg)) }
        return p
    }

    /// `path` made absolute against the current directory.
    static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        return FileManager.default.currentDirectoryPath + "/" + path
    }
}

/// An early `{error, Reason}` result of a file function (not an exception).
enum FileResult: Error {
    case error(Term)

    var term: Term {
        switch self { case .error(let reason): return .tuple(.atom(.error), reason) }
    }

    /// The `{error, Posix}` for the current errno.
    static var posix: FileResult { .error(PosixError.atom(errno)) }

    /// Runs `body`, turning an early error into its `{error, Reason}` term.
    static func run(_ body: () throws(FileResult) -> Term) -> Term {
        do throws(FileResult) { return try body() } catch { return error.term }
    }
}

/// POSIX error numbers as the atoms OTP names them.
enum PosixError {
    static func atom(_ code: Int32) -> Term {
        .atom(names[code] ?? "eio")
    }

    private static let names: [Int32: String] = [
        EPERM: "eperm", ENOENT: "enoent", EIO: "eio", ENXIO: "enxio", EBADF: "ebadf",
        EAGAIN: "eagain", ENOMEM: "enomem", EACCES: "eacces", EFAULT: "efault", EBUSY: "ebusy",
        EEXIST: "eexist", EXDEV: "exdev", ENODEV: "enodev", ENOTDIR: "enotdir", EISDIR: "eisdir",
        EINVAL: "einval", ENFILE: "enfile", EMFILE: "emfile", ETXTBSY: "etxtbsy", EFBIG: "efbig",
        ENOSPC: "enospc", ESPIPE: "espipe", EROFS: "erofs", EMLINK: "emlink", EPIPE: "epipe",
        ENAMETOOLONG: "enametoolong", ENOTEMPTY: "eexist", ELOOP: "eloop", ENOTSUP: "enotsup",
        EDQUOT: "edquot",
    ]
}
