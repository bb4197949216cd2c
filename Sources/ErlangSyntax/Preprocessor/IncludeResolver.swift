#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Where `-include` and `-include_lib` look for files.
///
/// `-include("x.hrl")`: an absolute name is used as is; otherwise the directory of
/// the including file is tried first, then each include path in order. The path
/// found is the file's name from then on (`?FILE`, diagnostics), built as epp
/// builds it: `inc/h.hrl` when `k.erl` includes `"inc/h.hrl"`, `d1/x.hrl` when
/// `d1/m.erl` includes `"x.hrl"`.
///
/// `-include_lib("app/include/x.hrl")`: first as `-include`; then, with the
/// application name dropped, `include/x.hrl` under each include path (standing in
/// for `code:lib_dir(app)`).
public enum IncludeResolver {
    static func candidates(for name: String, includer: String, includePaths: [String]) -> [String] {
        if name.hasPrefix("/") { return [name] }
        return [join(directory(of: includer), name)] + includePaths.map { join($0, name) }
    }

    static func libraryCandidates(for name: String, includePaths: [String]) -> [String] {
        guard let slash = name.firstIndex(of: "/"), !name.hasPrefix("/") else { return [] }
        let rest = String(name[name.index(after: slash)...])
        return includePaths.map { join($0, rest) }
    }

    /// The directory part of a path: "" for a bare file name.
    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        if slash == path.startIndex { return "/" }
        return String(path[..<slash])
    }

    static func join(_ directory: String, _ name: String) -> String {
        if directory.isEmpty || directory == "." { return name }
        if directory.hasSuffix("/") { return directory + name }
        return directory + "/" + name
    }

    /// A file's text: UTF-8, or Latin-1 when it is not valid UTF-8 (epp's two encodings).
    public static func readFileFromDisk(_ path: String) -> String? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let bytes = [UInt8](data)
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        return String(bytes.map { Character(Unicode.Scalar($0)) })
    }
}
