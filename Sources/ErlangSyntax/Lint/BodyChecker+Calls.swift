// Calls and function references: what an unqualified name resolves to, following erlc's rules
// (local definition, then -import, then auto-imported erlang BIF), and deprecation warnings.

extension BodyChecker {
    func call(_ e: Expr, _ callee: Expr, _ args: [Expr], _ vt: VarTable) -> VarTable {
        switch callee.kind {
        case .atom(let name):
            let f = FunctionName(name, args.count)
            if f == FunctionName("record_info", 2) && recordInfo(e, args) { return vt }
            if f != FunctionName("record_info", 2) && localCall(f, at: e.loc) { isRecordTest(f, args) }
            return parallel(args, vt)
        case .remote(let m, let fn):
            if case .atom(let module) = m.kind, case .atom(let name) = fn.kind {
                let f = FunctionName(name, args.count)
                warnIfDeprecated(module: module, f, at: e.loc)
                if module == "erlang" { isRecordTest(f, args) }
                checkFormatCall(module: module, function: name, args)
            }
            return parallel([m, fn] + args, vt)
        case .integer, .bigInteger, .float, .char, .string, .nil, .tuple, .cons:
            report.add(.invalidCall, at: e.loc)
            return parallel([callee] + args, vt)
        default:
            return parallel([callee] + args, vt)
        }
    }

    /// Resolves an unqualified call; returns true when it calls the erlang BIF of that name.
    /// A local function that hides an auto-imported BIF makes the call ambiguous: an error for
    /// the BIFs auto-imported before R14, a warning for newer ones (-compile(no_auto_import) fixes both).
    @discardableResult
    func localCall(_ f: FunctionName, at loc: SourceLocation) -> Bool {
        if facts.defined[f] != nil {
            if facts.options.isAutoImported(f) {
                report.add(.callToOverriddenBIF(f, preR14: BIFTables.autoImportedPreR14.contains(f.description)),
                           at: loc)
            }
            noteCall(f)
            return false
        }
        if let module = facts.imports[f] {
            warnIfDeprecated(module: module, f, at: loc)
            return false
        }
        if facts.options.isAutoImported(f) {
            warnIfDeprecated(module: "erlang", f, at: loc)
            return true
        }
        report.add(.undefinedFunction(f), at: loc)
        return false
    }

    /// `fun f/N` names a local function or an auto-imported BIF (never an imported one).
    func funReference(_ f: FunctionName, at loc: SourceLocation) {
        if facts.defined[f] != nil {
            noteCall(f)
        } else if !facts.options.isAutoImported(f) {
            report.add(.undefinedFunction(f), at: loc)
        }
    }

    /// `record_info(fields | size, RecordName)`, resolved at compile time. Returns false when
    /// the arguments are not two atoms, which erlc reports and then checks as expressions.
    private func recordInfo(_ e: Expr, _ args: [Expr]) -> Bool {
        guard case .atom(let info) = args[0].kind, case .atom(let name) = args[1].kind else {
            report.add(.illegalRecordInfo, at: e.loc)
            return false
        }
        if info == "fields" || info == "size" {
            _ = recordUse(name, at: e.loc)
        } else {
            report.add(.illegalRecordInfo, at: args[0].loc)
        }
        return true
    }

    func warnIfDeprecated(module: String, _ f: FunctionName, at loc: SourceLocation) {
        guard !facts.options.nowarnDeprecatedAll, let status = DeprecatedFunctions.status(module: module, f) else {
            return
        }
        switch status {
        case .deprecated(let why): report.add(.deprecated(module: module, f, why, removedIn: nil), at: loc)
        case .deprecatedUntil(let why, let release):
            report.add(.deprecated(module: module, f, why, removedIn: release), at: loc)
        case .removed(let why): report.add(.removed(module: module, f, why), at: loc)
        }
    }
}
