extension MacroExpander {
    /// The release epp reports in ?OTP_RELEASE: swerl follows OTP 25.
    static let otpRelease = 25

    /// ?LINE, ?FILE, ?MODULE, ... as one token at the use's location.
    mutating func expandBuiltin(_ builtin: BuiltinMacro, name: String, at location: SourceLocation) throws(Diagnostic) {
        let kind: Token.Kind
        switch builtin {
        case .line: kind = .integer(location.line)
        case .file: kind = .string(file.unicodeScalars.map { Int($0.value) })
        case .machine: kind = .atom("BEAM")
        case .beam: kind = .atom("true")
        case .otpRelease: kind = .integer(Self.otpRelease)
        case .module, .moduleString:
            guard let moduleName else { throw .error(location, .undefinedMacro(name)) }
            kind = builtin == .module ? .atom(moduleName) : .string(moduleName.unicodeScalars.map { Int($0.value) })
        case .functionName, .functionArity:
            functionMacroUses.append(FunctionMacroUse(outputIndex: output.count, macro: builtin, location: location))
            kind = .atom(name)   // placeholder, replaced by resolveFunctionMacros
        }
        output.append(Token(kind, location))
    }

    /// Fills in ?FUNCTION_NAME / ?FUNCTION_ARITY from the form's head `name(Args) ->`.
    mutating func resolveFunctionMacros(inFunctionForm: Bool) throws(Diagnostic) {
        guard inFunctionForm, let (name, arity) = Self.functionHead(output) else {
            let first = functionMacroUses[0]
            throw .error(first.location, .functionMacroOutsideFunction(first.macro.rawValue))
        }
        for use in functionMacroUses {
            let kind: Token.Kind = use.macro == .functionName ? .atom(name) : .integer(arity)
            output[use.outputIndex] = Token(kind, use.location)
        }
    }

    /// The name and arity of a function form: an atom, then a parenthesized argument
    /// list whose top-level commas give the arity.
    static func functionHead(_ tokens: [Token]) -> (String, Int)? {
        guard tokens.count >= 3, case .atom(let name) = tokens[0].kind, case .punct("(") = tokens[1].kind else {
            return nil
        }
        var depth = 0
        var commas = 0
        for i in 2..<tokens.count {
            switch tokens[i].kind {
            case .punct("("), .punct("["), .punct("{"), .punct("<<"): depth += 1
            case .punct("]"), .punct("}"), .punct(">>"): depth -= 1
            case .punct(")"):
                if depth == 0 { return (name, i == 2 ? 0 : commas + 1) }
                depth -= 1
            case .punct(","): if depth == 0 { commas += 1 }
            default: continue
            }
        }
        return nil
    }
}
