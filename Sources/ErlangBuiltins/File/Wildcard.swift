import ErlangRuntime
import Foundation

/// filelib:wildcard/1,2: the files whose names match a pattern, sorted.
///
/// Each `/`-separated part of the pattern matches one name: `*` any characters, `?` one,
/// `[a-z0-9]` one in the set, `{a,b}` either alternative; `**` any number of directory
/// levels. A part without wildcards is taken as is (the file must exist). Names starting
/// with a dot match like any other, as in OTP.
enum Wildcard {
    static func matches(_ patternTerm: Term, cwd: String?) throws(ErlangError) -> Term {
        guard case .cons = patternTerm, let pattern = FileName.path(patternTerm) else { throw .functionClause }
        var found = Set<String>()
        for alternative in expandBraces(pattern) { found.formUnion(search(alternative, cwd: cwd)) }
        let sorted = found.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
        return .list(sorted.map(Term.string))
    }

    /// `a{b,c}d` as `abd` and `acd` (nested braces too).
    static func expandBraces(_ pattern: String) -> [String] {
        let chars = Array(pattern)
        guard let open = chars.firstIndex(of: "{") else { return [pattern] }
        var depth = 0
        var close: Int?
        var cuts: [Int] = []
        for i in open..<chars.count {
            switch chars[i] {
            case "{": depth += 1
            case "}": depth -= 1; if depth == 0 { close = i }
            case "," where depth == 1: cuts.append(i)
            default: break
            }
            if close != nil { break }
        }
        guard let end = close else { return [pattern] }
        let head = String(chars[..<open]), tail = String(chars[(end + 1)...])
        let bounds = [open] + cuts + [end]
        var out: [String] = []
        for k in 0..<(bounds.count - 1) {
            let choice = String(chars[(bounds[k] + 1)..<bounds[k + 1]])
            out += expandBraces(head + choice + tail)
        }
        return out
    }

    /// The names matching one brace-free pattern.
    static func search(_ pattern: String, cwd: String?) -> [String] {
        let absolute = pattern.hasPrefix("/")
        var current: [String] = [absolute ? "/" : ""]
        for part in pattern.split(separator: "/").map(String.init) {
            var next: [String] = []
            for prefix in current {
                if part == "**" {
                    next.append(prefix)
                    descendants(prefix, cwd: cwd, into: &next)
                } else if !part.contains(where: { "*?[".contains($0) }) {
                    let candidate = join(prefix, part)
                    if exists(candidate, cwd: cwd) { next.append(candidate) }
                } else {
                    let glob = GlobPart(part)
                    for name in (try? FileBIFs.entries(onDisk(prefix.isEmpty ? "." : prefix, cwd: cwd))) ?? []
                    where glob.matches(Array(name.unicodeScalars)) {
                        next.append(join(prefix, name))
                    }
                }
            }
            current = next
        }
        return current.filter { !$0.isEmpty && exists($0, cwd: cwd) }
    }

    static func join(_ prefix: String, _ name: String) -> String {
        prefix.isEmpty ? name : (prefix.hasSuffix("/") ? prefix + name : prefix + "/" + name)
    }

    static func onDisk(_ path: String, cwd: String?) -> String {
        guard let cwd, !path.hasPrefix("/") else { return path }
        return join(cwd, path)
    }

    static func exists(_ path: String, cwd: String?) -> Bool {
        var st = stat()
        return lstat(onDisk(path, cwd: cwd), &st) == 0
    }

    /// Every directory below `prefix`, depth first.
    static func descendants(_ prefix: String, cwd: String?, into out: inout [String]) {
        for name in (try? FileBIFs.entries(onDisk(prefix.isEmpty ? "." : prefix, cwd: cwd))) ?? [] {
            let path = join(prefix, name)
            var st = stat()
            if stat(onDisk(path, cwd: cwd), &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR {
                out.append(path)
                descendants(path, cwd: cwd, into: &out)
            }
        }
    }
}

/// One `/`-free part of a wildcard pattern, matched against a file name.
struct GlobPart {
    enum Piece {
        case char(Unicode.Scalar)
        case any
        case star
        case set([ClosedRange<Unicode.Scalar>], negated: Bool)
    }
    let pieces: [Piece]

    init(_ text: String) {
        let s = Array(text.unicodeScalars)
        var pieces: [Piece] = []
        var i = 0
        while i < s.count {
            switch s[i] {
            case "*": pieces.append(.star)
            case "?": pieces.append(.any)
            case "\\" where i + 1 < s.count: i += 1; pieces.append(.char(s[i]))
            case "[":
                guard let close = s[(i + 1)...].firstIndex(of: "]") else { pieces.append(.char("[")); break }
                var j = i + 1
                let negated = j < close && s[j] == "^"
                if negated { j += 1 }
                var ranges: [ClosedRange<Unicode.Scalar>] = []
                while j < close {
                    if j + 2 < close && s[j + 1] == "-" && s[j] <= s[j + 2] {
                        ranges.append(s[j]...s[j + 2]); j += 3
                    } else {
                        ranges.append(s[j]...s[j]); j += 1
                    }
                }
                pieces.append(.set(ranges, negated: negated))
                i = close
            default: pieces.append(.char(s[i]))
            }
            i += 1
        }
        self.pieces = pieces
    }

    func matches(_ name: [Unicode.Scalar]) -> Bool { match(0, name[...]) }

    private func match(_ p: Int, _ rest: ArraySlice<Unicode.Scalar>) -> Bool {
        guard p < pieces.count else { return rest.isEmpty }
        switch pieces[p] {
        case .star:
            var tail = rest
            while true {
                if match(p + 1, tail) { return true }
                guard !tail.isEmpty else { return false }
                tail = tail.dropFirst()
            }
        case .any:
            return !rest.isEmpty && match(p + 1, rest.dropFirst())
        case .char(let c):
            return rest.first == c && match(p + 1, rest.dropFirst())
        case .set(let ranges, let negated):
            guard let c = rest.first, ranges.contains(where: { $0.contains(c) }) != negated else { return false }
            return match(p + 1, rest.dropFirst())
        }
    }
}
