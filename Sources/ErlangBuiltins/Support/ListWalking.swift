import ErlangRuntime

/// The cons cells of a list up to its first non-cons tail: the elements and that tail
/// (`[]` for a proper list). Walking is iterative, so any length is safe.
struct ListPrefix {
    var elements: [Term]
    var tail: Term

    init(_ list: Term) {
        var elements: [Term] = []
        var t = list
        while case .cons(let c) = t {
            elements.append(c.head)
            t = c.tail
        }
        self.elements = elements
        self.tail = t
    }

    var isProper: Bool { if case .nil = tail { return true }; return false }
}

extension Term {
    /// True for `[]` and cons cells (what `is_list/1` tests).
    var isList: Bool {
        switch self { case .nil, .cons: return true; default: return false }
    }
}

/// A proper list's elements, or `error` (function_clause by default, as when an Erlang
/// library function's clauses do not match).
func properList(_ t: Term, _ error: ErlangError = .functionClause) throws(ErlangError) -> [Term] {
    guard let elements = t.listElements else { throw error }
    return elements
}

/// Visits the leaves of a deep list (every element that is not itself a list) in order,
/// iteratively. False when `t` or a nested list is improper or `visit` returns false.
func forEachDeepLeaf(_ t: Term, _ visit: (Term) -> Bool) -> Bool {
    var pending = [t]
    while var list = pending.popLast() {
        while case .cons(let cell) = list {
            switch cell.head {
            case .cons, .nil:
                pending.append(cell.tail)
                list = cell.head
                continue
            default:
                guard visit(cell.head) else { return false }
            }
            list = cell.tail
        }
        guard case .nil = list else { return false }
    }
    return true
}
