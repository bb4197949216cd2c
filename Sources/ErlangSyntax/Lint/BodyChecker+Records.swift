// Record expressions and patterns: the record must be defined (earlier in the file) and every
// field named must belong to it.

extension BodyChecker {
    /// Looks up a record at a use site, reporting it when undefined.
    func recordUse(_ name: String, at loc: SourceLocation) -> RecordInfo? {
        guard let info = records[name] else {
            report.add(.undefinedRecord(name), at: loc)
            return nil
        }
        noteRecordUse(name)
        return info
    }

    /// `#r{f = V, ...}` (construction) or `E#r{f = V, ...}` (update).
    func recordExpression(_ e: Expr, base: Expr?, name: String, fields: [RecordField],
                          _ vt: VarTable) -> VarTable {
        if let info = recordUse(name, at: e.loc) {
            checkRecordFields(fields, of: name, info, construction: base == nil)
        }
        return parallel((base.map { [$0] } ?? []) + fields.map(\.value), vt)
    }

    func recordPattern(_ p: Expr, name: String, fields: [RecordField], _ vt: VarTable,
                       _ scope: inout PatternScope) {
        if let info = recordUse(name, at: p.loc) {
            checkRecordFields(fields, of: name, info, construction: false)
        }
        for field in fields { pattern(field.value, vt, &scope) }
    }

    /// Field names must exist and appear once. A construction evaluates the defaults of the
    /// fields it leaves out (unless `_ = V` sets them all), so it uses what they call.
    func checkRecordFields(_ fields: [RecordField], of name: String, _ info: RecordInfo, construction: Bool) {
        var seen = Set<String>()
        for field in fields where field.name != "_" {
            let loc = field.loc ?? field.value.loc
            if seen.contains(field.name) {
                report.add(.redefineField(record: name, field: field.name), at: loc)
            } else if !info.fields.contains(field.name) {
                report.add(.undefinedField(record: name, field: field.name), at: loc)
            }
            seen.insert(field.name)
        }
        guard construction, !fields.contains(where: { $0.name == "_" }) else { return }
        for field in info.fields where !seen.contains(field) {
            noteDefaultUse(record: name, field: field)
        }
    }

    /// `E#r.f` and `#r.f`, both located at their `#`; erlc reports a bad field at the field
    /// name, which (written without spaces, as it always is) follows `#r.`.
    func recordFieldAccess(_ e: Expr, name: String, field: String) {
        guard let info = recordUse(name, at: e.loc) else { return }
        if !info.fields.contains(field) {
            var loc = e.loc
            loc.column += atomText(name).count + 2
            report.add(.undefinedField(record: name, field: field), at: loc)
        }
    }
}
