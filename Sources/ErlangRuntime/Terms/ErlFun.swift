/// A fun value: either a closure over compiled code (`fun(X) -> ... end`, `fun f/1`)
/// or an external reference (`fun lists:map/2`).
public final class ErlFun: @unchecked Sendable {
    public enum Kind {
        /// `code` is the runtime's compiled lambda (opaque here); `env` holds captured values.
        case local(code: AnyObject, env: [Term])
        case external(module: Atom, function: Atom)
    }
    public let kind: Kind
    public let module: Atom
    /// Display name, OTP style: for local funs the generated name (e.g. `-main/1-fun-0-`).
    public let name: String
    public let arity: Int
    /// Index of the lambda within its module; with `uniq` it identifies the code.
    public let index: Int
    public let uniq: Int

    public init(kind: Kind, module: Atom, name: String, arity: Int, index: Int, uniq: Int) {
        self.kind = kind; self.module = module; self.name = name
        self.arity = arity; self.index = index; self.uniq = uniq
    }

    /// Funs order by module, then index/uniq, then captured environment.
    func compare(to other: ErlFun) -> Int {
        if module != other.module { return module < other.module ? -1 : 1 }
        if index != other.index { return index < other.index ? -1 : 1 }
        if uniq != other.uniq { return uniq < other.uniq ? -1 : 1 }
        switch (kind, other.kind) {
        case (.external(_, let f1), .external(_, let f2)):
            if f1 != f2 { return f1 < f2 ? -1 : 1 }
            return arity == other.arity ? 0 : (arity < other.arity ? -1 : 1)
        case (.local(_, let e1), .local(_, let e2)):
            return compareTerms(Term.list(e1), Term.list(e2))
        case (.external, .local): return 1
        case (.local, .external): return -1
        }
    }

    var hashKey: Int { module.hashValue &* 31 &+ index &* 17 &+ uniq &+ arity }
}
