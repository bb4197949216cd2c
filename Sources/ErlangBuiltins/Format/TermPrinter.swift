import ErlangRuntime

/// OTP's `~p` form of a term (io_lib:print/4, io_lib_pretty): like `~w`, but printable
/// lists show as strings, printable binaries as `<<"text">>`, and a term too wide for the
/// line is broken over several lines, indented exactly as OTP 25 does it.
///
/// Records print as tuples: there is no record information at run time.
public enum TermPrinter {
    /// - Parameters:
    ///   - column: the 1-based column where the term starts (continuation lines indent
    ///     relative to it).
    ///   - lineLength: the line width to fit in (0: never break).
    ///   - depth: `~P` depth limit; negative means none.
    ///   - unicode: `~tp`: atoms keep characters above 255 (otherwise written `\x{...}`)
    ///     and binaries holding printable UTF-8 show as `<<"..."/utf8>>`.
    public static func print(_ t: Term, column: Int = 1, lineLength: Int = 80,
                             depth: Int = -1, unicode: Bool = false) -> String {
        print(t, column: column, lineLength: lineLength, depth: depth,
              encoding: unicode ? .unicode : .latin1, strings: true)
    }

    /// `strings: false` is `~lp`: lists and binaries are never shown as text.
    static func print(_ t: Term, column: Int, lineLength: Int, depth: Int,
                      encoding: TextEncoding, strings: Bool) -> String {
        DeepTermStack.run(nesting: DeepTermStack.nesting(t)) {
            layout(t, column: column, lineLength: lineLength, depth: depth, encoding: encoding, strings: strings)
        }
    }

    private static func layout(_ t: Term, column: Int, lineLength: Int, depth: Int,
                               encoding: TextEncoding, strings: Bool) -> String {
        let col = max(column, 1)
        let node = PrettyMeasure(encoding: encoding, strings: strings).node(t, depth: depth)
        // io_lib_pretty's line_max_chars defaults to the whole term's width.
        let maxChars = node.length
        if lineLength == 0 || node.isLeaf || node.length < lineLength - col {
            return flat(node)
        }
        let tagIndent = [-1, 4].first { indent in
            var check = PrettyLayout(lineLength: lineLength, maxChars: maxChars, tagIndent: indent, checking: true)
            check.layout(node, col: col, ind: col - 1, ld: 0, w: 0)
            return !check.rejected
        } ?? 1
        var printer = PrettyLayout(lineLength: lineLength, maxChars: maxChars, tagIndent: tagIndent, checking: false)
        printer.layout(node, col: col, ind: col - 1, ld: 0, w: 0)
        return printer.out
    }

    private static func flat(_ node: PrettyNode) -> String {
        var out = ""
        node.write(into: &out)
        return out
    }
}
