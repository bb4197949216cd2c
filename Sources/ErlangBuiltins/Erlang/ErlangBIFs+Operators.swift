import ErlangRuntime

/// The operators as functions (`erlang:'+'/2`, `fun erlang:'<'/2`, `apply(erlang, 'and', ...)`).
extension ErlangBIFs {
    static let operators: [String: BIFFunction] = [
        "+/2": { a, _ throws(ErlangError) in try Arith.add(a[0], a[1]) },
        "-/2": { a, _ throws(ErlangError) in try Arith.sub(a[0], a[1]) },
        "*/2": { a, _ throws(ErlangError) in try Arith.mul(a[0], a[1]) },
        "//2": { a, _ throws(ErlangError) in try Arith.fdiv(a[0], a[1]) },
        "div/2": { a, _ throws(ErlangError) in try Arith.intDiv(a[0], a[1]) },
        "rem/2": { a, _ throws(ErlangError) in try Arith.rem(a[0], a[1]) },
        "band/2": { a, _ throws(ErlangError) in try Arith.band(a[0], a[1]) },
        "bor/2": { a, _ throws(ErlangError) in try Arith.bor(a[0], a[1]) },
        "bxor/2": { a, _ throws(ErlangError) in try Arith.bxor(a[0], a[1]) },
        "bsl/2": { a, _ throws(ErlangError) in try Arith.bsl(a[0], a[1]) },
        "bsr/2": { a, _ throws(ErlangError) in try Arith.bsr(a[0], a[1]) },
        "-/1": { a, _ throws(ErlangError) in try Arith.neg(a[0]) },
        "+/1": { a, _ throws(ErlangError) in try Arith.plus(a[0]) },
        "bnot/1": { a, _ throws(ErlangError) in try Arith.bnot(a[0]) },

        "==/2": { a, _ in .bool(compareTerms(a[0], a[1]) == 0) },
        "/=/2": { a, _ in .bool(compareTerms(a[0], a[1]) != 0) },
        "=:=/2": { a, _ in .bool(a[0] == a[1]) },
        "=/=/2": { a, _ in .bool(a[0] != a[1]) },
        "</2": { a, _ in .bool(compareTerms(a[0], a[1]) < 0) },
        "=</2": { a, _ in .bool(compareTerms(a[0], a[1]) <= 0) },
        ">/2": { a, _ in .bool(compareTerms(a[0], a[1]) > 0) },
        ">=/2": { a, _ in .bool(compareTerms(a[0], a[1]) >= 0) },

        "and/2": { a, _ throws(ErlangError) in
            let x = try boolArg(a[0]), y = try boolArg(a[1])
            return .bool(x && y)
        },
        "or/2": { a, _ throws(ErlangError) in
            let x = try boolArg(a[0]), y = try boolArg(a[1])
            return .bool(x || y)
        },
        "xor/2": { a, _ throws(ErlangError) in
            let x = try boolArg(a[0]), y = try boolArg(a[1])
            return .bool(x != y)
        },
        "not/1": { a, _ throws(ErlangError) in .bool(!(try boolArg(a[0]))) },

        "++/2": { a, p throws(ErlangError) in try ListOps.append(a[0], a[1], p) },
        "--/2": { a, p throws(ErlangError) in try ListOps.subtract(a[0], a[1], p) },
        "append/2": { a, p throws(ErlangError) in try ListOps.append(a[0], a[1], p) },
        "subtract/2": { a, p throws(ErlangError) in try ListOps.subtract(a[0], a[1], p) },
    ]
}
