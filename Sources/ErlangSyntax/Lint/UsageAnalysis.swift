// After every body is checked: which functions, records and variables were never used.
// A function is used when reachable from the module's roots (exports, on_load, escript's
// main/1) through calls, `fun f/N` and the record defaults that constructions evaluate; a
// function called only by unused functions is unused too, as erlc reports.

struct UsageAnalysis {
    let facts: ModuleFacts
    let checker: BodyChecker
    let report: LintReport

    func run(functions: [Function], recordForms: [(name: String, location: SourceLocation)]) {
        reportUnusedFunctions(functions)
        reportUnusedRecords(recordForms)
        reportUnusedVariables()
        reportMissingCallbacks()
        if let loc = facts.options.exportAllLocation, !facts.options.nowarnExportAll {
            report.add(.exportAll, at: loc)
        }
    }

    private func reportUnusedFunctions(_ functions: [Function]) {
        if facts.options.nowarnUnusedFunctionAll { return }
        var reached = Set<BodyChecker.Owner>()
        var work = facts.roots.map { BodyChecker.Owner.function($0) }
        while let next = work.popLast() {
            guard reached.insert(next).inserted else { continue }
            work.append(contentsOf: checker.references[next] ?? [])
        }
        for f in functions {
            let name = FunctionName(f.name, f.arity)
            guard !reached.contains(.function(name)), !facts.options.nowarnUnusedFunction.contains(name) else { continue }
            report.add(.unusedFunction(name), at: f.loc)
        }
    }

    /// A record is used when a function mentions it (reachable or not) or when the default of
    /// a used record does.
    private func reportUnusedRecords(_ recordForms: [(name: String, location: SourceLocation)]) {
        if facts.options.nowarnUnusedRecordAll { return }
        var used = Set<String>()
        var work: [String] = []
        for (owner, names) in checker.recordReferences {
            if case .function = owner { work.append(contentsOf: names) }
        }
        while let name = work.popLast() {
            guard used.insert(name).inserted else { continue }
            for (owner, names) in checker.recordReferences {
                if case .recordField(name, _) = owner { work.append(contentsOf: names) }
            }
        }
        for (name, loc) in recordForms where !used.contains(name) && !facts.options.nowarnUnusedRecord.contains(name) {
            if checker.records[name]?.location == loc { report.add(.unusedRecord(name), at: loc) }
        }
    }

    private func reportUnusedVariables() {
        if facts.options.nowarnUnusedVars { return }
        for b in checker.store.all where !b.used && !b.name.hasPrefix("_") {
            report.add(.unusedVar(b.name), at: b.location)
        }
    }

    /// Callbacks of known OTP behaviours must be defined and exported; two behaviours must
    /// not require the same callback.
    private func reportMissingCallbacks() {
        var requiredBy: [FunctionName: (behaviour: String, location: SourceLocation)] = [:]
        for (behaviour, loc) in facts.behaviours {
            for f in BehaviourCallbacks.required[behaviour] ?? [] {
                if let first = requiredBy[f] {
                    report.add(.conflictingBehaviours(f, behaviour: behaviour, first: first.behaviour, at: first.location),
                               at: loc)
                    continue
                }
                requiredBy[f] = (behaviour, loc)
                if facts.defined[f] == nil || !facts.isExported(f) {
                    report.add(.undefinedCallback(f, behaviour: behaviour), at: loc)
                }
            }
        }
    }
}
