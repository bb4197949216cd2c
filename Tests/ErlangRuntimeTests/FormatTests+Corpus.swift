import XCTest
import ErlangRuntime
@testable import ErlangBuiltins

/// Corpus checking: records produced by real OTP (see `FormatTests+OTP.swift`), each a
/// case line and a `WANT` line.
///
///     CASE <p|tp|lp> <column> <line length> <depth> <term>   ~*.*P and friends
///     FCASE <format> <args>                                  io_lib:format/2
///     FLOAT <kind> <bits in hex> <param>                     float formatting
///     WANT <output, with \\, \n and \{hex} escapes> | WANT !badarg
extension FormatTests {
    struct CorpusResult {
        var total = 0
        var failures = 0
    }

    /// Checks every record of `corpus`, reporting the first `maxReports` differences.
    func checkCorpus(_ corpus: String, maxReports: Int = 10, file: StaticString = #filePath,
                     line: UInt = #line) -> CorpusResult {
        var result = CorpusResult()
        let lines = corpus.split(separator: "\n", omittingEmptySubsequences: false)
        var i = 0
        while i + 1 < lines.count {
            let head = String(lines[i])
            guard lines[i + 1].hasPrefix("WANT ") else { i += 1; continue }
            let want = unescapeCorpus(String(lines[i + 1].dropFirst(5)))
            i += 2
            let got: String?
            if head.hasPrefix("CASE ") { got = prettyCase(head) }
            else if head.hasPrefix("FCASE ") { got = formatCase(String(head.dropFirst(6))) }
            else if head.hasPrefix("FLOAT ") { got = floatCase(head) }
            else { continue }
            result.total += 1
            if got != want {
                result.failures += 1
                if result.failures <= maxReports {
                    XCTFail("\(head)\n" + firstDifference(want, got ?? "(unparsable case)"), file: file, line: line)
                }
            }
        }
        return result
    }

    private func prettyCase(_ head: String) -> String? {
        let f = head.split(separator: " ", maxSplits: 5).map(String.init)
        guard f.count == 6, let col = Int(f[2]), let ll = Int(f[3]), let depth = Int(f[4]),
              let t = try? TermLiteral.parse(f[5]) else { return nil }
        return TermPrinter.print(t, column: col, lineLength: ll, depth: depth,
                                 encoding: f[1] == "tp" ? .unicode : .latin1, strings: f[1] != "lp")
    }

    private func formatCase(_ text: String) -> String? {
        guard let split = topLevelSpace(text),
              let format = try? TermLiteral.parse(String(text[..<split])),
              let args = try? TermLiteral.parse(String(text[text.index(after: split)...])) else { return nil }
        do { return try IOFormat.format(format, args) } catch { return "!badarg" }
    }

    private func floatCase(_ head: String) -> String? {
        let f = head.split(separator: " ").map(String.init)
        guard f.count == 4, let bits = UInt64(f[2], radix: 16), let n = Int(f[3]) else { return nil }
        let x = Double(bitPattern: bits)
        let options: String
        switch f[1] {
        case "short": return FloatFormat.shortest(x)
        case "dec": options = "[{decimals,\(n)}]"
        case "compact": options = "[{decimals,\(n)},compact]"
        case "sci": options = "[{scientific,\(n)}]"
        case "e", "f", "g":
            do { return try IOFormat.format(.string("~.\(n)\(f[1])"), .list([.float(x)])) } catch { return "!badarg" }
        default: return nil
        }
        guard let opts = try? TermLiteral.parse(options) else { return nil }
        do { return try FloatToText.text(.float(x), opts) } catch { return "!badarg" }
    }

    /// The index of the space separating the two terms of an FCASE line.
    private func topLevelSpace(_ s: String) -> String.Index? {
        var depth = 0
        var quote: Character?
        var escaped = false
        var previous: Character?
        for idx in s.indices {
            let c = s[idx]
            defer { previous = c }
            if let q = quote {
                if escaped { escaped = false } else if c == "\\" { escaped = true } else if c == q { quote = nil }
                continue
            }
            switch c {
            case "\"", "'": quote = c
            case "$" : escaped = false
            case "[", "{": depth += 1
            case "]", "}": depth -= 1
            case "<" where previous == "<": depth += 1
            case ">" where previous == ">": depth -= 1
            case " " where depth == 0: return idx
            default: break
            }
        }
        return nil
    }

    /// The lines around the first difference, short enough to read in a test log.
    func firstDifference(_ want: String, _ got: String) -> String {
        let w = want.split(separator: "\n", omittingEmptySubsequences: false)
        let g = got.split(separator: "\n", omittingEmptySubsequences: false)
        var k = 0
        while k < min(w.count, g.count), w[k] == g[k] { k += 1 }
        let from = max(0, k - 2)
        return "want (from line \(from + 1)):\n" + w[from..<min(w.count, k + 3)].joined(separator: "\n")
            + "\ngot:\n" + g[from..<min(g.count, k + 3)].joined(separator: "\n")
    }

    /// Undoes the recorder's escapes: `\\`, `\n` and `\{hex}`.
    private func unescapeCorpus(_ s: String) -> String {
        var out = ""
        var it = s.unicodeScalars.makeIterator()
        while let c = it.next() {
            guard c == "\\", let d = it.next() else { out.unicodeScalars.append(c); continue }
            switch d {
            case "n": out += "\n"
            case "{":
                var hex = ""
                while let h = it.next(), h != "}" { hex.unicodeScalars.append(h) }
                if let v = UInt32(hex, radix: 16), let u = Unicode.Scalar(v) { out.unicodeScalars.append(u) }
            default: out.unicodeScalars.append(d)
            }
        }
        return out
    }
}
