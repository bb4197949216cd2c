/// One `-define`: a macro body, with parameters when it was defined as `?F(A, B)`.
struct MacroDefinition {
    /// nil for `-define(N, Body).`, the parameter names for `-define(N(A, B), Body).`
    /// (`-define(N(), Body).` has an empty list: it is a different macro from `N`).
    var parameters: [String]?
    var body: [Token]
    /// The built-in macros whose value is computed at each use (?LINE, ?MODULE, ...).
    var builtin: BuiltinMacro?

    var arity: Int? { parameters?.count }
}

/// The predefined macros. Their expansion depends on where they are used.
enum BuiltinMacro: String, CaseIterable {
    case module = "MODULE"
    case moduleString = "MODULE_STRING"
    case file = "FILE"
    case line = "LINE"
    case functionName = "FUNCTION_NAME"
    case functionArity = "FUNCTION_ARITY"
    case machine = "MACHINE"
    case beam = "BEAM"
    case otpRelease = "OTP_RELEASE"
}

/// All macros visible at a point of the file. A name may have one parameterless
/// definition and any number of definitions with parameters, one per arity.
struct MacroTable {
    private var byName: [String: [MacroDefinition]] = [:]

    func definitions(of name: String) -> [MacroDefinition] { byName[name] ?? [] }

    func isDefined(_ name: String) -> Bool { !(byName[name]?.isEmpty ?? true) }

    /// The definition with exactly this arity (nil arity: the parameterless one).
    func definition(of name: String, arity: Int?) -> MacroDefinition? {
        byName[name]?.first { $0.arity == arity }
    }

    /// Adds or replaces the definition of `name` with the same arity.
    mutating func define(_ name: String, _ definition: MacroDefinition) {
        var defs = byName[name] ?? []
        defs.removeAll { $0.arity == definition.arity }
        defs.append(definition)
        byName[name] = defs
    }

    mutating func undefine(_ name: String) { byName[name] = nil }

    /// A table holding the predefined macros plus the caller's own (`-D` style)
    /// definitions. ?MODULE and ?MODULE_STRING are in it from the start, as in epp
    /// (they cannot be redefined), but only expand once `-module` has been seen.
    static func initial(predefined: [String: [Token]]) -> MacroTable {
        var table = MacroTable()
        for builtin in BuiltinMacro.allCases {
            table.define(builtin.rawValue, MacroDefinition(parameters: nil, body: [], builtin: builtin))
        }
        for (name, body) in predefined.sorted(by: { $0.key < $1.key }) {
            table.define(name, MacroDefinition(parameters: nil, body: body, builtin: nil))
        }
        return table
    }
}
