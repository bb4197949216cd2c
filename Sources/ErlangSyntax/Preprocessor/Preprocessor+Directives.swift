extension Preprocessor {
    mutating func runDirective(_ d: Directive, _ form: [Token]) {
        if conditionals.isSkipping {
            runWhileSkipping(d)
            return
        }
        switch d.kind {
        case .define: runDefine(d)
        case .undef: runUndef(d)
        case .include, .includeLib: runInclude(d)
        case .ifdef, .ifndef: runIfdef(d)
        case .if: conditionals.open("if", taking: evaluateCondition(d, name: "if"))
        case .elif: runElif(d)
        case .else: runElse(d)
        case .endif: runEndif(d)
        case .error, .warning: runUserMessage(d)
        }
    }

    /// In a skipped section only the sectioning directives count, and sections opened
    /// here are never evaluated.
    private mutating func runWhileSkipping(_ d: Directive) {
        switch d.kind {
        case .if, .ifdef, .ifndef: conditionals.openInert(d.kind.rawValue)
        case .endif: runEndif(d)
        case .else:
            if let message = conditionals.handleElse() { report(.error(d.nameToken.location, message)) }
        case .elif: runElif(d)
        default: return
        }
    }

    // MARK: Sections

    /// `-ifdef(Name).` / `-ifndef(Name).`; a badly formed one opens a section that is skipped.
    private mutating func runIfdef(_ d: Directive) {
        var reader = DirectiveReader(d)
        var name: String?
        if let bad = reader.expect("(") ?? readMacroName(&reader, into: &name) ?? reader.expect(")") ?? reader.expectDot() {
            report(.error(bad.location, .badlyFormed(d.kind.rawValue)))
            conditionals.open(d.kind.rawValue, taking: false)
            return
        }
        let defined = name.map(isMacroDefined) ?? false
        conditionals.open(d.kind.rawValue, taking: d.kind == .ifdef ? defined : !defined)
    }

    private func readMacroName(_ reader: inout DirectiveReader, into name: inout String?) -> Token? {
        guard let (n, _) = reader.macroName() else { return reader.current }
        name = n
        return nil
    }

    func isMacroDefined(_ name: String) -> Bool {
        if name == BuiltinMacro.module.rawValue || name == BuiltinMacro.moduleString.rawValue,
           moduleName == nil, macros.definition(of: name, arity: nil)?.builtin != nil {
            return false
        }
        return macros.isDefined(name)
    }

    private mutating func runElif(_ d: Directive) {
        switch conditionals.handleElif() {
        case .ignore: return
        case .error(let message): report(.error(d.nameToken.location, message))
        case .evaluate:
            if evaluateCondition(d, name: "if") { conditionals.takeElif() }
        }
    }

    private mutating func runElse(_ d: Directive) {
        var reader = DirectiveReader(d)
        if let bad = reader.expectDot() {
            report(.error(bad.location, .badlyFormed("else")))
            return
        }
        if let message = conditionals.handleElse() { report(.error(d.nameToken.location, message)) }
    }

    private mutating func runEndif(_ d: Directive) {
        var reader = DirectiveReader(d)
        if !conditionals.isSkipping, let bad = reader.expectDot() {
            report(.error(bad.location, .badlyFormed("endif")))
            return
        }
        if !conditionals.close(floor: conditionalFloor) {
            report(.error(d.nameToken.location, .unbalanced("endif")))
        }
    }

    /// At the end of a file, the sections it opened and did not close.
    mutating func reportUnterminatedConditionals(above depth: Int, at location: SourceLocation) {
        for name in conditionals.truncate(to: depth) {
            report(.error(location, .unterminated(name)))
        }
    }

    /// The condition of `-if(Cond).` / `-elif(Cond).`: macros are expanded, then it is
    /// parsed and evaluated. Errors are reported and count as false.
    private mutating func evaluateCondition(_ d: Directive, name: String) -> Bool {
        guard d.hasDot else {
            // The file ends inside the condition: erl_parse's complaint about the end.
            report(Diagnostic(.error, d.endToken.location, "syntax error before: "))
            return false
        }
        var reader = DirectiveReader(d)
        let args: [Token], close: Token
        switch reader.parenthesizedArguments() {
        case .failure(let bad):
            report(.error(bad.token.location, .badlyFormed(d.kind.rawValue)))
            return false
        case .success(let parts): (args, close) = parts
        }
        do throws(Diagnostic) {
            let expanded = try expand(args, inFunctionForm: false)
            let condition = try parseExpression(expanded, end: close)
            let snapshot = self
            let evaluator = ConditionEvaluator(isDefined: { snapshot.isMacroDefined($0) })
            guard let holds = condition.flatMap(evaluator.evaluate) else {
                throw Diagnostic.error(d.nameToken.location, .badlyFormed(name))
            }
            return holds
        } catch {
            report(error)
            return false
        }
    }

    /// Parses a directive's expression; nil when it uses constructs outside the
    /// expression language (the caller reports it as badly formed).
    private func parseExpression(_ tokens: [Token], end: Token) throws(Diagnostic) -> ConstantExpr? {
        do {
            return try ConstantExprParser.parse(tokens, end: end)
        } catch .syntax(let token) {
            throw Diagnostic(.error, token.location, "syntax error before: \(TokenText.describe(token.kind))")
        } catch {
            return nil
        }
    }

    // MARK: Messages

    /// `-error(Term).` reports an error, `-warning(Term).` a warning; Term must be a literal.
    private mutating func runUserMessage(_ d: Directive) {
        let badlyFormed = Diagnostic.error(d.nameToken.location, .badlyFormed(d.kind.rawValue))
        var reader = DirectiveReader(d)
        guard case .success(let (args, close)) = reader.parenthesizedArguments() else {
            report(badlyFormed)
            return
        }
        do throws(Diagnostic) {
            let expanded = try expand(args, inFunctionForm: false)
            guard let term = try? ConstantExprParser.parse(expanded, end: close).literalTerm else {
                throw badlyFormed
            }
            if d.kind == .error {
                report(.error(d.nameToken.location, .userError(term.printed)))
            } else {
                let warning = Diagnostic.warning(d.nameToken.location, PreprocessorMessage.userWarning(term.printed).text)
                warnings.append(warning)
                items.append(.warning(warning))
            }
        } catch {
            report(error)
        }
    }
}
