import ErlangRuntime

/// binary:match/matches/split/replace and compile_pattern. At each position the longest
/// of the patterns that match there wins, and matches never overlap.
extension BinaryBIFs {
    static let searching: [String: BIFFunction] = [
        "compile_pattern/1": { a, _ throws(ErlangError) in
            let patterns = try BinaryPatterns(a[0])
            // An opaque compiled pattern: swerl keeps the pattern binaries.
            return .tuple(.atom("cp"), Term.list(patterns.patterns.map { Term.binary($0) }))
        },
        "match/2": { a, p throws(ErlangError) in try match(a[0], a[1], .nil, p) },
        "match/3": { a, p throws(ErlangError) in try match(a[0], a[1], a[2], p) },
        "matches/2": { a, p throws(ErlangError) in try matches(a[0], a[1], .nil, p) },
        "matches/3": { a, p throws(ErlangError) in try matches(a[0], a[1], a[2], p) },
        "split/2": { a, p throws(ErlangError) in try split(a[0], a[1], .nil, p) },
        "split/3": { a, p throws(ErlangError) in try split(a[0], a[1], a[2], p) },
        "replace/3": { a, p throws(ErlangError) in try replace(a[0], a[1], a[2], .nil, p) },
        "replace/4": { a, p throws(ErlangError) in try replace(a[0], a[1], a[2], a[3], p) },
    ]

    static func match(_ subject: Term, _ pattern: Term, _ options: Term,
                      _ p: ErlProcess) throws(ErlangError) -> Term {
        let bytes = try binaryArg(subject).bytes
        let patterns = try BinaryPatterns(pattern)
        let opts = try SearchOptions(options, size: bytes.count, allowed: [])
        guard let found = patterns.first(in: bytes, from: opts.start, to: opts.end) else { return .atom("nomatch") }
        p.chargeWork((found.start - opts.start) / 8)
        return .tuple(.int(found.start), .int(found.length))
    }

    static func matches(_ subject: Term, _ pattern: Term, _ options: Term,
                        _ p: ErlProcess) throws(ErlangError) -> Term {
        let bytes = try binaryArg(subject).bytes
        let patterns = try BinaryPatterns(pattern)
        let opts = try SearchOptions(options, size: bytes.count, allowed: [])
        let found = patterns.all(in: bytes, from: opts.start, to: opts.end, global: true)
        p.chargeWork((opts.end - opts.start) / 8)
        return Term.list(found.map { Term.tuple(.int($0.start), .int($0.length)) })
    }

    static func split(_ subject: Term, _ pattern: Term, _ options: Term,
                      _ p: ErlProcess) throws(ErlangError) -> Term {
        let bytes = try binaryArg(subject).bytes
        let patterns = try BinaryPatterns(pattern)
        let opts = try SearchOptions(options, size: bytes.count, allowed: ["global", "trim", "trim_all"])
        let found = patterns.all(in: bytes, from: opts.start, to: opts.end, global: opts.flags.contains("global"))
        p.chargeWork(bytes.count / 8)
        var parts: [[UInt8]] = []
        var at = 0
        for m in found {
            parts.append(Array(bytes[at..<m.start]))
            at = m.start + m.length
        }
        parts.append(Array(bytes[at...]))
        if opts.flags.contains("trim_all") {
            parts.removeAll { $0.isEmpty }
        } else if opts.flags.contains("trim") {
            while parts.last?.isEmpty == true { parts.removeLast() }
        }
        return Term.list(parts.map { Term.binary($0) })
    }

    static func replace(_ subject: Term, _ pattern: Term, _ replacement: Term, _ options: Term,
                        _ p: ErlProcess) throws(ErlangError) -> Term {
        let bytes = try binaryArg(subject).bytes
        let patterns = try BinaryPatterns(pattern)
        let with = try binaryArg(replacement).bytes
        let opts = try SearchOptions(options, size: bytes.count, allowed: ["global"])
        let found = patterns.all(in: bytes, from: opts.start, to: opts.end, global: opts.flags.contains("global"))
        p.chargeWork(bytes.count / 8)
        var out: [UInt8] = []
        var at = 0
        for m in found {
            out += bytes[at..<m.start]
            out += opts.replacement(with, matched: bytes[m.start..<(m.start + m.length)])
            at = m.start + m.length
        }
        out += bytes[at...]
        return .binary(Bits(out))
    }
}

/// The patterns of a search: a non-empty binary, a non-empty list of them, or a
/// compiled pattern.
struct BinaryPatterns {
    let patterns: [[UInt8]]

    init(_ t: Term) throws(ErlangError) {
        switch t {
        case .binary(let b):
            guard b.isBinary, !b.bytes.isEmpty else { throw .badarg }
            patterns = [b.bytes]
        case .tuple(let compiled) where compiled.count == 2 && compiled.elements[0] == .atom("cp"):
            self = try BinaryPatterns(compiled.elements[1])
        default:
            let list = try listArg(t)
            var all: [[UInt8]] = []
            for item in list {
                guard case .binary(let b) = item, b.isBinary, !b.bytes.isEmpty else { throw .badarg }
                all.append(b.bytes)
            }
            guard !all.isEmpty else { throw .badarg }
            patterns = all
        }
    }

    /// The longest pattern matching at the first position in `from..<to` where any does.
    func first(in bytes: [UInt8], from: Int, to: Int) -> (start: Int, length: Int)? {
        var i = from
        while i < to {
            var best = 0
            for pattern in patterns where pattern.count > best && i + pattern.count <= to
                && pattern[0] == bytes[i] && bytes[i..<(i + pattern.count)].elementsEqual(pattern) {
                best = pattern.count
            }
            if best > 0 { return (i, best) }
            i += 1
        }
        return nil
    }

    /// Successive non-overlapping matches (just the first unless `global`).
    func all(in bytes: [UInt8], from: Int, to: Int, global: Bool) -> [(start: Int, length: Int)] {
        var out: [(start: Int, length: Int)] = []
        var at = from
        while let m = first(in: bytes, from: at, to: to) {
            out.append(m)
            if !global { break }
            at = m.start + m.length
        }
        return out
    }
}

/// The options of the search functions: `{scope, {Start, Length}}`, flags such as
/// `global`, and replace's `{insert_replaced, Positions}`.
struct SearchOptions {
    var start = 0
    var end: Int
    var flags: Set<String> = []
    var insertPositions: [Int] = []

    init(_ t: Term, size: Int, allowed: Set<String>) throws(ErlangError) {
        end = size
        for option in try listArg(t) {
            switch option {
            case .atom(let a) where allowed.contains(a.name):
                flags.insert(a.name)
            case .tuple(let pair) where pair.count == 2:
                switch pair.elements[0].asAtom?.name {
                case "scope":
                    guard case .tuple(let scope) = pair.elements[1], scope.count == 2,
                          case .int(let s) = scope.elements[0], case .int(let n) = scope.elements[1] else {
                        throw .badarg
                    }
                    let (stop, overflow) = s.addingReportingOverflow(n)
                    let (from, to) = n >= 0 ? (s, stop) : (stop, s)
                    guard !overflow, from >= 0, to <= size else { throw .badarg }
                    start = from; end = to
                case "insert_replaced" where allowed.contains("global"):
                    let positions = pair.elements[1].listElements ?? [pair.elements[1]]
                    for position in positions {
                        guard case .int(let i) = position, i >= 0 else { throw .badarg }
                        insertPositions.append(i)
                    }
                default: throw .badarg
                }
            default: throw .badarg
            }
        }
    }

    /// The replacement with the matched bytes inserted at each `insert_replaced` position.
    func replacement(_ with: [UInt8], matched: ArraySlice<UInt8>) -> [UInt8] {
        if insertPositions.isEmpty { return with }
        var out: [UInt8] = []
        var at = 0
        for position in insertPositions.sorted() {
            let cut = min(position, with.count)
            out += with[at..<cut]
            out += matched
            at = cut
        }
        out += with[at...]
        return out
    }
}
