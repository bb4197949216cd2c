import ErlangRuntime
import Foundation

/// file:read_file_info/1,2 and read_link_info/1,2: the `#file_info{}` record as a tuple
/// `{file_info, Size, Type, Access, Atime, Mtime, Ctime, Mode, Links, MajorDevice,
/// MinorDevice, Inode, Uid, Gid}`, times as local datetimes unless `{time, universal}`
/// or `{time, posix}` is given.
enum FileInfo {
    static let functions: [String: BIFFunction] = [
        "read_file_info/1": { a, _ in info(a[0], .nil, follow: true) },
        "read_file_info/2": { a, _ in info(a[0], a[1], follow: true) },
        "read_link_info/1": { a, _ in info(a[0], .nil, follow: false) },
        "read_link_info/2": { a, _ in info(a[0], a[1], follow: false) },
    ]

    enum TimeFormat { case local, universal, posix }

    static func info(_ name: Term, _ options: Term, follow: Bool) -> Term {
        FileResult.run { () throws(FileResult) in
            let path = try FileName.required(name)
            guard let opts = options.listElements else { throw .error(.atom(.badarg)) }
            var format = TimeFormat.local
            for o in opts {
                if case .tuple(let t) = o, t.count == 2, t[0] == .atom("time"), case .atom(let f) = t[1] {
                    switch f.name {
                    case "local": format = .local
                    case "universal": format = .universal
                    case "posix": format = .posix
                    default: throw .error(.atom(.badarg))
                    }
                }
            }
            var st = stat()
            guard (follow ? stat(path, &st) : lstat(path, &st)) == 0 else { throw .posix }
            return .tuple(.ok, record(st, path: path, format))
        }
    }

    static func record(_ st: stat, path: String, _ format: TimeFormat) -> Term {
        let type: String
        switch st.st_mode & S_IFMT {
        case S_IFREG: type = "regular"
        case S_IFDIR: type = "directory"
        case S_IFLNK: type = "symlink"
        case S_IFCHR, S_IFBLK: type = "device"
        default: type = "other"
        }
        let readable = access(path, R_OK) == 0, writable = access(path, W_OK) == 0
        let accessName = readable ? (writable ? "read_write" : "read") : (writable ? "write" : "none")
        return .tuple(Tuple.make([
            .atom("file_info"), .int(Int(st.st_size)), .atom(type), .atom(accessName),
            time(st.st_atim.tv_sec, format), time(st.st_mtim.tv_sec, format), time(st.st_ctim.tv_sec, format),
            .int(Int(st.st_mode)), .int(Int(st.st_nlink)), .int(Int(st.st_dev)), .int(Int(st.st_rdev)),
            .int(Int(st.st_ino)), .int(Int(st.st_uid)), .int(Int(st.st_gid)),
        ]))
    }

    static func time(_ seconds: time_t, _ format: TimeFormat) -> Term {
        if format == .posix { return .int(Int(seconds)) }
        return Clock.datetime(seconds, local: format == .local)
    }
}
