import ErlangSyntax

/// What the compiler needs to know about one fun of the desugared AST beyond its clauses: the
/// name OTP gives it (printed in stack traces and by `erlang:fun_info(F, name)`), the variable
/// bound to the fun itself in its body, and the arity its stack frames show.
///
/// `Desugar` turns every fun, named fun and comprehension loop into `.namedFun(tag, clauses)`
/// with a fresh tag (containing `$`, so no source variable can clash) and records a `FunInfo`
/// for the tag.
///
/// OTP 25 names them from two counters, both restarting at 0 in each top-level function:
/// - the translation counter (v3_core's): one number per fun, named fun and comprehension
///   generator, in the order OTP translates the function (see `Desugar`);
/// - the lifting counter (v3_kernel's): one number per named fun whose name is used and per
///   comprehension generator, in evaluation order, outer before inner; a fun whose clauses
///   can fail to match takes one more (for the helper OTP lifts to raise function_clause).
/// Anonymous funs (and named funs that never use their name) are `-f/1-fun-T-`; named funs
/// `-f/1-Name/Arity-L-`; list comprehensions `-f/1-lc$^T/1-L-`, binary comprehensions
/// `-f/1-lbc$^T/2-L-` (T: translation number, L: lifting number).
struct FunInfo {
    enum Kind {
        case anonymous
        /// A named fun whose body refers to its own name.
        case named(String)
        /// One generator's loop of a list (`lc`) or binary (`lbc`) comprehension.
        case comprehension(binary: Bool)
    }

    let kind: Kind
    /// The variable naming the fun itself inside its clauses.
    let selfName: String?
    let arity: Int
    /// The translation counter's number.
    let translationIndex: Int
    /// The lifting counter's number (named funs and comprehensions only).
    var liftingIndex = 0
    /// For a list comprehension's loop: how many generators of the same comprehension enclose
    /// it (OTP's loop function takes each enclosing generator's remaining list as a free
    /// variable, to resume that generator when it ends).
    var enclosingGenerators = 0

    /// Whether the lifting counter numbers this fun.
    var isLifted: Bool {
        if case .anonymous = kind { return false }
        return true
    }

    func name(in function: FunctionName) -> String {
        let prefix = "-\(function.name)/\(function.arity)-"
        switch kind {
        case .anonymous: return "\(prefix)fun-\(translationIndex)-"
        case .named(let n): return "\(prefix)\(n)/\(arity)-\(liftingIndex)-"
        case .comprehension(let binary):
            return binary ? "\(prefix)lbc$^\(translationIndex)/2-\(liftingIndex)-"
                          : "\(prefix)lc$^\(translationIndex)/1-\(liftingIndex)-"
        }
    }

    /// The arity stack frames show. A fun's frames show the fun's arity; a comprehension loop
    /// is a local function of OTP's, whose arity counts its free variables: the list (plus
    /// the binary built so far, for a binary comprehension), the enclosing generators'
    /// remaining lists, and the `captured` source variables.
    func traceArity(captured: Int) -> Int {
        guard case .comprehension(let binary) = kind else { return arity }
        return (binary ? 2 : 1) + enclosingGenerators + captured
    }
}
