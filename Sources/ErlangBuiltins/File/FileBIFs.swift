import ErlangRuntime
import Foundation

/// The `file` module: whole-file reads and writes, directories and names. The functions
/// on open files are in FileDeviceBIFs, read_file_info in FileInfo, consult in
/// FileConsult. Like OTP, they return `{error, Reason}` (POSIX names, `badarg` for a bad
/// file name or data) rather than raising.
enum FileBIFs {
    static var tables: [BIFTable] {
        [BIFTable(module: "file", functions), FileDeviceBIFs.swerlFileTable, FilelibBIFs.table]
    }

    static var functions: [String: BIFFunction] {
        var all = files
        all.merge(FileDeviceBIFs.functions) { a, _ in a }
        all.merge(FileInfo.functions) { a, _ in a }
        all.merge(FileConsult.functions) { a, _ in a }
        return all
    }

    static let files: [String: BIFFunction] = [
        "read_file/1": { a, p in
            FileResult.run { () throws(FileResult) in
                let bytes = try readAll(try FileName.required(a[0]))
                p.chargeWork(bytes.count / 8)
                return .tuple(.ok, .binary(bytes))
            }
        },
        "write_file/2": { a, _ in
            FileResult.run { () throws(FileResult) in
                try writeAll(a[0], a[1], try OpenModes(.list([.atom("write")])))
            }
        },
        "write_file/3": { a, _ throws(ErlangError) in
            guard let modes = a[2].listElements else { throw .functionClause }
            return FileResult.run { () throws(FileResult) in
                try writeAll(a[0], a[1], try OpenModes(.list(modes + [.atom("write")])))
            }
        },
        "list_dir/1": { a, _ in
            FileResult.run { () throws(FileResult) in
                .tuple(.ok, .list(try entries(try FileName.required(a[0])).map(Term.string)))
            }
        },
        "make_dir/1": { a, _ in posixCall(a[0]) { mkdir($0, 0o777) } },
        "del_dir/1": { a, _ in posixCall(a[0]) { rmdir($0) } },
        "delete/1": { a, _ in
            // unlink(2) of a directory fails with EISDIR; OTP reports eperm (POSIX's answer).
            posixCall(a[0]) { unlink($0) == 0 ? 0 : (errno == EISDIR ? { errno = EPERM; return -1 }() : -1) }
        },
        "del_dir_r/1": { a, _ in
            FileResult.run { () throws(FileResult) in try removeTree(try FileName.required(a[0])); return .ok }
        },
        "rename/2": { a, _ in
            FileResult.run { () throws(FileResult) in
                let from = try FileName.required(a[0]), to = try FileName.required(a[1])
                guard Glibc.rename(from, to) == 0 else { throw .posix }
                return .ok
            }
        },
        "copy/2": { a, _ in FileResult.run { () throws(FileResult) in try copy(a[0], a[1], limit: nil) } },
        "copy/3": { a, _ in
            FileResult.run { () throws(FileResult) in
                switch a[2] {
                case .int(let n) where n >= 0: return try copy(a[0], a[1], limit: n)
                case .atom(let x) where x == .infinity: return try copy(a[0], a[1], limit: nil)
                default: throw .error(.atom(.badarg))
                }
            }
        },
        "get_cwd/0": { _, _ in .tuple(.ok, .string(FileManager.default.currentDirectoryPath)) },
        "set_cwd/1": { a, _ in posixCall(a[0]) { chdir($0) } },
    ]

    /// `ok`, or `{error, Posix}` when `call` on the file name fails.
    static func posixCall(_ name: Term, _ call: (String) -> Int32) -> Term {
        FileResult.run { () throws(FileResult) in
            guard call(try FileName.required(name)) == 0 else { throw .posix }
            return .ok
        }
    }

    /// The whole content of the file at `path`.
    static func readAll(_ path: String) throws(FileResult) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .posix }
        defer { close(fd) }
        var out: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = read(fd, &buffer, buffer.count)
            if n < 0 { if errno == EINTR { continue }; throw .posix }
            if n == 0 { return out }
            out.append(contentsOf: buffer[0..<n])
        }
    }

    static func writeAll(_ name: Term, _ data: Term, _ modes: OpenModes) throws(FileResult) -> Term {
        let path = try FileName.required(name)
        let bytes: [UInt8]
        do throws(ErlangError) { bytes = try IOList.bytes(data) } catch { throw .error(.atom(.badarg)) }
        let device = FileDevice(fd: try modes.open(path), modes: modes)
        defer { device.close() }
        try device.write(bytes)
        return .ok
    }

    /// The names in directory `path` (without `.` and `..`), in the order readdir gives.
    static func entries(_ path: String) throws(FileResult) -> [String] {
        guard let dir = opendir(path) else { throw .posix }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: &entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    static func removeTree(_ path: String) throws(FileResult) {
        var st = stat()
        guard lstat(path, &st) == 0 else { throw .posix }
        if (st.st_mode & S_IFMT) == S_IFDIR {
            for name in try entries(path) { try removeTree(path + "/" + name) }
            guard rmdir(path) == 0 else { throw .posix }
        } else {
            guard unlink(path) == 0 else { throw .posix }
        }
    }

    /// file:copy: `{ok, BytesCopied}`; the destination is created or truncated.
    static func copy(_ source: Term, _ destination: Term, limit: Int?) throws(FileResult) -> Term {
        let from = try FileName.required(source), to = try FileName.required(destination)
        var bytes = try readAll(from)
        if let limit, bytes.count > limit { bytes.removeSubrange(limit...) }
        let modes = try OpenModes(.list([.atom("write"), .atom("binary")]))
        let device = FileDevice(fd: try modes.open(to), modes: modes)
        defer { device.close() }
        try device.write(bytes)
        return .tuple(.ok, .int(bytes.count))
    }
}
