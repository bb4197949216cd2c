// The abstract syntax tree of an Erlang module, close to erl_parse's forms.
// Patterns and guards use the same `Expr` type as expressions; the linter checks
// that only legal constructs appear in pattern/guard position.

/// An expression, pattern or guard test, with the location of its first token — except where
/// erl_parse (and so erlc's messages) uses another token: a `binaryOp` is located at its
/// operator, a `remote` at its `:`, and `E#r{..}`, `E#r.f`, `E#{..}` (record/map with a base)
/// at their `#`. A literal with a sign (`-1`) is folded into one number at the sign.
public struct Expr: Sendable {
    public var kind: ExprKind
    public var loc: SourceLocation
    public init(_ kind: ExprKind, _ loc: SourceLocation) { self.kind = kind; self.loc = loc }
}

public indirect enum ExprKind: Sendable {
    // Literals
    case integer(Int)
    case bigInteger(String)            // decimal digits, too large for Int; "-" first if negative
    case float(Double)
    case atom(String)
    case char(Int)
    case string([Int])                 // code points; adjacent literals already joined
    case `nil`                         // []
    case variable(String)              // includes "_" and "_Foo"

    // Compound terms
    case tuple([Expr])
    case cons(Expr, Expr)              // [H | T]; [a,b] is cons(a, cons(b, nil))
    case map(base: Expr?, fields: [MapField])   // #{...} or Base#{...}
    case binary([BinElement])          // <<...>>

    // Records
    case record(base: Expr?, name: String, fields: [RecordField])  // #r{..} or E#r{..}
    case recordField(Expr, name: String, field: String)            // E#r.f
    case recordIndex(name: String, field: String)                  // #r.f

    // Operators (op is Erlang's spelling: "+", "div", "andalso", "!", "=:=", "++", ...)
    case match(Expr, Expr)             // P = E
    case binaryOp(String, Expr, Expr)  // includes "!", "andalso", "orelse"
    case unaryOp(String, Expr)         // "-", "+", "not", "bnot"

    // Calls: the callee is `atom` (local/BIF/imported), `remote`, or any expression (fun value).
    case call(Expr, [Expr])
    case remote(Expr, Expr)            // M:F, only as a callee
    case funRef(name: String, arity: Int)                 // fun f/1
    case remoteFunRef(module: Expr, name: Expr, arity: Expr)  // fun m:f/1 (parts may be variables)
    case fun([Clause])                 // fun (...) -> ... end
    case namedFun(String, [Clause])    // fun Name(...) -> ... end

    // Control
    case block([Expr])                 // begin ... end
    case `case`(Expr, [Clause])
    case `if`([Clause])                // clauses with no patterns, only guards
    case receive([Clause], after: AfterClause?)
    case `try`(body: [Expr], ofClauses: [Clause], catchClauses: [CatchClause], after: [Expr])
    case `catch`(Expr)
    case listComprehension(Expr, [Qualifier])
    case binaryComprehension(Expr, [Qualifier])
    case mapComprehension(key: Expr, value: Expr, [Qualifier])   // #{K => V || ...} (OTP 26; parse only if easy)
}

public struct Clause: Sendable {
    public var patterns: [Expr]
    /// Guard sequence: alternatives separated by `;`, each a conjunction of tests separated by `,`.
    public var guards: [[Expr]]
    public var body: [Expr]
    public var loc: SourceLocation
    public init(patterns: [Expr], guards: [[Expr]], body: [Expr], loc: SourceLocation) {
        self.patterns = patterns; self.guards = guards; self.body = body; self.loc = loc
    }
}

/// `Class:Reason:Stack when Guard -> Body` in a try's catch section. A missing class is `throw`.
public struct CatchClause: Sendable {
    public var classPattern: Expr?     // atom or variable; nil means throw
    public var reason: Expr
    public var stacktrace: String?     // variable name
    public var guards: [[Expr]]
    public var body: [Expr]
    public var loc: SourceLocation
    /// Where the stacktrace variable is written (for "variable 'St' is unused"); nil if unknown.
    public var stacktraceLoc: SourceLocation?
    public init(classPattern: Expr?, reason: Expr, stacktrace: String?, guards: [[Expr]], body: [Expr],
                loc: SourceLocation, stacktraceLoc: SourceLocation? = nil) {
        self.classPattern = classPattern; self.reason = reason; self.stacktrace = stacktrace
        self.guards = guards; self.body = body; self.loc = loc; self.stacktraceLoc = stacktraceLoc
    }
}

public struct AfterClause: Sendable {
    public var timeout: Expr
    public var body: [Expr]
    public init(timeout: Expr, body: [Expr]) { self.timeout = timeout; self.body = body }
}

public struct MapField: Sendable {
    public var key: Expr
    public var value: Expr
    /// `:=` (true: key must exist / match) vs `=>` (false: insert or update).
    public var exact: Bool
    /// The `=>` / `:=` operator's location (erlc reports bad associations there); nil if unknown.
    public var loc: SourceLocation?
    public init(key: Expr, value: Expr, exact: Bool, loc: SourceLocation? = nil) {
        self.key = key; self.value = value; self.exact = exact; self.loc = loc
    }
}

public struct RecordField: Sendable {
    public var name: String            // "_" for the `_ = V` default-all form
    public var value: Expr
    /// The field name's location (erlc reports unknown fields there); nil if unknown.
    public var loc: SourceLocation?
    public init(name: String, value: Expr, loc: SourceLocation? = nil) {
        self.name = name; self.value = value; self.loc = loc
    }
}

/// One segment of a binary: `Value:Size/TypeSpecifierList`.
public struct BinElement: Sendable {
    public var value: Expr
    public var size: Expr?
    /// Type specifiers in source order, e.g. ["integer", "unsigned", "big", "unit:8"].
    /// `unit:N` is spelled with its number. Empty means the default (integer).
    public var specifiers: [String]
    public var loc: SourceLocation
    public init(value: Expr, size: Expr?, specifiers: [String], loc: SourceLocation) {
        self.value = value; self.size = size; self.specifiers = specifiers; self.loc = loc
    }
}

public enum Qualifier: Sendable {
    case generator(Expr, Expr)         // P <- ListExpr
    case binaryGenerator(Expr, Expr)   // <<P>> <= BinExpr  (pattern is a .binary Expr)
    case mapGenerator(Expr, Expr, Expr) // K := V <- MapExpr (OTP 26; optional)
    case filter(Expr)
}

/// A top-level form of a module.
public enum Form: Sendable {
    case module(String, SourceLocation)
    case export([FunctionName], SourceLocation)
    case `import`(module: String, [FunctionName], SourceLocation)
    case compile([Expr], SourceLocation)          // option terms, e.g. export_all, {nowarn_unused_function, ...}
    case record(name: String, fields: [RecordFieldDecl], SourceLocation)
    case behaviour(String, SourceLocation)
    case onLoad(FunctionName, SourceLocation)
    /// -type/-opaque/-spec/-callback and any other attribute: kept as name plus raw value.
    /// For type-language attributes the value is nil (the text is skipped, not interpreted).
    case attribute(name: String, value: Expr?, SourceLocation)
    case function(Function)
}

public struct FunctionName: Hashable, Sendable, CustomStringConvertible {
    public var name: String
    public var arity: Int
    public init(_ name: String, _ arity: Int) { self.name = name; self.arity = arity }
    public var description: String { "\(name)/\(arity)" }
}

public struct RecordFieldDecl: Sendable {
    public var name: String
    public var defaultValue: Expr?
    public var loc: SourceLocation
    public init(name: String, defaultValue: Expr?, loc: SourceLocation) {
        self.name = name; self.defaultValue = defaultValue; self.loc = loc
    }
}

public struct Function: Sendable {
    public var name: String
    public var arity: Int
    public var clauses: [Clause]
    public var loc: SourceLocation
    public init(name: String, arity: Int, clauses: [Clause], loc: SourceLocation) {
        self.name = name; self.arity = arity; self.clauses = clauses; self.loc = loc
    }
}

/// A parsed module (or escript): its forms in source order.
public struct ModuleAST: Sendable {
    public var file: String
    public var forms: [Form]
    public init(file: String, forms: [Form]) { self.file = file; self.forms = forms }

    public var name: String? {
        for f in forms { if case .module(let n, _) = f { return n } }
        return nil
    }
}
