extension Preprocessor {
    /// define -> '-' 'define' '(' Name [ '(' [Var (',' Var)*] ')' ] ',' Body ')' '.'
    ///
    /// Each error points where epp's does: at the first token that breaks the shape.
    mutating func runDefine(_ d: Directive) {
        guard d.hasDot else {
            // The file ends inside the form: once the body has begun, epp calls it a
            // premature end; before that, a badly formed define.
            let bodyBegun = d.rest.contains { if case .punct(",") = $0.kind { return true }; return false }
            report(bodyBegun ? .error(d.endToken.location, .prematureEnd)
                             : .error(d.nameToken.location, .badlyFormed("define")))
            return
        }
        do throws(Diagnostic) {
            var reader = DirectiveReader(d)
            if let bad = reader.expect("(") { throw .error(bad.location, .badlyFormed("define")) }
            guard let (name, nameToken) = reader.macroName() else {
                throw .error(reader.current.location, .badlyFormed("define"))
            }
            var parameters: [String]?
            if case .punct("(") = reader.current.kind {
                reader.advance()
                parameters = try readParameters(&reader)
                if let bad = reader.expect(",") { throw .error(bad.location, .defineMissingComma) }
            } else if let bad = reader.expect(",") {
                throw .error(bad.location, .badlyFormed("define"))
            }
            let body = try readBody(d, &reader)
            try checkRedefinition(name, arity: parameters?.count, at: nameToken)
            macros.define(name, MacroDefinition(parameters: parameters, body: body, builtin: nil))
        } catch {
            report(error)
        }
    }

    /// The parameter list after `-define(Name(`, up to and including its `)`.
    private func readParameters(_ reader: inout DirectiveReader) throws(Diagnostic) -> [String] {
        var parameters: [String] = []
        if case .punct(")") = reader.current.kind {
            reader.advance()
            return parameters
        }
        while true {
            guard case .variable(let v) = reader.current.kind else {
                throw .error(reader.current.location, .badlyFormed("define"))
            }
            if parameters.contains(v) { throw .error(reader.current.location, .argumentAlreadyUsed(v)) }
            parameters.append(v)
            reader.advance()
            if case .punct(",") = reader.current.kind {
                let comma = reader.current
                reader.advance()
                // epp blames the comma when no parameter follows it.
                guard case .variable = reader.current.kind else { throw .error(comma.location, .badlyFormed("define")) }
                continue
            }
            if let bad = reader.expect(")") { throw .error(bad.location, .badlyFormed("define")) }
            return parameters
        }
    }

    /// Everything between the comma and the `)` that ends the form.
    private func readBody(_ d: Directive, _ reader: inout DirectiveReader) throws(Diagnostic) -> [Token] {
        var body: [Token] = []
        while !reader.isAtEnd, reader.current.kind != .dot {
            body.append(reader.current)
            reader.advance()
        }
        guard case .punct(")")? = body.last?.kind else {
            throw .error(reader.current.location, .defineMissingClosingParenthesis)
        }
        body.removeLast()
        return body
    }

    private func checkRedefinition(_ name: String, arity: Int?, at token: Token) throws(Diagnostic) {
        let existing = macros.definitions(of: name)
        if existing.contains(where: { $0.builtin != nil }) {
            throw .error(token.location, .redefiningPredefinedMacro(name))
        }
        if existing.contains(where: { $0.arity == arity }) {
            throw .error(token.location, .redefiningMacro(name))
        }
    }

    /// undef -> '-' 'undef' '(' Name ')' '.'
    mutating func runUndef(_ d: Directive) {
        var reader = DirectiveReader(d)
        if let bad = reader.expect("(") {
            report(.error(bad.location, .badlyFormed("undef")))
            return
        }
        guard let (name, _) = reader.macroName() else {
            report(.error(reader.current.location, .badlyFormed("undef")))
            return
        }
        if let bad = reader.expect(")") ?? reader.expectDot() {
            report(.error(bad.location, .badlyFormed("undef")))
            return
        }
        macros.undefine(name)
    }
}
