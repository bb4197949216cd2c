// TEMPORARY: replaced by the real Arithmetic.swift from branch `bifs`.
import BigInt
public enum Arith {
    public static func add(_ a: Term, _ b: Term) throws(ErlangError) -> Term {
        if case .int(let x) = a, case .int(let y) = b { let (r, o) = x.addingReportingOverflow(y); if !o { return .int(r) } }
        throw .badarith
    }
    public static func sub(_ a: Term, _ b: Term) throws(ErlangError) -> Term {
        if case .int(let x) = a, case .int(let y) = b { let (r, o) = x.subtractingReportingOverflow(y); if !o { return .int(r) } }
        throw .badarith
    }
    public static func mul(_ a: Term, _ b: Term) throws(ErlangError) -> Term { throw .badarith }
    public static func fdiv(_ a: Term, _ b: Term) throws(ErlangError) -> Term { throw .badarith }
    public static func intDiv(_ a: Term, _ b: Term) throws(ErlangError) -> Term { throw .badarith }
    public static func rem(_ a: Term, _ b: Term) throws(ErlangError) -> Term { throw .badarith }
    public static func band(_ a: Term, _ b: Term) throws(ErlangError) -> Term { throw .badarith }
    public static func bor(_ a: Term, _ b: Term) throws(ErlangError) -> Term { throw .badarith }
    public static func bxor(_ a: Term, _ b: Term) throws(ErlangError) -> Term { throw .badarith }
    public static func bsl(_ a: Term, _ b: Term) throws(ErlangError) -> Term { throw .badarith }
    public static func bsr(_ a: Term, _ b: Term) throws(ErlangError) -> Term { throw .badarith }
    public static func neg(_ a: Term) throws(ErlangError) -> Term { throw .badarith }
    public static func bnot(_ a: Term) throws(ErlangError) -> Term { throw .badarith }
}
