// Walks function bodies and record defaults the way erl_lint does: it tracks which variables
// are bound (and where), checks every use, resolves local calls and record references, and
// records who calls what so unused functions and records can be found afterwards.
//
// Evaluation order follows erl_lint: a body is sequential, but the parts of one expression
// (tuple elements, call arguments, operands) are checked side by side, each seeing only the
// variables bound before the expression: `{X = 1, X}` reports X as unbound.

final class BodyChecker {
    /// Whose code is being checked: calls and record uses are attributed to it.
    enum Owner: Hashable {
        case function(FunctionName)
        case recordField(record: String, field: String)
    }

    struct RecordInfo {
        var fields: [String]
        var location: SourceLocation
    }

    let facts: ModuleFacts
    let report: LintReport
    let store = BindingStore()
    var owner: Owner = .function(FunctionName("", 0))

    /// How deeply nested the expression being checked is (see `enterNested`).
    var nesting = 0
    /// Beyond this depth the checker stops descending rather than exhaust the native stack.
    /// Real code nests a few dozen levels; long operator chains and lists are walked iteratively.
    static let maxNesting = 1000

    /// Records defined so far: erlc only knows a record after its definition.
    var records: [String: RecordInfo] = [:]
    /// What each function or record field default refers to: functions it calls (or takes
    /// with `fun f/N`), and record field defaults it evaluates by constructing a record.
    var references: [Owner: Set<Owner>] = [:]
    /// Records referenced by each function or record field default.
    var recordReferences: [Owner: Set<String>] = [:]

    init(facts: ModuleFacts, report: LintReport) {
        self.facts = facts
        self.report = report
    }

    // MARK: - Forms

    func checkFunction(_ f: Function) {
        let name = FunctionName(f.name, f.arity)
        owner = .function(name)
        reportUnreachableClauses(f.clauses, VarTable(), function: name)
        for clause in f.clauses {
            _ = checkClause(clause, VarTable(), shadowing: nil)
        }
    }

    /// `-record(name, {field = Default, ...})`: field names must be unique; defaults are
    /// checked like expressions with no variables bound.
    func checkRecordDefinition(_ name: String, _ fields: [RecordFieldDecl], at loc: SourceLocation) {
        if records[name] != nil {
            report.add(.redefineRecord(name), at: loc)
            return
        }
        var names: [String] = []
        for field in fields {
            if names.contains(field.name) {
                report.add(.redefineField(record: name, field: field.name), at: field.loc)
                continue
            }
            names.append(field.name)
            owner = .recordField(record: name, field: field.name)
            if let value = field.defaultValue { _ = expr(value, VarTable()) }
        }
        records[name] = RecordInfo(fields: names, location: loc)
    }

    // MARK: - Clauses and bodies

    /// One clause: patterns bind, the guard tests, the body runs. Returns the table at its end.
    /// `shadowing` is set for fun heads, whose variables are always fresh.
    func checkClause(_ clause: Clause, _ vt: VarTable, shadowing: String?) -> VarTable {
        var scope = PatternScope(shadowing: shadowing)
        for p in clause.patterns { pattern(p, vt, &scope) }
        let inner = scope.apply(to: vt, store: store)
        guardSequence(clause.guards, inner)
        return exprs(clause.body, inner)
    }

    /// A body: expressions in sequence; every value but the last is thrown away.
    func exprs(_ body: [Expr], _ vt: VarTable) -> VarTable {
        var vt = vt
        for (i, e) in body.enumerated() {
            if i < body.count - 1 { reportIgnoredValue(e, vt) }
            vt = expr(e, vt)
        }
        return vt
    }

    /// Sub-expressions checked side by side (see the file comment). A variable bound by one
    /// and read by another (`{X = 1, X}`) counts as used, as erl_lint merges usage here.
    func parallel(_ es: [Expr], _ vt: VarTable) -> VarTable {
        if es.count == 1 { return expr(es[0], vt) }
        let results = es.map { expr($0, vt) }
        let merged = vt.mergingParallel(results)
        for (name, state) in merged.changes(since: vt) where state.bindings.count > 1 {
            if state.bindings.contains(where: { store.all[$0].used }) { store.markUsed(state.bindings) }
        }
        return merged
    }

    /// Counts one more level of nesting; false (and no count) past `maxNesting`.
    func enterNested() -> Bool {
        guard nesting < Self.maxNesting else { return false }
        nesting += 1
        return true
    }

    // MARK: - Variables

    /// A variable read in an expression or guard. An unbound one is reported once and then
    /// counts as bound (and used), as in erl_lint: `Y = X, Z = X` reports only the first X.
    func useVariable(_ name: String, at loc: SourceLocation, _ vt: VarTable) -> VarTable {
        guard let state = vt[name] else {
            report.add(.unboundVar(name), at: loc)
            if name == "_" { return vt }
            var after = vt
            let id = store.add(name, at: loc)
            store.markUsed([id])
            after[name] = VarState(status: .bound, bindings: [id])
            return after
        }
        store.markUsed(state.bindings)
        if case .unsafe(let construct, let where_) = state.status {
            report.add(.unsafeVar(name, construct: construct, at: where_), at: loc)
        }
        return vt
    }

    // MARK: - References

    func noteCall(_ f: FunctionName) {
        references[owner, default: []].insert(.function(f))
    }

    /// Constructing a record without giving `field` evaluates its default.
    func noteDefaultUse(record: String, field: String) {
        references[owner, default: []].insert(.recordField(record: record, field: field))
    }

    func noteRecordUse(_ name: String) {
        recordReferences[owner, default: []].insert(name)
    }
}
