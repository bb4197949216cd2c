import ErlangRuntime
import Foundation

/// The `code` module over swerl's code server, which loads modules from `MOD.erl`
/// source on the code path (there are no .beam files):
/// - `which/1` and `is_loaded/1` give the `.erl` path a module was (or would be) loaded
///   from, as found on the code path (an escript's as given on the command line, as
///   OTP's compiled escripts); built-in modules (Swift BIFs and the bundled library) are
///   `preloaded`.
/// - `root_dir/0` is the directory above the one holding the swerl executable, and
///   `lib_dir/0` its `lib`; there are no OTP applications, so `lib_dir/1` and
///   `priv_dir/1` answer `{error, bad_name}`.
/// - Old code is never kept: `purge/1` returns false and `soft_purge/1` true.
enum CodeBIFs {
    static let table = BIFTable(module: "code", [
        "ensure_loaded/1": { a, p throws(ErlangError) in
            let m = try moduleArg(a[0])
            return p.vm.code.ensureLoadedModule(m) ? .tuple(.atom("module"), .atom(m)) : noFile
        },
        "load_file/1": { a, p throws(ErlangError) in
            let m = try moduleArg(a[0])
            if p.vm.code.isBuiltIn(m) { return .tuple(.atom(.error), .atom("sticky_directory")) }
            return p.vm.code.reload(m) ? .tuple(.atom("module"), .atom(m)) : noFile
        },
        "is_loaded/1": { a, p throws(ErlangError) in
            let origin = p.vm.code.origin(try moduleArg(a[0]))
            return origin == .notLoaded ? .false : .tuple(.atom("file"), term(origin))
        },
        "which/1": { a, p throws(ErlangError) in term(p.vm.code.locate(try moduleArg(a[0]))) },
        "all_loaded/0": { _, p in
            .list(p.vm.code.loadedOrigins().map { Term.tuple(.atom($0.0), term($0.1)) })
        },
        "get_path/0": { _, p in .list(p.vm.code.path.map(Term.string)) },
        "add_path/1": { a, p throws(ErlangError) in try addPath(a[0], p, first: false) },
        "add_pathz/1": { a, p throws(ErlangError) in try addPath(a[0], p, first: false) },
        "add_patha/1": { a, p throws(ErlangError) in try addPath(a[0], p, first: true) },
        "root_dir/0": { _, _ in .string(rootDir) },
        "lib_dir/0": { _, _ in .string(rootDir + "/lib") },
        "lib_dir/1": { a, _ throws(ErlangError) in _ = try moduleArg(a[0]); return badName },
        "priv_dir/1": { a, _ throws(ErlangError) in _ = try moduleArg(a[0]); return badName },
        "purge/1": { a, _ throws(ErlangError) in _ = try moduleArg(a[0]); return .false },
        "soft_purge/1": { a, _ throws(ErlangError) in _ = try moduleArg(a[0]); return .true },
        "delete/1": { a, p throws(ErlangError) in
            let m = try moduleArg(a[0])
            return .bool(!p.vm.code.isBuiltIn(m) && p.vm.code.unload(m))
        },
    ])

    static let noFile = Term.tuple(.atom(.error), .atom("nofile"))
    static let badName = Term.tuple(.atom(.error), .atom("bad_name"))

    /// A module name: an atom (code's functions have no clause for anything else).
    static func moduleArg(_ t: Term) throws(ErlangError) -> Atom {
        guard case .atom(let m) = t else { throw .functionClause }
        return m
    }

    static func term(_ origin: ModuleOrigin) -> Term {
        switch origin {
        case .file(let path): return .string(path)
        case .preloaded: return .atom("preloaded")
        case .notLoaded: return .atom("non_existing")
        }
    }

    static func addPath(_ t: Term, _ p: ErlProcess, first: Bool) throws(ErlangError) -> Term {
        guard let dir = FileName.path(t) else { throw .functionClause }
        var st = stat()
        guard stat(dir, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR else {
            return .tuple(.atom(.error), .atom("bad_directory"))
        }
        var path = p.vm.code.path.filter { $0 != dir }
        if first { path.insert(dir, at: 0) } else { path.append(dir) }
        p.vm.code.setPath(path)
        return .true
    }

    /// The directory above the one holding the running executable.
    static let rootDir: String = {
        let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        return exe.deletingLastPathComponent().deletingLastPathComponent().path
    }()
}
