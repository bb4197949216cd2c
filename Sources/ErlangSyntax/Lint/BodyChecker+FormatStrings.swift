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

    /// How many arguments a format string consumes, or what is wrong with it. A control is
    /// `~ [-]Width . Precision . Pad Modifiers Char`, where Width and Precision may be `*`.
    static func formatArgumentCount(_ codes: [Int]) -> Result<Int, FormatProblem> {
        let chars = codes.map { Unicode.Scalar(UInt32(clamping: $0)) ?? "?" }
        var count = 0
        var i = 0
        while i < chars.count {
            guard chars[i] == "~" else { i += 1; continue }
            let start = i
            i += 1
            func field() {
                if i < chars.count && chars[i] == "*" { count += 1; i += 1; return }
                while i < chars.count && ("0"..."9").contains(chars[i]) { i += 1 }
            }
            if i < chars.count && chars[i] == "-" { i += 1 }
            field()
            if i < chars.count && chars[i] == "." {
                i += 1
                field()
                if i < chars.count && chars[i] == "." {
                    i += 1
                    if i < chars.count { if chars[i] == "*" { count += 1 }; i += 1 }
                }
            }
            var unicode = false, noLists = false
            while i < chars.count && (chars[i] == "t" || chars[i] == "l") {
                if chars[i] == "t" { unicode = true } else { noLists = true }
                i += 1
            }
            guard i < chars.count else { return .failure(FormatProblem(text: "truncated")) }
            let control = chars[i]
            i += 1
            guard let n = controlArguments[control], !unicode || unicodeModifiable.contains(control),
                  !noLists || listModifiable.contains(control) else {
                var text = ""
                text.unicodeScalars.append(contentsOf: chars[start..<i])
                return .failure(FormatProblem(text: "invalid control \(text)"))
            }
            count += n
        }
        return .success(count)
    }
}
