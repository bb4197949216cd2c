/// The lexer's cursor over a source file's code points, and its main loop.
///
/// Invariants: `position` indexes `characters` (== count at the end of input);
/// `line`/`column` are the 1-based location of `characters[position]`, with
/// columns counted in code points (a tab is one column, as in erlc).
struct Scanner {
    let characters: [UInt32]
    let file: String
    var position = 0
    var line = 1
    var column = 1
    var tokens: [Token] = []
    var diagnostics: [Diagnostic] = []

    init(source: String, file: String) {
        characters = source.unicodeScalars.map(\.value)
        self.file = file
        // A byte order mark is not part of the program (epp skips it too).
        if characters.first == 0xFEFF { position = 1 }
    }

    // MARK: Cursor

    /// The code point `offset` places ahead, or nil past the end of input.
    @inline(__always)
    func peek(_ offset: Int = 0) -> UInt32? {
        let i = position + offset
        return i < characters.count ? characters[i] : nil
    }

    @inline(__always)
    mutating func advance() {
        guard position < characters.count else { return }
        if characters[position] == 10 { line += 1; column = 1 } else { column += 1 }
        position += 1
    }

    var location: SourceLocation { SourceLocation(file: file, line: line, column: column) }

    mutating func emit(_ kind: Token.Kind, at start: SourceLocation) {
        tokens.append(Token(kind, start))
    }

    mutating func fail(_ error: ScanError, at start: SourceLocation) {
        diagnostics.append(.error(start, error.message))
    }

    // MARK: Main loop

    /// token -> name | number | string | quoted_atom | char | dot | punctuation
    mutating func scanAll() {
        while let c = peek() {
            if CharacterClass.isWhitespace(c) { advance(); continue }
            let start = location
            switch c {
            case 37: skipComment()                      // %
            case 34: scanString(at: start)              // "
            case 39: scanQuotedAtom(at: start)          // '
            case 36: scanCharacter(at: start)           // $
            case 46: scanDot(at: start)                 // .
            default:
                if CharacterClass.startsAtom(c) { scanAtom(at: start) }
                else if CharacterClass.startsVariable(c) { scanVariable(at: start) }
                else if CharacterClass.isDigit(c) { scanNumber(at: start) }
                else { scanPunctuation(c, at: start) }
            }
        }
        emit(.eof, at: location)
    }

    /// A `%` comment runs to the end of the line (the newline is left for the loop).
    mutating func skipComment() {
        while let c = peek(), c != 10 { advance() }
    }

    // MARK: Names

    mutating func scanName() -> [UInt32] {
        let from = position
        while let c = peek(), CharacterClass.continuesName(c) { advance() }
        return Array(characters[from..<position])
    }

    /// atom -> [a-z] name_char* ; reserved words become keywords.
    mutating func scanAtom(at start: SourceLocation) {
        let name = scanName()
        guard name.count <= 255 else { return fail(.illegalAtom, at: start) }
        let text = Self.string(name)
        emit(ReservedWords.all.contains(text) ? .keyword(text) : .atom(text), at: start)
    }

    /// variable -> [A-Z_] name_char*
    mutating func scanVariable(at start: SourceLocation) {
        let name = scanName()
        guard name.count <= 255 else { return fail(.illegalVariable, at: start) }
        emit(.variable(Self.string(name)), at: start)
    }

    static func string(_ codePoints: some Sequence<UInt32>) -> String {
        var scalars = String.UnicodeScalarView()
        for c in codePoints { scalars.append(Unicode.Scalar(c) ?? "\u{FFFD}") }
        return String(scalars)
    }

    // MARK: Dot and punctuation

    /// A `.` followed by white space, `%` or the end of input ends a form;
    /// otherwise it is `.`, `..` or `...`.
    mutating func scanDot(at start: SourceLocation) {
        advance()
        guard let next = peek(), !CharacterClass.isWhitespace(next), next != 37 else {
            return emit(.dot, at: start)
        }
        if next != 46 { return emit(.punct("."), at: start) }
        advance()
        if peek() == 46 { advance(); return emit(.punct("..."), at: start) }
        emit(.punct(".."), at: start)
    }

    /// Operators of two and three characters, longest first where they share a prefix.
    private static let operators: [[UInt32]] = [
        "=:=", "=/=", "==", "=<", "=>", "<<", "<-", "<=", ">>", ">=", "--", "->", "++",
        "/=", "||", ":=", "::", "?=", "??",
    ].map { $0.unicodeScalars.map(\.value) }

    /// Any other character: an operator (longest match), a one-character symbol
    /// (erl_scan turns any other Latin-1 character into a symbol token that the
    /// parser then rejects), or an illegal character above 255.
    mutating func scanPunctuation(_ c: UInt32, at start: SourceLocation) {
        for op in Self.operators where matches(op) {
            for _ in op { advance() }
            return emit(.punct(Self.string(op)), at: start)
        }
        advance()
        if c > 255 { return fail(.illegalCharacter, at: start) }
        emit(.punct(Self.string([c])), at: start)
    }

    private func matches(_ op: [UInt32]) -> Bool {
        for (i, c) in op.enumerated() where peek(i) != c { return false }
        return true
    }
}
