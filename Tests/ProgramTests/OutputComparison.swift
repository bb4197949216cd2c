import Foundation

/// Turns a swerl run and OTP's recorded results into a list of human-readable mismatches.
enum OutputComparison {
    /// Every way `result` differs from what `program` expects; empty when it passes.
    static func mismatches(of program: ProgramCase, result: RunResult) -> [String] {
        var problems: [String] = []
        switch result.ending {
        case .exited(let status) where status == program.expectedExit:
            break
        case .exited(let status):
            problems.append("exit status \(status), OTP's escript exits with \(program.expectedExit)")
        case .signaled, .timedOut:
            problems.append("swerl \(result.ending), OTP's escript exits with \(program.expectedExit)")
        }

        let actualStdout = strippingLogReports(result.stdout)
        if actualStdout != program.expectedStdout {
            problems.append("stdout differs from \(program.name).stdout (- OTP, + swerl):\n"
                            + lineDiff(expected: program.expectedStdout, actual: actualStdout))
        }

        let stderr = result.stderrText
        for needle in program.stderrMustContain where !stderr.contains(needle) {
            problems.append("stderr lacks the diagnostic \(quoted(needle)); stderr was:\n"
                            + excerpt(stderr))
        }
        return problems
    }

    /// OTP's logger writes reports ("=ERROR REPORT==== 27-Nov-2026::15:27:54.042587 ===", then
    /// the report, then an empty line) to stdout, asynchronously, with timestamps, pids and
    /// escript's generated module names. scripts/golden.sh drops them from the recorded stdout,
    /// so they are dropped from swerl's stdout the same way before comparing.
    static func strippingLogReports(_ output: Data) -> Data {
        guard output.range(of: Data(" REPORT==== ".utf8)) != nil else { return output }
        var kept = Data()
        var inReport = false
        for line in output.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
                .dropLastIfEmpty(endsWithNewline: output.last == UInt8(ascii: "\n")) {
            if isReportHeader(line) {
                inReport = true
            } else if inReport {
                if line.isEmpty { inReport = false }
            } else {
                kept.append(contentsOf: line)
                kept.append(UInt8(ascii: "\n"))
            }
        }
        if output.last != UInt8(ascii: "\n"), kept.last == UInt8(ascii: "\n") { kept.removeLast() }
        return kept
    }

    /// `^=[A-Z]+ REPORT==== .* ===$`, the same header golden.sh's awk matches.
    private static func isReportHeader(_ line: Data.SubSequence) -> Bool {
        let text = String(decoding: line, as: UTF8.self)
        guard text.hasPrefix("="), text.hasSuffix(" ==="),
              let marker = text.range(of: " REPORT==== ") else { return false }
        let kind = text[text.index(after: text.startIndex)..<marker.lowerBound]
        return !kind.isEmpty && kind.allSatisfy { $0 >= "A" && $0 <= "Z" }
    }

    /// A compact line diff: up to `limit` removed (-) and inserted (+) lines with line numbers.
    static func lineDiff(expected: Data, actual: Data, limit: Int = 40) -> String {
        let old = textLines(expected)
        let new = textLines(actual)
        var rendered: [String] = []
        for change in new.difference(from: old) {
            switch change {
            case .remove(let offset, let line, _): rendered.append(numbered(offset + 1, "-", line))
            case .insert(let offset, let line, _): rendered.append(numbered(offset + 1, "+", line))
            }
        }
        // CollectionDifference lists removals first (descending) then insertions (ascending);
        // sort by line number so the diff reads top to bottom.
        rendered.sort { lineNumber($0) < lineNumber($1) }
        var text = rendered.prefix(limit).joined(separator: "\n")
        if rendered.count > limit { text += "\n      ... \(rendered.count - limit) more changed lines" }
        if rendered.isEmpty { text = "      (same lines; they differ in the final newline)" }
        return text
    }

    private static func textLines(_ data: Data) -> [String] {
        var lines = String(decoding: data, as: UTF8.self).components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines.map { $0.replacingOccurrences(of: "\t", with: "\\t") }
    }

    private static func numbered(_ number: Int, _ sign: String, _ line: String) -> String {
        let digits = String(number)
        return String(repeating: " ", count: max(0, 5 - digits.count)) + digits + " \(sign) " + line
    }

    private static func lineNumber(_ rendered: String) -> Int {
        Int(rendered.prefix(5).trimmingCharacters(in: .whitespaces)) ?? 0
    }

    private static func quoted(_ text: String) -> String { "\"\(text)\"" }

    private static func excerpt(_ text: String, limit: Int = 2000) -> String {
        text.count <= limit ? text : String(text.prefix(limit)) + "\n... (truncated)"
    }
}

private extension Array where Element == Data.SubSequence {
    /// `split` of "a\nb\n" yields a trailing empty piece that is not a line.
    func dropLastIfEmpty(endsWithNewline: Bool) -> ArraySlice<Data.SubSequence> {
        endsWithNewline && last?.isEmpty == true ? dropLast() : self[...]
    }
}
