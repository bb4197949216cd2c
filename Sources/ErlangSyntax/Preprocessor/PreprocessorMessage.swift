/// Everything the preprocessor can complain about, worded exactly as OTP 25's
/// `epp:format_error/1` words it (checked against real `erlc`).
enum PreprocessorMessage {
    case undefinedMacro(String)
    case argumentMismatch(String)
    case badlyFormedArgument(String)
    case circularMacro(String)
    /// `?` followed by something that cannot name a macro; the payload is the
    /// offending token printed as epp prints it (`dot`, `'('`, `1`, `"x"`).
    case illegalMacroCall(String)
    case functionMacroOutsideFunction(String)
    case redefiningMacro(String)
    case redefiningPredefinedMacro(String)
    case argumentAlreadyUsed(String)
    /// `badly formed 'define'`, `badly formed 'ifdef'`, ...
    case badlyFormed(String)
    case defineMissingComma
    case defineMissingClosingParenthesis
    case prematureEnd
    case includeNotFound(String)
    case includeLibNotFound(String)
    case includeTooDeep
    case unterminated(String)
    case unbalanced(String)
    case repeatedElse
    case elifAfterElse
    /// `-error(Term).` / `-warning(Term).`: the payload is the term already printed.
    case userError(String)
    case userWarning(String)
    /// Not an epp message: epp would run out of memory instead.
    case expansionTooLarge(String)

    var text: String {
        switch self {
        case .undefinedMacro(let m): return "undefined macro '\(m)'"
        case .argumentMismatch(let m): return "argument mismatch for macro '\(m)'"
        case .badlyFormedArgument(let m): return "badly formed argument for macro '\(m)'"
        case .circularMacro(let m): return "circular macro '\(m)'"
        case .illegalMacroCall(let t): return "illegal macro call '?\(t)'"
        case .functionMacroOutsideFunction(let m): return "?\(m) can only be used within a function"
        case .redefiningMacro(let m): return "redefining macro '\(m)'"
        case .redefiningPredefinedMacro(let m): return "redefining predefined macro '\(m)'"
        case .argumentAlreadyUsed(let a): return "argument '\(a)' already used"
        case .badlyFormed(let what): return "badly formed '\(what)'"
        case .defineMissingComma: return "badly formed define: missing comma"
        case .defineMissingClosingParenthesis: return "badly formed define: missing closing right parenthesis"
        case .prematureEnd: return "premature end"
        case .includeNotFound(let f): return "can't find include file \"\(f)\""
        case .includeLibNotFound(let f): return "can't find include lib \"\(f)\""
        case .includeTooDeep: return "include too deep"
        case .unterminated(let d): return "unterminated '-\(d)'"
        case .unbalanced(let d): return "unbalanced '-\(d)'"
        case .repeatedElse: return "repeated '-else'"
        case .elifAfterElse: return "'elif' following 'else'"
        case .userError(let t): return "-error(\(t))."
        case .userWarning(let t): return "-warning(\(t))."
        case .expansionTooLarge(let m): return "expansion of macro '\(m)' is too large"
        }
    }
}

extension Diagnostic {
    static func error(_ loc: SourceLocation, _ message: PreprocessorMessage) -> Diagnostic {
        Diagnostic(.error, loc, message.text)
    }
}
