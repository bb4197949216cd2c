extension MacroExpander {
    /// The arguments of `?F(A, B)`, the next pending token being the `(`: balanced
    /// token sequences split on the commas outside any brackets, and how many pending
    /// tokens they span (the parentheses included). Nothing is consumed. nil when the
    /// form ends first or an argument is empty ("badly formed argument").
    ///
    /// Brackets are `( [ { <<` and the keywords closed by `end` (`begin case if
    /// receive try cond`, and `fun` when an anonymous fun's `(` follows), so the
    /// commas inside `fun(X, Y) -> X end` do not split an argument.
    func scanArguments() -> (arguments: [[Pending]], length: Int)? {
        var arguments: [[Pending]] = []
        var current: [Pending] = []
        var closers: [String] = []
        var i = pending.count - 2   // just after the '('
        while i >= 0 {
            let next = pending[i]
            let kind = next.token.kind
            i -= 1
            if kind == .dot || kind == .eof { return nil }
            if closers.isEmpty {
                if case .punct(")") = kind {
                    if arguments.isEmpty && current.isEmpty { return ([], pending.count - 1 - i) }   // ?F()
                    guard !current.isEmpty else { return nil }
                    arguments.append(current)
                    return (arguments, pending.count - 1 - i)
                }
                if case .punct(",") = kind {
                    guard !current.isEmpty else { return nil }   // an empty argument
                    arguments.append(current)
                    current = []
                    continue
                }
            }
            if let closer = closers.last, Self.spelling(kind) == closer {
                closers.removeLast()
            } else if let closer = closer(opening: kind, next: i >= 0 ? pending[i].token.kind : nil) {
                closers.append(closer)
            }
            current.append(next)
        }
        return nil
    }

    /// What closes a bracket opened by `kind`, if it opens one.
    private func closer(opening kind: Token.Kind, next: Token.Kind?) -> String? {
        switch kind {
        case .punct("("): return ")"
        case .punct("["): return "]"
        case .punct("{"): return "}"
        case .punct("<<"): return ">>"
        case .keyword("begin"), .keyword("case"), .keyword("if"), .keyword("receive"),
             .keyword("try"), .keyword("cond"):
            return "end"
        case .keyword("fun"):
            if case .punct("(")? = next { return "end" }
            return nil
        default: return nil
        }
    }

    private static func spelling(_ kind: Token.Kind) -> String? {
        switch kind {
        case .punct(let p): return p
        case .keyword(let k): return k
        default: return nil
        }
    }
}
