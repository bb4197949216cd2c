import ErlangRuntime
import Foundation

/// The `filelib` module. fold_files/5 is Erlang code in stdlib/filelib.erl (over
/// file:list_dir/1 and re); wildcards are in Wildcard.swift.
enum FilelibBIFs {
    static let table = BIFTable(module: "filelib", [
        "is_file/1": { a, _ throws(ErlangError) in .bool(try status(a[0]) != nil) },
        "is_dir/1": { a, _ throws(ErlangError) in .bool(try status(a[0]).map(isDirectory) ?? false) },
        "is_regular/1": { a, _ throws(ErlangError) in
            .bool(try status(a[0]).map { ($0.st_mode & S_IFMT) == S_IFREG } ?? false)
        },
        "file_size/1": { a, _ throws(ErlangError) in .int(try status(a[0]).map { Int($0.st_size) } ?? 0) },
        "last_modified/1": { a, _ throws(ErlangError) in
            guard let st = try status(a[0]) else { return .int(0) }
            return Clock.datetime(st.st_mtim.tv_sec, local: true)
        },
        "ensure_dir/1": { a, _ throws(ErlangError) in
            guard let path = FileName.path(a[0]) else { throw .functionClause }
            return FileResult.run { () throws(FileResult) in try ensureDirectory(parent(of: path)); return .ok }
        },
        "wildcard/1": { a, _ throws(ErlangError) in try Wildcard.matches(a[0], cwd: nil) },
        "wildcard/2": { a, _ throws(ErlangError) in
            guard case .cons = a[1], let cwd = FileName.path(a[1]) else { throw .functionClause }
            return try Wildcard.matches(a[0], cwd: cwd)
        },
    ])

    /// stat(2) of the named file, nil if it does not exist.
    static func status(_ name: Term) throws(ErlangError) -> stat? {
        guard let path = FileName.path(name) else { throw .functionClause }
        var st = stat()
        return stat(path, &st) == 0 ? st : nil
    }

    static func isDirectory(_ st: stat) -> Bool { (st.st_mode & S_IFMT) == S_IFDIR }

    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let dir = String(path[..<slash])
        return dir.isEmpty ? "/" : dir
    }

    /// Makes `dir` and the directories above it that are missing.
    static func ensureDirectory(_ dir: String) throws(FileResult) {
        var st = stat()
        if stat(dir, &st) == 0 && isDirectory(st) { return }
        let up = parent(of: dir)
        if up != dir { try ensureDirectory(up) }
        if mkdir(dir, 0o777) != 0 && errno != EEXIST { throw .posix }
        guard stat(dir, &st) == 0, isDirectory(st) else { throw .error(.atom("eexist")) }
    }

}
