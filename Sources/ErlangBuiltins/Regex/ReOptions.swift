import ErlangRuntime

/// The options of re:compile/run/replace/split, decoded. Which ones a function takes
/// is checked by `ReOptions.init`; anything else is `badarg`.
struct ReOptions {
    enum CaptureValues { case all, allButFirst, first, none, allNames, list([Term]) }
    enum CaptureType { case index, list, binary }
    enum ReturnType { case iodata, list, binary }

    var flags = RegexFlags()
    var run = RegexRunOptions()
    var hasCompileOptions = false
    var global = false
    var reportErrors = false
    var offset = 0
    var captureValues: CaptureValues = .all
    var captureType: CaptureType = .index
    var returnType: ReturnType = .iodata
    /// split: at most this many parts; 0 = trim; nil = all (`infinity`).
    var parts: Int? = nil
    var group = false

    enum Context { case compile, run, replace, split }

    init(_ t: Term, for context: Context) throws(ErlangError) {
        for opt in try listArg(t) {
            if try compileOption(opt) { hasCompileOptions = true; continue }
            guard context != .compile, try runOption(opt, context) else { throw .badarg }
        }
    }

    /// Options re:compile/2 takes (re:run also takes them with a source pattern).
    private mutating func compileOption(_ opt: Term) throws(ErlangError) -> Bool {
        if case .atom(let a) = opt {
            switch a.name {
            case "unicode": flags.unicode = true
            case "anchored": run.anchored = true
            case "caseless": flags.caseless = true
            case "dollar_endonly": flags.dollarEndOnly = true
            case "dotall": flags.dotall = true
            case "extended": flags.extended = true
            case "multiline": flags.multiline = true
            case "ungreedy": flags.ungreedy = true
            // Accepted without effect: swerl has no start optimisations, and these
            // change nothing for the supported syntax.
            case "firstline", "no_auto_capture", "dupnames", "no_start_optimize", "ucp",
                 "bsr_anycrlf", "bsr_unicode", "never_utf": break
            default: return false
            }
            return true
        }
        guard case .tuple(let t) = opt, t.count == 2, reAtomName(t.elements[0]) == "newline" else { return false }
        switch reAtomName(t.elements[1]) {
        case "lf": run.newline = .lf
        case "cr": run.newline = .cr
        case "crlf": run.newline = .crlf
        case "anycrlf": run.newline = .anycrlf
        case "any": run.newline = .any
        default: throw .badarg
        }
        return true
    }

    private mutating func runOption(_ opt: Term, _ context: Context) throws(ErlangError) -> Bool {
        if case .atom(let a) = opt {
            switch a.name {
            case "global" where context == .run || context == .replace: global = true
            case "notbol": run.notbol = true
            case "noteol": run.noteol = true
            case "notempty": run.notempty = true
            case "notempty_atstart": run.notemptyAtStart = true
            case "report_errors" where context == .run: reportErrors = true
            case "trim" where context == .split: parts = 0
            case "group" where context == .split: group = true
            default: return false
            }
            return true
        }
        guard case .tuple(let t) = opt, t.count >= 2, case .atom(let key) = t.elements[0] else { return false }
        let value = t.elements[1]
        switch (key.name, t.count) {
        case ("offset", 2): offset = try naturalArg(value)
        case ("match_limit", 2), ("match_limit_recursion", 2):
            let n = try naturalArg(value)
            if key.name == "match_limit" { run.stepLimit = min(n, run.stepLimit) }
        case ("capture", 2) where context == .run, ("capture", 3) where context == .run:
            captureValues = try Self.captureValues(value)
            if t.count == 3 {
                switch reAtomName(t.elements[2]) {
                case "index": captureType = .index
                case "list": captureType = .list
                case "binary": captureType = .binary
                default: throw .badarg
                }
            }
        case ("return", 2) where context == .replace || context == .split:
            switch reAtomName(value) {
            case "iodata": returnType = .iodata
            case "list": returnType = .list
            case "binary": returnType = .binary
            default: throw .badarg
            }
        case ("parts", 2) where context == .split:
            if reAtomName(value) == "infinity" { parts = nil } else { parts = try naturalArg(value) }
        default: return false
        }
        return true
    }

    private static func captureValues(_ t: Term) throws(ErlangError) -> CaptureValues {
        switch reAtomName(t) {
        case "all": return .all
        case "all_but_first": return .allButFirst
        case "first": return .first
        case "none": return .none
        case "all_names": return .allNames
        default:
            let items = try listArg(t)
            for item in items {
                switch item {
                case .int, .atom: continue
                default: if item.listElements == nil { throw .badarg }
                }
            }
            return .list(items)
        }
    }
}

/// The name of an atom term, nil for anything else.
func reAtomName(_ t: Term) -> String? {
    if case .atom(let a) = t { return a.name }
    return nil
}
