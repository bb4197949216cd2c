import ErlangRuntime

/// The chunked forms: select/3, select/1, match/3, match/1, match_object/3,
/// match_object/1, select_reverse/3, select_reverse/1.
///
/// The first call computes every result (as select/2 does) and returns the first `Limit`;
/// the continuation holds the rest: `{swerl_ets_continuation, Tab, Rest, Limit}` (OTP's
/// is an opaque tuple too). As OTP does for an ordered_set: a chunk shorter than Limit
/// comes with the continuation '$end_of_table'; a full chunk with a continuation even if
/// nothing is left, which then gives '$end_of_table'. Deviations: later changes to the
/// table are not seen by the continuation, and for set/bag tables OTP's chunk sizes
/// follow its hash buckets (they are exactly Limit here).
extension EtsBIFs {
    static let chunks: [String: BIFFunction] = [
        "select/3": { a, p throws(ErlangError) in
            try firstChunk(a[0], try select(a[0], MatchSpec(a[1]), p), a[2])
        },
        "select_reverse/3": { a, p throws(ErlangError) in
            let t = try table(a[0], p)
            let results = try select(a[0], MatchSpec(a[1]), p)
            return try firstChunk(a[0], t.isOrdered ? results.reversed() : results, a[2])
        },
        "match/3": { a, p throws(ErlangError) in
            try firstChunk(a[0], try select(a[0], MatchSpec(pattern: a[1], body: .atom("$$")), p), a[2])
        },
        "match_object/3": { a, p throws(ErlangError) in
            try firstChunk(a[0], try select(a[0], MatchSpec(pattern: a[1], body: .atom("$_")), p), a[2])
        },
        "select/1": { a, p throws(ErlangError) in try nextChunk(a[0], p) },
        "select_reverse/1": { a, p throws(ErlangError) in try nextChunk(a[0], p) },
        "match/1": { a, p throws(ErlangError) in try nextChunk(a[0], p) },
        "match_object/1": { a, p throws(ErlangError) in try nextChunk(a[0], p) },
    ]

    static let continuationTag = Term.atom("swerl_ets_continuation")
    static let endOfTable = Term.atom("$end_of_table")

    private static func firstChunk(_ tid: Term, _ results: [Term], _ limit: Term) throws(ErlangError) -> Term {
        guard case .int(let n) = limit, n > 0 else { throw .badarg }
        return chunk(tid, results[...], limit: n)
    }

    private static func chunk(_ tid: Term, _ results: ArraySlice<Term>, limit: Int) -> Term {
        if results.isEmpty { return endOfTable }
        let taken = results.prefix(limit)
        guard taken.count == limit else { return .tuple(.list(taken), endOfTable) }
        let rest = Term.list(results.dropFirst(limit))
        return .tuple(.list(taken), .tuple(continuationTag, tid, rest, .int(limit)))
    }

    private static func nextChunk(_ continuation: Term, _ p: ErlProcess) throws(ErlangError) -> Term {
        if continuation == endOfTable { return endOfTable }
        guard case .tuple(let c) = continuation, c.count == 4, c[0] == continuationTag,
              let rest = c[2].listElements, case .int(let limit) = c[3], limit > 0 else { throw .badarg }
        _ = try table(c[1], p)
        return chunk(c[1], rest[...], limit: limit)
    }
}
