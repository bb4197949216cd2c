import ErlangRuntime

/// Module `re`: regular expressions with PCRE's syntax and OTP's results, matched by
/// swerl's own backtracking matcher (RegexMatcher).
enum ReBIFs {
    static let table = BIFTable(module: "re", merging([matching, ReBIFs.editing]))

    static let matching: [String: BIFFunction] = [
        "version/0": { _, _ throws(ErlangError) in .binary(Bits(Array("8.44 2020-02-12".utf8))) },
        "compile/1": { a, _ throws(ErlangError) in try compileBIF(a[0], .nil) },
        "compile/2": { a, _ throws(ErlangError) in try compileBIF(a[0], a[1]) },
        "run/2": { a, p throws(ErlangError) in try runBIF(a[0], a[1], .nil, p) },
        "run/3": { a, p throws(ErlangError) in try runBIF(a[0], a[1], a[2], p) },
        "inspect/2": { a, _ throws(ErlangError) in
            guard let mp = ReCompiledTerm(a[0]), reAtomName(a[1]) == "namelist",
                  case .success(let regex) = mp.compile() else { throw .badarg }
            let names = regex.names.keys.sorted().map { Term.binary(Bits(Array($0.utf8))) }
            return .tuple(.atom(Atom("namelist")), Term.list(names))
        },
    ]

    static func compileBIF(_ pattern: Term, _ options: Term) throws(ErlangError) -> Term {
        let opts = try ReOptions(options, for: .compile)
        let mp = try ReCompiledTerm(pattern: pattern, options: opts)
        switch mp.compile() {
        case .success: return .tuple(.atom(Atom("ok")), mp.term)
        case .failure(let e): return errorTuple(e)
        }
    }

    static func errorTuple(_ e: RegexSyntaxError) -> Term {
        .tuple(.atom(Atom("error")), .tuple(Term.list(e.message.unicodeScalars.map { Term.int(Int($0.value)) }), .int(e.offset)))
    }

    /// The pattern of run/replace/split: a compiled one (compile options are then
    /// badarg) or a source pattern compiled with the call's options.
    /// The compiled pattern's anchored and newline settings are copied into `opts`.
    static func pattern(_ re: Term, _ opts: inout ReOptions) throws(ErlangError) -> Result<CompiledRegex, RegexSyntaxError> {
        let mp: ReCompiledTerm
        if let compiled = ReCompiledTerm(re) {
            if opts.hasCompileOptions && !(opts.flags.unicode && compiled.flags.unicode) { throw .badarg }
            mp = compiled
        } else {
            mp = try ReCompiledTerm(pattern: re, options: opts)
        }
        opts.run.anchored = opts.run.anchored || mp.anchored
        opts.run.newline = mp.newline
        return mp.compile()
    }

    /// The subject's bytes: UTF-8 in unicode mode (invalid UTF-8 is badarg), else iodata.
    static func subjectBytes(_ t: Term, unicode: Bool) throws(ErlangError) -> [UInt8] {
        if !unicode { return try IOList.bytes(t) }
        if case .binary(let b) = t {
            guard b.isBinary, String(validating: b.bytes, as: UTF8.self) != nil else { throw .badarg }
            return b.bytes
        }
        let text = try CharData(t)
        var out: [UInt8] = []
        for s in text.scalars { out += Array(String(Character(s)).utf8) }
        return out
    }

    static func runBIF(_ subject: Term, _ re: Term, _ options: Term, _ p: ErlProcess) throws(ErlangError) -> Term {
        var opts = try ReOptions(options, for: .run)
        let regex: CompiledRegex
        switch try pattern(re, &opts) {
        case .success(let r): regex = r
        case .failure(let e):
            guard opts.reportErrors else { throw .badarg }
            return .tuple(.atom(Atom("error")), .tuple(.atom(Atom("compile")), errorTuple(e).tupleElement(1)))
        }
        let bytes = try subjectBytes(subject, unicode: regex.unicode)
        guard opts.offset <= bytes.count else { throw .badarg }
        let captures = try captureGroups(opts.captureValues, regex)
        let found: [[Int]]
        do {
            found = try allMatches(regex, bytes, opts, limit: opts.global ? nil : 1)
        } catch {
            return opts.reportErrors ? .tuple(.atom(Atom("error")), .atom(Atom("match_limit"))) : .atom(Atom("nomatch"))
        }
        p.chargeWork(bytes.count / 8)
        if found.isEmpty { return .atom(Atom("nomatch")) }
        guard let groups = captures else { return .atom(Atom("match")) }
        let values = found.map { slots in
            Term.list(selected(groups, slots, regex).map { capturedValue($0, slots, bytes, opts.captureType, regex.unicode) })
        }
        return .tuple(.atom(Atom("match")), opts.global ? Term.list(values) : values[0])
    }

    /// Every match from the offset on (at most `limit`), each as capture slots. After
    /// an empty match the next one may not be empty at the same place, as in PCRE's
    /// global matching.
    static func allMatches(_ regex: CompiledRegex, _ bytes: [UInt8], _ opts: ReOptions,
                           limit: Int?) throws(RegexMatchLimit) -> [[Int]] {
        let matcher = RegexMatcher(regex, subject: bytes, options: opts.run)
        var out: [[Int]] = []
        var at = opts.offset
        var afterEmpty = false
        while limit.map({ out.count < $0 }) ?? true, at <= bytes.count {
            var run = opts.run
            if afterEmpty { run.notemptyAtStart = true; run.anchored = true }
            matcher.options = run
            if let slots = try matcher.search(from: at) {
                out.append(slots)
                afterEmpty = slots[1] == slots[0]
                at = slots[1]
            } else if afterEmpty {
                afterEmpty = false
                guard at < bytes.count else { break }
                at += 1
                if regex.unicode { while at < bytes.count, bytes[at] & 0xC0 == 0x80 { at += 1 } }
            } else {
                break
            }
        }
        return out
    }
}

extension Term {
    /// Element `i` (0-based) of a tuple term.
    func tupleElement(_ i: Int) -> Term {
        if case .tuple(let t) = self, i < t.count { return t.elements[i] }
        return .nil
    }
}
