import ErlangRuntime

/// re:replace and re:split, built on the same global matching as re:run.
extension ReBIFs {
    static let editing: [String: BIFFunction] = [
        "replace/3": { a, p throws(ErlangError) in try replaceBIF(a[0], a[1], a[2], .nil, p) },
        "replace/4": { a, p throws(ErlangError) in try replaceBIF(a[0], a[1], a[2], a[3], p) },
        "split/2": { a, p throws(ErlangError) in try splitBIF(a[0], a[1], .nil, p) },
        "split/3": { a, p throws(ErlangError) in try splitBIF(a[0], a[1], a[2], p) },
    ]

    /// Compiles (or takes) the pattern and finds the matches; a bad pattern is badarg.
    private static func matches(_ subject: Term, _ re: Term, _ opts: inout ReOptions,
                                limit: Int?) throws(ErlangError) -> (CompiledRegex, [UInt8], [[Int]]) {
        guard case .success(let regex) = try pattern(re, &opts) else { throw .badarg }
        let bytes = try subjectBytes(subject, unicode: regex.unicode)
        guard opts.offset <= bytes.count else { throw .badarg }
        // Past the match limit OTP's replace and split treat the rest as not matching.
        let found = (try? allMatches(regex, bytes, opts, limit: limit)) ?? []
        return (regex, bytes, found)
    }

    private static func bin(_ bytes: ArraySlice<UInt8>) -> Term { .binary(Bits(Array(bytes))) }

    // MARK: replace

    /// A piece of the replacement: literal bytes, or group N's text (`&` is group 0).
    private enum Piece { case text([UInt8]), group(Int) }

    private static func replacementPieces(_ r: [UInt8]) -> [Piece] {
        var pieces: [Piece] = []
        var text: [UInt8] = []
        func flush() { if !text.isEmpty { pieces.append(.text(text)); text = [] } }
        var i = 0
        while i < r.count {
            let c = r[i]
            if c == UInt8(ascii: "&") { flush(); pieces.append(.group(0)); i += 1; continue }
            guard c == UInt8(ascii: "\\"), i + 1 < r.count else { text.append(c); i += 1; continue }
            var j = i + 1
            var braced = false
            if r[j] == UInt8(ascii: "g") {
                j += 1
                if j < r.count, r[j] == UInt8(ascii: "{") { braced = true; j += 1 }
            }
            var n: Int? = nil
            // "\\0" is a literal 0 (only \g can name group 0).
            let numbered = j > i + 1 || (j < r.count && r[j] != UInt8(ascii: "0"))
            while numbered, j < r.count, r[j] >= 0x30, r[j] <= 0x39 { n = (n ?? 0) * 10 + Int(r[j] - 0x30); j += 1 }
            if let n, !braced || (j < r.count && r[j] == UInt8(ascii: "}")) {
                flush()
                pieces.append(.group(n))
                i = braced ? j + 1 : j
            } else {
                text.append(r[i + 1])   // \\ and \& stand for the character itself
                i += 2
            }
        }
        flush()
        return pieces
    }

    static func replaceBIF(_ subject: Term, _ re: Term, _ replacement: Term, _ options: Term,
                           _ p: ErlProcess) throws(ErlangError) -> Term {
        var opts = try ReOptions(options, for: .replace)
        let (regex, bytes, found) = try matches(subject, re, &opts, limit: opts.global ? nil : 1)
        let with = try subjectBytes(replacement, unicode: regex.unicode)
        p.chargeWork(bytes.count / 8)
        if found.isEmpty {
            switch opts.returnType {
            case .iodata: return subject
            case .binary: return .binary(Bits(bytes))
            case .list: return listText(bytes, unicode: regex.unicode)
            }
        }
        let pieces = replacementPieces(with)
        // OTP's iodata: [Before1, Replacement1, Before2, ... | Rest], empty parts left out;
        // a replacement that is one literal is a binary, anything else a list of pieces.
        var items: [Term] = []
        var flat: [UInt8] = []
        var at = 0
        for slots in found {
            if slots[0] > at { items.append(bin(bytes[at..<slots[0]])) }
            flat += bytes[at..<slots[0]]
            var parts: [Term] = []
            for piece in pieces {
                switch piece {
                case .text(let t): parts.append(.binary(Bits(t))); flat += t
                case .group(let n):
                    let s = 2 * n + 1 < slots.count ? slots[2 * n] : -1
                    let part = s >= 0 ? Array(bytes[s..<slots[2 * n + 1]]) : []
                    parts.append(.binary(Bits(part))); flat += part
                }
            }
            if pieces.count == 1, case .text = pieces[0] { items.append(parts[0]) } else { items.append(Term.list(parts)) }
            at = slots[1]
        }
        flat += bytes[at...]
        switch opts.returnType {
        case .binary: return .binary(Bits(flat))
        case .list: return listText(flat, unicode: regex.unicode)
        case .iodata: return Term.list(items, tail: at < bytes.count ? bin(bytes[at...]) : .nil)
        }
    }

    // MARK: split

    static func splitBIF(_ subject: Term, _ re: Term, _ options: Term, _ p: ErlProcess) throws(ErlangError) -> Term {
        var opts = try ReOptions(options, for: .split)
        let (regex, bytes, found) = try matches(subject, re, &opts, limit: nil)
        p.chargeWork(bytes.count / 8)
        let text: (ArraySlice<UInt8>) -> Term = opts.returnType == .list
            ? { listText(Array($0), unicode: regex.unicode) } : { bin($0) }
        if bytes.count == opts.offset && bytes.isEmpty { return Term.list([text([])]) }
        // Each part: the text before a match, then the match's groups (unset: empty).
        var parts: [[ArraySlice<UInt8>]] = []
        var at = 0
        let maxParts = opts.parts.flatMap { $0 > 0 ? $0 : nil }
        for slots in found {
            if let m = maxParts, parts.count >= m - 1 { break }
            // An empty match where the current part starts splits nothing off.
            if slots[0] == slots[1] && slots[0] == at { continue }
            var part = [bytes[at..<slots[0]]]
            for g in stride(from: 1, through: regex.groupCount, by: 1) {
                let s = slots[2 * g]
                part.append(s >= 0 ? bytes[s..<slots[2 * g + 1]] : bytes[0..<0])
            }
            parts.append(part)
            at = slots[1]
        }
        parts.append([bytes[at...]])
        if opts.parts == 0 {
            while let last = parts.last, last.allSatisfy(\.isEmpty) { parts.removeLast() }
        }
        if opts.group {
            return Term.list(parts.map { Term.list($0.map(text)) })
        }
        return Term.list(parts.flatMap { $0 }.map(text))
    }
}
