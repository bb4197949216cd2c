import ErlangRuntime

/// Other forms of terms: text (fun_to_list, list_to_ref) and I/O vectors
/// (iolist_to_iovec, term_to_iovec, external_size), built on the BIFs they extend.
extension ErlangBIFs {
    static let representations: [String: BIFFunction] = [
        "fun_to_list/1": { a, _ throws(ErlangError) in
            guard case .fun = a[0] else { throw .badarg }
            return .string(TermPrinter.print(a[0]))
        },
        // swerl's references print as #Ref<0.0.0.N>; N identifies the reference.
        "list_to_ref/1": { a, _ throws(ErlangError) in
            let codes = try listArg(a[0])
            var text = ""
            for c in codes {
                guard case .int(let v) = c, let s = Unicode.Scalar(UInt32(clamping: max(v, 0))) else { throw .badarg }
                text.unicodeScalars.append(s)
            }
            guard text.hasPrefix("#Ref<"), text.hasSuffix(">") else { throw .badarg }
            let parts = text.dropFirst(5).dropLast().split(separator: ".", omittingEmptySubsequences: false)
            let numbers = parts.compactMap { UInt32($0) }
            guard parts.count == 4, numbers.count == 4 else { throw .badarg }
            return .ref(Ref(Int(numbers[3])))
        },
        "iolist_to_iovec/1": { a, p throws(ErlangError) in
            let bin = try delegate(binaries, "iolist_to_binary/1", [a[0]], p)
            guard case .binary(let b) = bin, b.bitCount > 0 else { return .nil }
            return Term.list([bin])
        },
        "term_to_iovec/1": { a, p throws(ErlangError) in
            Term.list([try delegate(termFormat, "term_to_binary/1", [a[0]], p)])
        },
        "term_to_iovec/2": { a, p throws(ErlangError) in
            Term.list([try delegate(termFormat, "term_to_binary/2", [a[0], a[1]], p)])
        },
        // The exact encoded size (OTP gives an upper bound that is usually the same).
        "external_size/1": { a, p throws(ErlangError) in
            try encodedSize(try delegate(termFormat, "term_to_binary/1", [a[0]], p))
        },
        "external_size/2": { a, p throws(ErlangError) in
            try encodedSize(try delegate(termFormat, "term_to_binary/2", [a[0], a[1]], p))
        },
    ]

    /// Calls the BIF `key` of `table` (another part of this module).
    private static func delegate(_ table: [String: BIFFunction], _ key: String, _ args: [Term], _ p: ErlProcess) throws(ErlangError) -> Term {
        guard let bif = table[key] else { throw .badarg }
        return try Arguments.with(args) { (a: Arguments) throws(ErlangError) -> Term in try bif(a, p) }
    }

    private static func encodedSize(_ bin: Term) throws(ErlangError) -> Term {
        guard case .binary(let b) = bin else { throw .badarg }
        return .int(b.bitCount / 8)
    }
}
