// Patterns: which constructs may appear, which variables they bind and which they match.

/// The variables one pattern (or one clause head) binds, collected while walking it.
struct PatternScope {
    /// Set in fun heads ("fun") and generators ("generate"): every variable is a fresh binding,
    /// with a warning when it hides one already bound.
    let shadowing: String?
    /// Variables first bound by this pattern, with their binding.
    var fresh: [String: Int] = [:]
    /// Unsafe variables matched again by this pattern: bound from now on.
    var rebound: [String: [Int]] = [:]
    /// Variables a segment size wanted before they were bound: erlc does not call them unused.
    var usedBySize: Set<String> = []

    init(shadowing: String?) { self.shadowing = shadowing }

    func apply(to vt: VarTable, store: BindingStore) -> VarTable {
        var out = vt
        for (name, ids) in rebound { out[name] = VarState(status: .bound, bindings: ids) }
        for (name, id) in fresh { out[name] = VarState(status: .bound, bindings: [id]) }
        for name in usedBySize { if let id = fresh[name] { store.markUsed([id]) } }
        return out
    }
}

extension BodyChecker {
    func pattern(_ p: Expr, _ vt: VarTable, _ scope: inout PatternScope) {
        guard enterNested() else { return }
        defer { nesting -= 1 }
        switch p.kind {
        case .integer, .bigInteger, .float, .atom, .char, .string, .nil:
            return
        case .variable(let name):
            patternVariable(name, at: p.loc, vt, &scope)
        case .tuple(let elements):
            for element in elements { pattern(element, vt, &scope) }
        case .cons:
            let (elements, tail) = listElements(p)
            for element in elements + [tail] { pattern(element, vt, &scope) }
        case .match(let lhs, let rhs):
            pattern(lhs, vt, &scope)
            pattern(rhs, vt, &scope)
        case .map(nil, let fields):
            for field in fields {
                guard field.exact else {
                    report.add(.illegalPattern, at: field.loc ?? field.key.loc)
                    continue
                }
                guardExpr(field.key, vt)
                pattern(field.value, vt, &scope)
            }
        case .binary(let segments):
            binaryPattern(segments, vt, &scope)
        case .record(nil, let name, let fields):
            recordPattern(p, name: name, fields: fields, vt, &scope)
        case .recordIndex(let name, let field):
            recordFieldAccess(p, name: name, field: field)
        case .binaryOp("++", let prefix, let rest):
            guard isStringLiteral(prefix) else {
                report.add(.illegalPattern, at: p.loc)
                return
            }
            pattern(rest, vt, &scope)
        case .binaryOp, .unaryOp:
            if !(p.isShallow() && isConstantNumber(p)) { report.add(.illegalPattern, at: p.loc) }
        default:
            report.add(.illegalPattern, at: p.loc)
        }
    }

    /// A variable in a pattern binds it, or matches its value if it is already bound.
    func patternVariable(_ name: String, at loc: SourceLocation, _ vt: VarTable, _ scope: inout PatternScope) {
        if name == "_" { return }
        if let id = scope.fresh[name] {
            store.markUsed([id])
            return
        }
        if let ids = scope.rebound[name] {
            store.markUsed(ids)
            return
        }
        if let state = vt[name] {
            if let kind = scope.shadowing {
                if !facts.options.nowarnShadowVars { report.add(.shadowedVar(name, in: kind), at: loc) }
            } else {
                store.markUsed(state.bindings)
                if case .unsafe(let construct, let where_) = state.status {
                    report.add(.unsafeVar(name, construct: construct, at: where_), at: loc)
                    scope.rebound[name] = state.bindings
                }
                return
            }
        }
        scope.fresh[name] = store.add(name, at: loc)
    }

    /// `"abc" ++ Tail` patterns need a literal string (or list of characters) on the left.
    private func isStringLiteral(_ e: Expr) -> Bool {
        switch e.kind {
        case .string, .nil: return true
        case .cons:
            let (elements, tail) = listElements(e)
            return elements.allSatisfy(isCharacterLiteral) && isStringLiteral(tail)
        default: return false
        }
    }

    private func isCharacterLiteral(_ e: Expr) -> Bool {
        switch e.kind {
        case .integer, .char: return true
        default: return false
        }
    }

    /// Arithmetic on number literals (`-1`, `1 bsl 4`) is allowed in patterns: erlc folds it.
    func isConstantNumber(_ e: Expr) -> Bool {
        switch e.kind {
        case .integer, .bigInteger, .float, .char:
            return true
        case .unaryOp(let op, let x):
            return ["-", "+", "bnot"].contains(op) && isConstantNumber(x)
        case .binaryOp(let op, let l, let r):
            return ["+", "-", "*", "/", "div", "rem", "band", "bor", "bxor", "bsl", "bsr"].contains(op)
                && isConstantNumber(l) && isConstantNumber(r)
        default:
            return false
        }
    }
}
