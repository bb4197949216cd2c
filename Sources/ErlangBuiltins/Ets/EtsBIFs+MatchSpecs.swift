import ErlangRuntime

/// Match specifications outside select: select_replace/2, match_spec_compile/1,
/// match_spec_run/2, is_compiled_ms/1, test_ms/2.
///
/// A compiled match specification is `{swerl_compiled_ms, MS}` (OTP: a magic reference;
/// both are opaque, but is_reference/1 tells them apart).
extension EtsBIFs {
    static let matchSpecs: [String: BIFFunction] = [
        "select_replace/2": { a, p throws(ErlangError) in
            let spec = try MatchSpec(a[1])
            let t = try table(a[0], p, write: true)
            guard !t.isBag else { throw .badarg }
            return .int(try locked(t) { () throws(ErlangError) -> Int in
                p.chargeWork(t.size)
                // Every replacement must keep the object's key; otherwise nothing changes.
                var replacements: [(key: Term, object: Term)] = []
                for object in t.objects {
                    guard let new = spec.run(object, p), let key = t.key(of: object) else { continue }
                    guard let newKey = t.key(of: new), sameKey(newKey, key, ordered: t.isOrdered) else { throw .badarg }
                    replacements.append((key, new))
                }
                for r in replacements { t.replace(key: r.key, with: r.object) }
                return replacements.count
            })
        },
        "match_spec_compile/1": { a, _ throws(ErlangError) in
            _ = try MatchSpec(a[0])
            return .tuple(compiledTag, a[0])
        },
        "is_compiled_ms/1": { a, _ in .bool(compiledSpec(a[0]) != nil) },
        "match_spec_run/2": { a, p throws(ErlangError) in
            guard let spec = compiledSpec(a[1]) else { throw .badarg }
            return .list(try listArg(a[0]).compactMap { spec.run($0, p) })
        },
        "test_ms/2": { a, p throws(ErlangError) in
            guard a[1].listElements != nil else {
                return .tuple(.atom("error"),
                              .list([.tuple(.atom("error"), IOText.list("Match programs are not in a list."))]))
            }
            let spec = try MatchSpec(a[1])
            return .tuple(.ok, spec.run(a[0], p) ?? .false)
        },
    ]

    static let compiledTag = Term.atom("swerl_compiled_ms")

    private static func compiledSpec(_ t: Term) -> MatchSpec? {
        guard case .tuple(let c) = t, c.count == 2, c[0] == compiledTag else { return nil }
        return try? MatchSpec(c[1])
    }

    /// Keys are the same for a set when exactly equal, for an ordered_set when `==`.
    private static func sameKey(_ a: Term, _ b: Term, ordered: Bool) -> Bool {
        ordered ? compareTerms(a, b) == 0 : a == b
    }
}
