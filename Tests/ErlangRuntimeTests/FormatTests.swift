import XCTest
import ErlangRuntime
@testable import ErlangBuiltins

/// Term printing and io_lib formatting. Every expected string was produced by real
/// Erlang/OTP 25 (`erl -noshell -eval 'io:format("~p~n", [T])'` and io_lib:format/2).
final class FormatTests: XCTestCase {
    func term(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> Term {
        do { return try TermLiteral.parse(text) } catch {
            XCTFail("cannot parse \(text): \(error)", file: file, line: line)
            return .nil
        }
    }

    /// Runs a recorded corpus (see `FormatCorpus`) when SWERL_FORMAT_CORPUS names one.
    func testRecordedCorpus() throws {
        guard let path = ProcessInfo.processInfo.environment["SWERL_FORMAT_CORPUS"] else {
            throw XCTSkip("set SWERL_FORMAT_CORPUS to a corpus file to run it")
        }
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var failures = 0, total = 0
        var i = 0
        while i + 1 < lines.count {
            let head = lines[i].split(separator: " ", maxSplits: 5).map(String.init)
            let want = unescapeCorpus(String(lines[i + 1].dropFirst(5)))
            i += 2
            if head.first == "FCASE" {
                total += 1
                if !checkFormatCase(String(lines[i - 2].dropFirst(6)), want: want) { failures += 1 }
                continue
            }
            guard head.count == 6, head[0] == "CASE" else { continue }
            total += 1
            let t = try TermLiteral.parse(head[5])
            let col = Int(head[2]) ?? 1, ll = Int(head[3]) ?? 80, depth = Int(head[4]) ?? -1
            let got = TermPrinter.print(t, column: col, lineLength: ll, depth: depth,
                                        encoding: head[1] == "tp" ? .unicode : .latin1,
                                        strings: head[1] != "lp")
            if got != want {
                failures += 1
                if failures <= 10 {
                    XCTFail("\(head[1]) col \(col) ll \(ll) depth \(depth): \(head[5])\n" + firstDifference(want, got))
                }
            }
        }
        XCTAssertEqual(failures, 0, "\(failures) of \(total) corpus cases differ")
    }

    /// One io_lib:format case: "Format Args" in Erlang syntax, the expected output or
    /// `!badarg`.
    private func checkFormatCase(_ text: String, want: String) -> Bool {
        // The two terms are separated by the first space outside brackets and quotes.
        guard let split = topLevelSpace(text),
              let format = try? TermLiteral.parse(String(text[..<split])),
              let args = try? TermLiteral.parse(String(text[text.index(after: split)...])) else {
            XCTFail("cannot parse format case \(text)")
            return false
        }
        let got: String
        do { got = try IOFormat.format(format, args) } catch { got = "!badarg" }
        if got != want { XCTFail("io_lib:format(\(text))\n" + firstDifference(want, got)) }
        return got == want
    }

    private func topLevelSpace(_ s: String) -> String.Index? {
        var depth = 0
        var quote: Character?
        var escaped = false
        for idx in s.indices {
            let c = s[idx]
            if let q = quote {
                if escaped { escaped = false } else if c == "\\" { escaped = true } else if c == q { quote = nil }
                continue
            }
            switch c {
            case "\"", "'": quote = c
            case "[", "{", "(": depth += 1
            case "]", "}", ")": depth -= 1
            case "<" where s[s.index(after: idx)...].hasPrefix("<"): depth += 1
            case ">" where s[s.index(after: idx)...].hasPrefix(">"): depth -= 1
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

    private func unescapeCorpus(_ s: String) -> String {
        var out = ""
        var it = s.makeIterator()
        while let c = it.next() {
            if c == "\\", let d = it.next() { out.append(d == "n" ? "\n" : d) } else { out.append(c) }
        }
        return out
    }
}
