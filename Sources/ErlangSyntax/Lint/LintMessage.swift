// Every message the linter can report, formatted in one place with erlc's exact text.
// Cases are named after the descriptors of OTP's erl_lint (and of the compiler passes after
// it), because erlc orders messages at the same position by those descriptors.

enum LintMessage {
    // Variables
    case unboundVar(String)
    case unsafeVar(String, construct: String, at: SourceLocation)
    case unusedVar(String)
    case shadowedVar(String, in: String)            // "fun", "named fun", "generate"

    // Functions, exports, imports
    case undefinedFunction(FunctionName)
    case redefineFunction(FunctionName)
    case unusedFunction(FunctionName)
    case duplicatedExport(FunctionName)
    case localCallInGuard(FunctionName)
    case invalidCall
    case callToOverriddenBIF(FunctionName, preR14: Bool)
    case importOverridesBIF(FunctionName, preR14: Bool)
    case importedTwice(FunctionName, module: String)
    case defineImport(FunctionName)
    case undefinedModule
    case attributeAfterFunctions(String)
    case exportAll
    case undefinedCallback(FunctionName, behaviour: String)
    case conflictingBehaviours(FunctionName, behaviour: String, first: String, at: SourceLocation)
    case formatInvalid(String)
    case formatArgumentCount(required: Int, given: Int?)
    case deprecated(module: String, FunctionName, String, removedIn: String?)
    case removed(module: String, FunctionName, String)

    // Records
    case undefinedRecord(String)
    case redefineRecord(String)
    case undefinedField(record: String, field: String)
    case redefineField(record: String, field: String)
    case unusedRecord(String)
    case illegalRecordInfo

    // Patterns, guards, maps
    case illegalPattern
    case illegalGuardExpr
    case illegalMapConstruction

    // Bit syntax
    case undefinedBitType(String)
    case bitTypeConflict(what: String, new: String, old: String)
    case utfSizeOrUnit
    case unitWithoutSize
    case unsizedBinaryNotAtEnd
    case badFloatSize
    case nonIntegerSize

    // Warnings of the compiler passes that run after erl_lint (only when it found no error).
    case termConstructed
    case callHasNoEffect(String)
    case callResultIgnored(String)
    case operatorHasNoEffect(String)
    case operatorResultIgnored(String, arity: Int)
    case funResultIgnored
    case clauseShadowed(line: Int)
    case noClauseMatches
    case functionClauseShadowed(FunctionName, line: Int)

    var severity: Diagnostic.Severity {
        switch self {
        case .unusedVar, .shadowedVar, .unusedFunction, .invalidCall, .duplicatedExport, .exportAll, .unusedRecord,
             .undefinedCallback, .conflictingBehaviours, .formatInvalid, .formatArgumentCount, .deprecated, .removed, .badFloatSize, .nonIntegerSize,
             .termConstructed, .callHasNoEffect, .callResultIgnored, .operatorHasNoEffect,
             .operatorResultIgnored, .funResultIgnored, .clauseShadowed, .functionClauseShadowed,
             .noClauseMatches:
            return .warning
        case .callToOverriddenBIF(_, let preR14), .importOverridesBIF(_, let preR14):
            return preR14 ? .error : .warning
        default:
            return .error
        }
    }

    /// True for the warnings of the passes after erl_lint: erlc prints them only when linting
    /// found no error, and escript's interpreter never runs those passes.
    var isFromLaterPass: Bool {
        switch self {
        case .termConstructed, .callHasNoEffect, .callResultIgnored, .operatorHasNoEffect,
             .operatorResultIgnored, .funResultIgnored, .clauseShadowed, .functionClauseShadowed,
             .noClauseMatches:
            return true
        default:
            return false
        }
    }

    var text: String {
        switch self {
        case .unboundVar(let v): return "variable \(quotedAtom(v)) is unbound"
        case .unsafeVar(let v, let construct, let at):
            return "variable \(quotedAtom(v)) unsafe in \(atomText(construct)) (line \(at.line), column \(at.column))"
        case .unusedVar(let v): return "variable \(quotedAtom(v)) is unused"
        case .shadowedVar(let v, let scope): return "variable \(quotedAtom(v)) shadowed in \(atomText(scope))"

        case .undefinedFunction(let f): return "function \(functionText(f)) undefined"
        case .redefineFunction(let f): return "function \(functionText(f)) already defined"
        case .unusedFunction(let f): return "function \(functionText(f)) is unused"
        case .duplicatedExport(let f): return "function \(functionText(f)) already exported"
        case .localCallInGuard(let f):
            return "call to local/imported function \(functionText(f)) is illegal in guard"
        case .invalidCall: return "invalid function call"
        case .callToOverriddenBIF(let f, let preR14):
            let fa = functionText(f)
            return "ambiguous call of overridden \(preR14 ? "pre R14 " : "")auto-imported BIF \(fa)\n"
                + " - use erlang:\(fa) or \"-compile({no_auto_import,[\(fa)]}).\" to resolve name clash"
        case .importOverridesBIF(let f, let preR14):
            let fa = functionText(f)
            return "import directive overrides \(preR14 ? "pre R14 " : "")auto-imported BIF \(fa)\n"
                + " - use \"-compile({no_auto_import,[\(fa)]}).\" to resolve name clash"
        case .importedTwice(let f, let module):
            return "function \(functionText(f)) already imported from \(atomText(module))"
        case .defineImport(let f): return "defining imported function \(functionText(f))"
        case .undefinedModule: return "no module definition"
        case .attributeAfterFunctions(let a): return "attribute \(atomText(a)) after function definitions"
        case .exportAll: return "export_all flag enabled - all functions will be exported"
        case .undefinedCallback(let f, let behaviour):
            return "undefined callback function \(functionText(f)) (behaviour \(quotedAtom(behaviour)))"
        case .conflictingBehaviours(let f, let behaviour, let first, let at):
            return "conflicting behaviours - callback \(functionText(f)) required by both \(quotedAtom(behaviour)) "
                + "and \(quotedAtom(first)) (line \(at.line), column \(at.column))"
        case .formatInvalid(let problem): return "format string invalid (\(problem))"
        case .formatArgumentCount(let required, let given):
            func args(_ n: Int) -> String { n == 1 ? "1 argument" : "\(n) arguments" }
            let needs = required == 0 ? "an empty argument list" : "an argument list with \(args(required))"
            let has: String
            switch given {
            case nil: has = "no argument list is given"
            case 0?: has = "the argument list is empty"
            case let n? where n < required: has = "the argument list contains only \(args(n))"
            case let n?: has = "the argument list contains \(args(n))"
            }
            return "the format string requires \(needs), but \(has)"
        case .deprecated(let m, let f, let why, let release):
            let when = release.map { " and will be removed in \($0)" } ?? ""
            return "\(atomText(m)):\(functionText(f)) is deprecated\(when); \(why)"
        case .removed(let m, let f, let why):
            return "\(atomText(m)):\(functionText(f)) is removed; \(why)"

        case .undefinedRecord(let r): return "record \(atomText(r)) undefined"
        case .redefineRecord(let r): return "record \(atomText(r)) already defined"
        case .undefinedField(let r, let f): return "field \(atomText(f)) undefined in record \(atomText(r))"
        case .redefineField(let r, let f):
            return "field \(atomText(f)) already defined in record \(atomText(r))"
        case .unusedRecord(let r): return "record \(atomText(r)) is unused"
        case .illegalRecordInfo: return "illegal record info"

        case .illegalPattern: return "illegal pattern"
        case .illegalGuardExpr: return "illegal guard expression"
        case .illegalMapConstruction: return "only association operators '=>' are allowed in map construction"

        case .undefinedBitType(let t): return "bit type \(t) undefined"
        case .bitTypeConflict(let what, let new, let old):
            return "conflict in \(what) specification for bit field: '\(new)' and '\(old)'"
        case .utfSizeOrUnit: return "neither size nor unit must be given for segments of type utf8/utf16/utf32"
        case .unitWithoutSize: return "a bit unit size must not be specified unless a size is specified too"
        case .unsizedBinaryNotAtEnd: return "a binary field without size is only allowed at the end of a binary pattern"
        case .badFloatSize: return "bad float bit size"
        case .nonIntegerSize:
            return "a size expression in a pattern evaluates to a non-integer value; this pattern cannot possibly match"

        case .termConstructed: return "a term is constructed, but never used"
        case .callHasNoEffect(let f): return "the call to \(f) has no effect"
        case .callResultIgnored(let f): return "the result of calling \(f) is ignored \(Self.suppressHint)"
        case .operatorHasNoEffect(let op): return "use of operator \(atomText(op)) has no effect"
        case .operatorResultIgnored(let op, let arity):
            return "the result of evaluating operator \(atomText(op))/\(arity) is ignored \(Self.suppressHint)"
        case .funResultIgnored: return "the result of fun construction is ignored \(Self.suppressHint)"
        case .noClauseMatches: return "no clause will ever match"
        case .clauseShadowed(let line):
            return "this clause cannot match because a previous clause at line \(line) always matches"
        case .functionClauseShadowed(let f, let line):
            return "this clause for \(functionText(f)) cannot match because a previous clause at line \(line) always matches"
        }
    }

    private static let suppressHint = "(suppress the warning by assigning the expression to the _ variable)"
}

func functionText(_ f: FunctionName) -> String { "\(atomText(f.name))/\(f.arity)" }
