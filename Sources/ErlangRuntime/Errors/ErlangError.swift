/// An Erlang exception in flight: class (`error`, `exit`, `throw`), reason term, and
/// the stack trace once the evaluator has attached it.
public struct ErlangError: Error, Sendable {
    public var kind: Atom
    public var reason: Term
    /// OTP-style stacktrace list `[{M,F,ArityOrArgs,[{file,F},{line,L}]}]`, filled by the evaluator.
    public var stacktrace: Term?
    /// For errors raised inside a BIF: the arguments it was called with (OTP reports
    /// `{M,F,Args,...}` as the top frame of the stack trace for these).
    public var bifArgs: [Term]?
    /// The BIF that raised this error, reported as the stack trace's top frame.
    public var bif: (module: Atom, function: Atom)?
    /// Raised on purpose by erlang:error/exit/throw/raise (no BIF frame in the trace).
    public var raisedByCode = false

    public init(_ kind: Atom, _ reason: Term, stacktrace: Term? = nil) {
        self.kind = kind; self.reason = reason; self.stacktrace = stacktrace
    }

    public static func error(_ reason: Term) -> ErlangError { ErlangError(.error, reason) }
    public static var badarg: ErlangError { .error(.atom(.badarg)) }
    public static var badarith: ErlangError { .error(.atom(.badarith)) }
    public static func badmatch(_ v: Term) -> ErlangError { .error(.tuple(.atom(.badmatch), v)) }
    public static func badkey(_ k: Term) -> ErlangError { .error(.tuple(.atom(.badkey), k)) }
    public static func badmap(_ m: Term) -> ErlangError { .error(.tuple(.atom(.badmap), m)) }
    public static var systemLimit: ErlangError { .error(.atom(.systemLimit)) }
}
