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
        var characters: [UInt32] = []
        characters.reserveCapacity(source.utf8.count)        // one pass: enough for any text
        for scalar in source.unicodeScalars { characters.append(scalar.value) }
        self.characters = characters
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

    /// Records a scan error. As in erl_scan (and so epp), the form being scanned
    /// is dropped: its tokens so far are removed, and scanning goes on after the
    /// bad token as if a new form started there.
    mutating func fail(_ error: ScanError, at start: SourceLocation) {
        diagnostics.append(.error(start, error.message))
        let formStart = tokens.lastIndex { $0.kind == .dot }.map { $0 + 1 } ?? 0
        tokens.removeSubrange(formStart...)
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

    /// The range of the name at the cursor (names never span lines).
    mutating func scanName() -> Range<Int> {
        let from = position
        while position < characters.count, CharacterClass.continuesName(characters[position]) { position += 1 }
        column += position - from
        return from..<position
    }

    /// atom -> [a-z] name_char* ; reserved words become keywords.
    mutating func scanAtom(at start: SourceLocation) {
        let name = scanName()
        guard name.count <= 255 else { return fail(.illegalAtom, at: start) }
        let text = Self.string(characters[name])
        emit(ReservedWords.all.contains(text) ? .keyword(text) : .atom(text), at: start)
    }

    /// variable -> [A-Z_] name_char*
    mutating func scanVariable(at start: SourceLocation) {
        let name = scanName()
        guard name.count <= 255 else { return fail(.illegalVariable, at: start) }
        emit(.variable(Self.string(characters[name])), at: start)
    }

    /// Code points as a String; ASCII text (nearly every name) takes a fast path.
    static func string(_ codePoints: ArraySlice<UInt32>) -> String {
        if codePoints.allSatisfy({ $0 < 128 }) {
            return String(unsafeUninitializedCapacity: codePoints.count) { buffer in
                for (i, c) in zip(buffer.indices, codePoints) { buffer[i] = UInt8(truncatingIfNeeded: c) }
                return codePoints.count
            }
        }
        var scalars = String.UnicodeScalarView()
        for c in codePoints { scalars.append(Unicode.Scalar(c) ?? "\u{FFFD}") }
        return String(scalars)
    }

    static func string(_ codePoints: [UInt32]) -> String { string(codePoints[...]) }

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

    /// Any other character: an operator (longest match), a one-character symbol
    /// (erl_scan turns any other Latin-1 character into a symbol token that the
    /// parser then rejects), or an illegal character above 255.
    mutating func scanPunctuation(_ c: UInt32, at start: SourceLocation) {
        let length = Self.operatorLength(c, peek(1), peek(2))
        if length == 1, c > 255 {
            advance()
            return fail(.illegalCharacter, at: start)
        }
        let text = Self.string(characters[position..<position + length])
        for _ in 0..<length { advance() }
        emit(.punct(text), at: start)
    }

    /// The length of the operator starting with `c`, given the next two
    /// characters: = =:= =/= == =< =>  < << <- <=  > >> >=  - -- ->  + ++
    /// / /=  | ||  : := ::  ? ?= ??  and 1 for everything else.
    private static func operatorLength(_ c: UInt32, _ next: UInt32?, _ afterNext: UInt32?) -> Int {
        guard let next else { return 1 }
        let (equals, colon, slash, less, greater, minus, plus, bar, question) =
            (UInt32(61), UInt32(58), UInt32(47), UInt32(60), UInt32(62), UInt32(45), UInt32(43), UInt32(124), UInt32(63))
        switch c {
        case equals:
            if next == colon || next == slash { return afterNext == equals ? 3 : 1 }
            return next == equals || next == less || next == greater ? 2 : 1
        case less: return next == less || next == minus || next == equals ? 2 : 1
        case greater: return next == greater || next == equals ? 2 : 1
        case minus: return next == minus || next == greater ? 2 : 1
        case plus: return next == plus ? 2 : 1
        case slash: return next == equals ? 2 : 1
        case bar: return next == bar ? 2 : 1
        case colon: return next == equals || next == colon ? 2 : 1
        case question: return next == equals || next == question ? 2 : 1
        default: return 1
        }
    }
}
