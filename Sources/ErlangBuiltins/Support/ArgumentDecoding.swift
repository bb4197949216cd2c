import ErlangRuntime

// Decoding BIF arguments. Each helper throws the error OTP raises for a wrong type,
// which for built-ins is almost always `badarg`.

/// A small integer argument.
@inline(__always)
func intArg(_ t: Term, _ error: ErlangError = .badarg) throws(ErlangError) -> Int {
    guard case .int(let i) = t else { throw error }
    return i
}

/// A non-negative small integer argument.
@inline(__always)
func naturalArg(_ t: Term, _ error: ErlangError = .badarg) throws(ErlangError) -> Int {
    guard case .int(let i) = t, i >= 0 else { throw error }
    return i
}

@inline(__always)
func atomArg(_ t: Term, _ error: ErlangError = .badarg) throws(ErlangError) -> Atom {
    guard case .atom(let a) = t else { throw error }
    return a
}

@inline(__always)
func tupleArg(_ t: Term, _ error: ErlangError = .badarg) throws(ErlangError) -> Tuple {
    guard case .tuple(let tuple) = t else { throw error }
    return tuple
}

@inline(__always)
func mapArg(_ t: Term) throws(ErlangError) -> ErlMap {
    guard case .map(let m) = t else { throw .badmap(t) }
    return m
}

/// A binary (a whole number of bytes) argument.
@inline(__always)
func binaryArg(_ t: Term, _ error: ErlangError = .badarg) throws(ErlangError) -> Bits {
    guard case .binary(let b) = t, b.isBinary else { throw error }
    return b
}

/// `true` or `false`.
@inline(__always)
func boolArg(_ t: Term, _ error: ErlangError = .badarg) throws(ErlangError) -> Bool {
    guard case .atom(let a) = t else { throw error }
    if a == .true { return true }
    if a == .false { return false }
    throw error
}

/// The elements of a proper list.
func listArg(_ t: Term, _ error: ErlangError = .badarg) throws(ErlangError) -> [Term] {
    guard let elements = t.listElements else { throw error }
    return elements
}

extension ErlangError {
    /// `function_clause`: what OTP raises when a library function written in Erlang
    /// gets arguments none of its clauses accept.
    static var functionClause: ErlangError { .error(.atom(.functionClause)) }
}

extension ErlProcess {
    /// Charges reductions for a BIF that walked or built `items` elements, at roughly
    /// the rate Erlang code doing the same work would spend them.
    @inline(__always)
    func chargeWork(_ items: Int) { if items >= 10 { charge(items / 10) } }
}
