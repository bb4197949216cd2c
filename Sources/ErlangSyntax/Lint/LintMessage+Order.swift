// erlc sorts each file's errors (and, separately, its warnings) as Erlang terms
// {Location, Module, Descriptor}. Messages at the same position therefore come out in the
// Erlang term order of their descriptors: atoms before tuples, smaller tuples before larger,
// then element by element. `SortTerm` models just enough of that order.

indirect enum SortTerm: Comparable {
    case int(Int)
    case atom(String)
    case tuple([SortTerm])
    case string(String)          // an Erlang list of character codes

    /// Erlang's order between types: number < atom < tuple < list.
    private var typeRank: Int {
        switch self {
        case .int: return 0
        case .atom: return 1
        case .tuple: return 2
        case .string: return 3
        }
    }

    static func < (a: SortTerm, b: SortTerm) -> Bool {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x < y
        case (.atom(let x), .atom(let y)), (.string(let x), .string(let y)):
            return Array(x.unicodeScalars.map(\.value)).lexicographicallyPrecedes(y.unicodeScalars.map(\.value))
        case (.tuple(let x), .tuple(let y)):
            if x.count != y.count { return x.count < y.count }
            for (l, r) in zip(x, y) where l != r { return l < r }
            return false
        default:
            return a.typeRank < b.typeRank
        }
    }
}

extension LintMessage {
    /// The OTP module that would report this message: erl_lint, or a later compiler pass.
    var reportingModule: String { isFromLaterPass ? "v3_core" : "erl_lint" }

    /// The message's descriptor as erl_lint would build it (only its order matters).
    var descriptor: SortTerm {
        func t(_ tag: String, _ args: SortTerm...) -> SortTerm { .tuple([.atom(tag)] + args) }
        func fa(_ f: FunctionName) -> SortTerm { .tuple([.atom(f.name), .int(f.arity)]) }
        func mfa(_ m: String, _ f: FunctionName) -> SortTerm {
            .tuple([.atom(m), .atom(f.name), .int(f.arity)])
        }
        switch self {
        case .unboundVar(let v): return t("unbound_var", .atom(v))
        case .unsafeVar(let v, let c, let at):
            return t("unsafe_var", .atom(v), .tuple([.atom(c), .tuple([.int(at.line), .int(at.column)])]))
        case .unusedVar(let v): return t("unused_var", .atom(v))
        case .shadowedVar(let v, let scope): return t("shadowed_var", .atom(v), .atom(scope))
        case .undefinedFunction(let f): return t("undefined_function", fa(f))
        case .redefineFunction(let f): return t("redefine_function", fa(f))
        case .unusedFunction(let f): return t("unused_function", fa(f))
        case .duplicatedExport(let f): return t("duplicated_export", fa(f))
        case .localCallInGuard(let f): return t("illegal_guard_local_call", fa(f))
        case .invalidCall: return .atom("invalid_call")
        case .callToOverriddenBIF(let f, let old):
            return t(old ? "call_to_redefined_old_bif" : "call_to_redefined_bif", fa(f))
        case .importOverridesBIF(let f, let old):
            return t(old ? "redefine_old_bif_import" : "redefine_bif_import", fa(f))
        case .importedTwice(let f, let m): return t("redefine_import", .tuple([fa(f), .atom(m)]))
        case .defineImport(let f): return t("define_import", fa(f))
        case .undefinedModule: return .atom("undefined_module")
        case .attributeAfterFunctions(let a): return t("attribute", .atom(a))
        case .exportAll: return .atom("export_all")
        case .undefinedCallback(let f, let b): return t("undefined_behaviour_func", fa(f), .atom(b))
        case .conflictingBehaviours(let f, let b, let first, let at):
            return t("conflicting_behaviours", fa(f), .atom(b), .tuple([.int(at.line), .int(at.column)]), .atom(first))
        case .formatInvalid(let problem): return t("format_error", .string(problem))
        case .formatArgumentCount(let required, let given): return t("format_error", .int(required), .int(given ?? -1))
        case .deprecated(let m, let f, let why, _): return t("deprecated", mfa(m, f), .string(why))
        case .removed(let m, let f, let why): return t("removed", mfa(m, f), .string(why))
        case .undefinedRecord(let r): return t("undefined_record", .atom(r))
        case .redefineRecord(let r): return t("redefine_record", .atom(r))
        case .undefinedField(let r, let f): return t("undefined_field", .atom(r), .atom(f))
        case .redefineField(let r, let f): return t("redefine_field", .atom(r), .atom(f))
        case .unusedRecord(let r): return t("unused_record", .atom(r))
        case .illegalRecordInfo: return .atom("illegal_record_info")
        case .illegalPattern: return .atom("illegal_pattern")
        case .illegalGuardExpr: return .atom("illegal_guard_expr")
        case .illegalMapConstruction: return .atom("illegal_map_construction")
        case .undefinedBitType(let ty): return t("undefined_bittype", .atom(ty))
        case .bitTypeConflict(let what, let new, let old):
            return t("bittype_mismatch", .atom(new), .atom(old), .string(what))
        case .utfSizeOrUnit: return .atom("utf_bittype_size_or_unit")
        case .unitWithoutSize: return .atom("bittype_unit")
        case .unsizedBinaryNotAtEnd: return .atom("unsized_binary_not_at_end")
        case .badFloatSize: return t("bad_bitsize", .string("float"))
        case .nonIntegerSize: return .atom("non_integer_bitsize")
        case .termConstructed: return t("ignored", .atom("useless_building"))
        case .callHasNoEffect(let f): return t("no_effect", .string(f))
        case .callResultIgnored(let f): return t("result_ignored", .string(f))
        case .operatorHasNoEffect(let op): return t("no_effect", .atom(op))
        case .operatorResultIgnored(let op, let n): return t("result_ignored", .atom(op), .int(n))
        case .funResultIgnored: return t("result_ignored", .atom("fun"))
        case .noClauseMatches: return t("nomatch", .atom("no_clause"))
        case .clauseShadowed(let line): return t("nomatch", .atom("shadow"), .int(line))
        case .functionClauseShadowed(let f, let line): return t("nomatch", .atom("shadow"), .int(line), fa(f))
        }
    }
}

extension Diagnostic {
    /// erlc's order: by position, then reporting pass, then descriptor.
    static func erlcOrder(_ a: (Diagnostic, LintMessage), _ b: (Diagnostic, LintMessage)) -> Bool {
        let (la, lb) = (a.0.location, b.0.location)
        if la.line != lb.line { return la.line < lb.line }
        if la.column != lb.column { return la.column < lb.column }
        if a.1.reportingModule != b.1.reportingModule { return a.1.reportingModule < b.1.reportingModule }
        return a.1.descriptor < b.1.descriptor
    }
}
