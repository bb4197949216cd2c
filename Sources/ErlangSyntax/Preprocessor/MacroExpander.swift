/// Expands the macro uses in one form.
///
/// Expansion works like epp's: a macro use is replaced by its body (arguments
/// substituted) and scanning resumes at the start of the replacement, so a body
/// may even end in `?` and take the next token of the form as a macro name.
///
/// Termination: every token carries the set of macros whose bodies it came from
/// (a "hide set", as in C preprocessors). Using a macro from a token that came out
/// of that same macro's body is the "circular macro" error, so `-define(A, ?A).`
/// fails instead of looping, while `?F(?F(1))` (the inner use comes from an
/// argument) expands normally. A size limit guards against exponential blow-up.
struct MacroExpander {
    let macros: MacroTable
    let moduleName: String?
    let file: String

    /// One token waiting to be scanned, with the macros it must not call.
    struct Pending {
        var token: Token
        var hidden: Set<String>
    }

    /// Placeholders for ?FUNCTION_NAME / ?FUNCTION_ARITY: their value depends on the
    /// head of the function, known only once the whole form is expanded.
    struct FunctionMacroUse {
        var outputIndex: Int
        var macro: BuiltinMacro
        var location: SourceLocation
    }

    /// Tokens still to scan, the next one last.
    var pending: [Pending] = []
    var output: [Token] = []
    var functionMacroUses: [FunctionMacroUse] = []
    private var tokensProduced = 0

    /// Expansion stops (with an error) past this many tokens produced by macro
    /// bodies in one form. Exponential expansion (`-define(D(X), {X, X}).` nested)
    /// needs exponentially many expansions, so it is caught here.
    static let maxExpandedTokens = 500_000

    init(macros: MacroTable, moduleName: String?, file: String) {
        self.macros = macros
        self.moduleName = moduleName
        self.file = file
    }

    /// The form with every macro use replaced. `inFunctionForm`: whether the tokens
    /// are a whole form, whose head gives ?FUNCTION_NAME and ?FUNCTION_ARITY.
    mutating func expand(_ tokens: [Token], inFunctionForm: Bool) throws(Diagnostic) -> [Token] {
        pending = tokens.reversed().map { Pending(token: $0, hidden: []) }
        output = []
        output.reserveCapacity(tokens.count)
        functionMacroUses = []
        while let next = pending.popLast() {
            switch next.token.kind {
            case .punct("?"): try expandUse(after: next)
            case .punct("??"):
                // `??` outside a macro body: epp reads it as `?` followed by the name `?`.
                var second = next.token.location
                second.column += 1
                throw .error(second, .illegalMacroCall(QuotedText.atom("?")))
            default: output.append(next.token)
            }
        }
        if !functionMacroUses.isEmpty {
            try resolveFunctionMacros(inFunctionForm: inFunctionForm)
        }
        return output
    }

    /// `?Name` or `?Name(Args)`, the `?` already consumed.
    private mutating func expandUse(after question: Pending) throws(Diagnostic) {
        guard let nameToken = pending.popLast() else {
            throw .error(question.token.location, .illegalMacroCall("eof"))
        }
        let name: String
        switch nameToken.token.kind {
        case .atom(let n), .variable(let n): name = n
        default: throw .error(nameToken.token.location, .illegalMacroCall(EppTokenText.inMacroCall(nameToken.token)))
        }
        let callSite = nameToken.token.location
        let (definition, arguments) = try selectDefinition(name, at: callSite)
        // Macros are told apart by arity (`F` and `F/1`), and so is circularity.
        let key = definition.arity.map { "\(name)/\($0)" } ?? name
        let hidden = question.hidden.union(nameToken.hidden)
        if hidden.contains(key) { throw .error(callSite, .circularMacro(key)) }
        if let builtin = definition.builtin {
            try expandBuiltin(builtin, name: name, at: callSite)
            return
        }
        // Count body tokens only: arguments are re-scanned, not produced, and counting
        // them would make deep but harmless nesting (`?ID(?ID(...))`) look quadratic.
        tokensProduced += definition.body.count + 1
        if tokensProduced > Self.maxExpandedTokens { throw .error(callSite, .expansionTooLarge(key)) }
        let replacement = substitute(definition, arguments, callSite: callSite, hidden: hidden.union([key]))
        pending.append(contentsOf: replacement.reversed())
    }

    /// Which definition a use means. With `(` after the name the arguments are read
    /// (and must be well formed) and select the definition of that arity; a name
    /// with only a parameterless definition takes that one and leaves the
    /// parenthesized part in place. Without `(`, the parameterless one.
    private mutating func selectDefinition(_ name: String, at callSite: SourceLocation)
        throws(Diagnostic) -> (MacroDefinition, [[Pending]]) {
        let definitions = macros.definitions(of: name)
        if case .punct("(")? = pending.last?.token.kind {
            guard let (arguments, length) = scanArguments() else { throw .error(callSite, .badlyFormedArgument(name)) }
            if definitions.isEmpty { throw .error(callSite, .undefinedMacro(name)) }
            if definitions.contains(where: { $0.parameters != nil }) {
                guard let definition = definitions.first(where: { $0.arity == arguments.count }) else {
                    throw .error(callSite, .argumentMismatch(name))
                }
                pending.removeLast(length)
                return (definition, arguments)
            }
        }
        if definitions.isEmpty { throw .error(callSite, .undefinedMacro(name)) }
        guard let definition = definitions.first(where: { $0.parameters == nil }) else {
            throw .error(callSite, .argumentMismatch(name))
        }
        return (definition, [])
    }

    /// The body with arguments substituted. Body tokens take the location of the
    /// token before them in the replacement (the macro name's, at first), argument
    /// tokens keep their own: what epp does, so errors point into the call.
    private func substitute(_ definition: MacroDefinition, _ arguments: [[Pending]],
                            callSite: SourceLocation, hidden: Set<String>) -> [Pending] {
        let parameters = definition.parameters ?? []
        let body = definition.body
        var result: [Pending] = []
        var location = callSite
        var i = 0
        while i < body.count {
            defer { i += 1 }
            if case .punct("??") = body[i].kind, i + 1 < body.count, case .variable(let v) = body[i + 1].kind {
                // `??Param` is the argument's text; epp drops `??` before any other variable.
                if let p = parameters.firstIndex(of: v) {
                    let text = EppTokenText.stringify(arguments[p].map(\.token))
                    result.append(Pending(token: Token(.string(text.unicodeScalars.map { Int($0.value) }), location), hidden: hidden))
                    i += 1
                }
                continue
            }
            if case .variable(let v) = body[i].kind, let p = parameters.firstIndex(of: v) {
                result += arguments[p]
                if let last = arguments[p].last { location = last.token.location }
                continue
            }
            result.append(Pending(token: Token(body[i].kind, location), hidden: hidden))
        }
        return result
    }
}
