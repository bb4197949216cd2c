// A bounded depth test, so that the small recursive helpers of the linter (pattern
// comparison, literal folding) only ever see expressions they can recurse into safely.

extension Expr {
    /// True when the term structure of `self` nests at most `limit` levels. List tails do not
    /// count as nesting (long lists are flat), and the walk itself never goes deeper than `limit`.
    func isShallow(limit: Int = 200) -> Bool {
        guard limit > 0 else { return false }
        switch kind {
        case .tuple(let xs): return xs.allSatisfy { $0.isShallow(limit: limit - 1) }
        case .cons:
            var rest = self
            while case .cons(let head, let tail) = rest.kind {
                if !head.isShallow(limit: limit - 1) { return false }
                rest = tail
            }
            return rest.isShallow(limit: limit - 1)
        case .match(let l, let r), .binaryOp(_, let l, let r):
            return l.isShallow(limit: limit - 1) && r.isShallow(limit: limit - 1)
        case .unaryOp(_, let x): return x.isShallow(limit: limit - 1)
        case .call(let f, let args): return ([f] + args).allSatisfy { $0.isShallow(limit: limit - 1) }
        default: return true
        }
    }
}
