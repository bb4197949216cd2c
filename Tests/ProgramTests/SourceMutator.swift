import Foundation

/// SplitMix64: a tiny deterministic generator, so a failing fuzz case is reproducible from its
/// seed (SWERL_FUZZ_SEED) on any platform.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// One broken program: its bytes and how they were made (shown when swerl crashes on it).
struct Mutant {
    var description: String
    var bytes: Data
}

/// Makes broken variants of valid Erlang sources: the inputs a parser and evaluator meet when
/// a user is mid-edit, plus adversarial ones (deep nesting, binary garbage).
struct SourceMutator {
    var generator: SplitMix64

    /// The kinds of damage, applied round-robin so every kind is exercised.
    static let kinds = ["truncate", "flip bytes", "delete lines", "duplicate lines", "swap lines",
                        "deep nesting", "unbalanced nesting", "garbage", "token soup", "splice"]

    mutating func mutate(_ source: Data, named name: String, kind: Int, others: [Data]) -> Mutant {
        let kindName = Self.kinds[kind % Self.kinds.count]
        let bytes: Data
        var detail = ""
        switch kind % Self.kinds.count {
        case 0:
            let cut = Int.random(in: 0...max(0, source.count - 1), using: &generator)
            bytes = source.prefix(cut)
            detail = "at byte \(cut)"
        case 1: bytes = flipBytes(source)
        case 2: bytes = editLines(source) { lines, g in
                let at = Int.random(in: 0..<lines.count, using: &g)
                lines.remove(at: at)
            }
        case 3: bytes = editLines(source) { lines, g in
                let at = Int.random(in: 0..<lines.count, using: &g)
                lines.insert(lines[at], at: at)
            }
        case 4: bytes = editLines(source) { lines, g in
                lines.swapAt(Int.random(in: 0..<lines.count, using: &g), Int.random(in: 0..<lines.count, using: &g))
            }
        case 5:
            let depth = 5000
            bytes = deepNesting(depth: depth, balanced: true)
            detail = "depth \(depth)"
        case 6: bytes = insertAtRandomLine(source, deepNesting(depth: 5000, balanced: false))
        case 7: bytes = garbage()
        case 8: bytes = insertAtRandomLine(source, tokenSoup())
        default:
            // The front of this program glued to the back of another one.
            let other = others.randomElement(using: &generator) ?? source
            let cut = Int.random(in: 0...source.count, using: &generator)
            let otherCut = Int.random(in: 0...other.count, using: &generator)
            bytes = source.prefix(cut) + other.suffix(from: other.startIndex + otherCut)
        }
        return Mutant(description: "\(kindName) \(detail) of \(name)".replacingOccurrences(of: "  ", with: " "),
                      bytes: bytes)
    }

    private mutating func flipBytes(_ source: Data) -> Data {
        guard !source.isEmpty else { return source }
        var bytes = source
        for _ in 0..<Int.random(in: 1...10, using: &generator) {
            let at = bytes.startIndex + Int.random(in: 0..<bytes.count, using: &generator)
            bytes[at] = UInt8.random(in: 0...255, using: &generator)
        }
        return bytes
    }

    private mutating func editLines(_ source: Data,
                                    _ edit: (inout [Data.SubSequence], inout SplitMix64) -> Void) -> Data {
        var lines = source.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        guard !lines.isEmpty else { return source }
        for _ in 0..<Int.random(in: 1...3, using: &generator) where !lines.isEmpty {
            edit(&lines, &generator)
        }
        return Data(lines.joined(separator: [UInt8(ascii: "\n")]))
    }

    /// A whole module whose main/1 builds a term nested `depth` levels deep, mixing (), [], {}
    /// and begin/end; unbalanced nesting only opens.
    private mutating func deepNesting(depth: Int, balanced: Bool) -> Data {
        let pairs = [("(", ")"), ("[", "]"), ("{", "}"), ("begin ", " end"), ("#{a => ", "}"), ("<<", ">>")]
        var open = "", close = ""
        for _ in 0..<depth {
            let pair = pairs[Int.random(in: 0..<(balanced ? 4 : pairs.count), using: &generator)]
            open += pair.0
            close = pair.1 + close
        }
        let body = balanced ? open + "0" + close : open + "0"
        return Data("-module(deep).\n-export([main/1]).\nmain(_) -> X = \(body),\n    io:format(\"~p~n\", [X]).\n".utf8)
    }

    private mutating func garbage() -> Data {
        Data((0..<Int.random(in: 1...4096, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) })
    }

    private mutating func tokenSoup() -> Data {
        let tokens = ["fun", "end", "case", "of", "receive", "after", "try", "catch", "when", "->", "<-",
                      "||", "=>", ":=", "#", "{", "}", "[", "]", "(", ")", "<<", ">>", ".", ",", ";",
                      "?", "??", "-define(", "-record(", "$", "'", "\"", "X", "_", "1", "1.0e", "16#",
                      "2#102", "#{", "#r.", "!", "++", "--", "bsl", "andalso", "-if(", "-endif."]
        let count = Int.random(in: 1...40, using: &generator)
        return Data((0..<count).map { _ in tokens.randomElement(using: &generator) ?? "." }
            .joined(separator: " ").utf8)
    }

    private mutating func insertAtRandomLine(_ source: Data, _ insertion: Data) -> Data {
        var lines = source.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { Data($0) }
        lines.insert(insertion, at: Int.random(in: 0...lines.count, using: &generator))
        return Data(lines.joined(separator: [UInt8(ascii: "\n")]))
    }
}
