/// Prints diagnostics exactly as OTP 25's `erlc` and `escript` do.
///
/// erlc (and escript for a script with `-mode(compile).`) quotes the source line
/// and points at the column:
///
///     t.erl:3:9: redefining macro 'A'
///     %    3| -define(A, 2).
///     %     |         ^
///     <empty line>
///
/// The line number is right-aligned in four columns (wider when it needs more);
/// tabs before the column are kept in the caret line so the caret lines up. A
/// diagnostic without a column quotes the line without a caret line. When the line
/// cannot be shown (unknown file, line 0, past the end) only the first line is printed.
///
/// escript in its default (interpreted) mode prints the first line only: pass a
/// `sourceLines` that returns nil. It prints errors, then warnings, then
/// `escript: There were compilation errors.` and exits with status 127.
public enum DiagnosticPrinter {
    /// The text for one diagnostic, ending with a newline (plus the empty line
    /// erlc leaves after a quoted source line).
    /// - Parameter sourceLines: the lines of a file, by file name (see `lines(of:)`),
    ///   or nil when its text is not available or should not be quoted.
    public static func render(_ d: Diagnostic, sourceLines: (String) -> [Substring]?) -> String {
        let header = headerLine(d)
        let line = d.location.line
        guard line >= 1, let lines = sourceLines(d.location.file), line <= lines.count else {
            return header + "\n"
        }
        let text = lines[line - 1]
        let number = String(line)
        let width = max(4, number.count)
        var out = header + "\n"
        out += "% " + String(repeating: " ", count: width - number.count) + number + "| " + text + "\n"
        if d.location.column >= 1 {
            out += "% " + String(repeating: " ", count: width) + "| " + caretLine(text, column: d.location.column) + "\n"
        }
        return out + "\n"
    }

    /// `file:line:col: message`, `Warning: ` before a warning's message.
    public static func headerLine(_ d: Diagnostic) -> String {
        let position = d.location.column >= 1 ? "\(d.location.line):\(d.location.column)" : "\(d.location.line)"
        let prefix = d.severity == .warning ? "Warning: " : ""
        return "\(d.location.file):\(position): \(prefix)\(d.message)"
    }

    /// What escript prints after the diagnostics of a script that failed to compile.
    public static let escriptCompilationFailed = "escript: There were compilation errors.\n"

    /// escript's exit status when a script fails to compile.
    public static let escriptCompilationFailedStatus: Int32 = 127

    /// A file's lines as erlc quotes them: split at `\n`, a trailing `\r` dropped.
    public static func lines(of source: String) -> [Substring] {
        var lines: [Substring] = []
        var start = source.startIndex
        var i = source.utf8.startIndex
        while i < source.utf8.endIndex {
            if source.utf8[i] == UInt8(ascii: "\n") {
                lines.append(trimmingCarriageReturn(source[start..<i]))
                start = source.utf8.index(after: i)
            }
            i = source.utf8.index(after: i)
        }
        if start < source.endIndex { lines.append(trimmingCarriageReturn(source[start...])) }
        return lines
    }

    private static func trimmingCarriageReturn(_ line: Substring) -> Substring {
        line.utf8.last == UInt8(ascii: "\r") ? line[..<line.utf8.index(before: line.endIndex)] : line
    }

    /// Blanks under the first `column - 1` code points of the line (tabs kept as
    /// tabs so the caret lines up).
    private static func caretPrefix(_ text: Substring, column: Int) -> String {
        var prefix = ""
        var count = 0
        for scalar in text.unicodeScalars where count < column - 1 {
            prefix.append(scalar == "\t" ? "\t" : " ")
            count += 1
        }
        return prefix
    }

    /// The caret under `column`. Past the line's end OTP underlines from the end of the line
    /// to the column instead (escript quotes the wrong line when it dropped a header line,
    /// so its columns often lie past the end of the quoted line).
    private static func caretLine(_ text: Substring, column: Int) -> String {
        let length = text.unicodeScalars.count
        return caretPrefix(text, column: column) + String(repeating: "^", count: max(1, column - length))
    }
}
