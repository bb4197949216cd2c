// io:format/io:fwrite/io_lib:format calls with a literal format string: erlc checks the
// control sequences and that the literal argument list has as many elements as they need.

/// Control characters and how many arguments each consumes.
private let controlArguments: [Unicode.Scalar: Int] = [
    "~": 0, "n": 0,
    "c": 1, "f": 1, "e": 1, "g": 1, "s": 1, "w": 1, "p": 1, "b": 1, "B": 1, "#": 1, "+": 1, "i": 1,
    "W": 2, "P": 2, "x": 2, "X": 2,
]

/// Which controls accept the `t` (Unicode) and `l` (no list detection) modifiers.
private let unicodeModifiable: Set<Unicode.Scalar> = ["c", "s", "p", "P", "w", "W"]
private let listModifiable: Set<Unicode.Scalar> = ["p", "P"]

extension BodyChecker {
    /// Called for every remote call with literal module and function names.
    func checkFormatCall(module: String, function: String, _ args: [Expr]) {
        let formatIndex: Int
        switch (module, function, args.count) {
        case ("io", "format", 1), ("io", "fwrite", 1), ("io", "format", 2), ("io", "fwrite", 2),
             ("io_lib", "format", 2), ("io_lib", "fwrite", 2):
            formatIndex = 0
        case ("io", "format", 3), ("io", "fwrite", 3):
            formatIndex = 1
        default:
            return
        }
        let format = args[formatIndex]
        let codes: [Int]
        switch format.kind {
        case .string(let s): codes = s
        case .nil: codes = []
        case .atom(let a): codes = a.unicodeScalars.map { Int($0.value) }
        default: return
        }
        let required: Int
        switch Self.formatArgumentCount(codes) {
        case .failure(let problem):
            report.add(.formatInvalid(problem.text), at: format.loc)
            return
        case .success(let n):
            required = n
        }
        guard formatIndex + 1 < args.count else {
            if required > 0 { report.add(.formatArgumentCount(required: required, given: nil), at: format.loc) }
            return
        }
        let list = args[formatIndex + 1]
        guard let given = literalListLength(list), given != required else { return }
        report.add(.formatArgumentCount(required: required, given: given), at: list.loc)
    }

    /// Elements of a proper list written out (`[A, B]`, `"ab"`), or nil for anything else.
    private func literalListLength(_ e: Expr) -> Int? {
        if case .string(let s) = e.kind { return s.count }
        let (elements, tail) = listElements(e)
        switch tail.kind {
        case .nil: return elements.count
        case .string(let s): return elements.count + s.count
        default: return nil
        }
    }

    struct FormatProblem: Error { let text: String }

    /// How many arguments a format string consumes, or what is wrong with it.
    static func formatArgumentCount(_ codes: [Int]) -> Result<Int, FormatProblem> {
        var reader = FormatReader(codes.map { Unicode.Scalar(UInt32(clamping: $0)) ?? "?" })
        var count = 0
        while let next = reader.next() {
            if next != "~" { continue }
            switch reader.control() {
            case .success(let n): count += n
            case .failure(let problem): return .failure(problem)
            }
        }
        return .success(count)
    }
}

/// Reads a format string one control sequence at a time.
private struct FormatReader {
    let chars: [Unicode.Scalar]
    var i = 0

    init(_ chars: [Unicode.Scalar]) { self.chars = chars }

    var current: Unicode.Scalar? { i < chars.count ? chars[i] : nil }

    mutating func next() -> Unicode.Scalar? {
        defer { i += 1 }
        return current
    }

    /// After a `~`: `[-]Width[.Precision[.Pad]] Modifiers Char`, where Width and Precision
    /// may be `*` and Pad may be `*` (each `*` takes an argument). Returns the arguments used.
    mutating func control() -> Result<Int, BodyChecker.FormatProblem> {
        let start = i - 1
        var count = 0
        if current == "-" { i += 1 }
        count += field()
        if current == "." {
            i += 1
            count += field()
            if current == "." {
                i += 1
                if let pad = next(), pad == "*" { count += 1 }
            }
        }
        var modifiers = Set<Unicode.Scalar>()
        while let m = current, m == "t" || m == "l" { modifiers.insert(m); i += 1 }
        guard let control = next() else { return .failure(.init(text: "truncated")) }
        guard let n = controlArguments[control],
              !modifiers.contains("t") || unicodeModifiable.contains(control),
              !modifiers.contains("l") || listModifiable.contains(control) else {
            var text = ""
            text.unicodeScalars.append(contentsOf: chars[start..<min(i, chars.count)])
            return .failure(.init(text: "invalid control \(text)"))
        }
        return .success(count + n)
    }

    /// A width or precision: digits, or `*` (one argument).
    private mutating func field() -> Int {
        if current == "*" { i += 1; return 1 }
        while let c = current, ("0"..."9").contains(c) { i += 1 }
        return 0
    }
}
