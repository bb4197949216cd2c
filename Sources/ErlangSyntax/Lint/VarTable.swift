// The variables visible at a point of a function body, and how branches combine them.
//
// A variable can be bound by several pattern occurrences (one per branch of a `case` that binds
// it in every clause). Each occurrence is a `Binding` with its own "used" flag, so that
// `case X of 1 -> Y = 2, f(Y); _ -> Y = 3 end` warns about the second `Y` only, like erlc.
// Bindings live in `BindingStore`; tables just point at them, so marking a use is one write
// whichever copy of a table is around.

struct VarState: Equatable {
    enum Status: Equatable {
        case bound
        /// Bound in only some branches of (or inside) a construct: using it is an error.
        /// `construct` is erl_lint's name for it: case, if, receive, try, catch, andalso, orelse.
        case unsafe(construct: String, at: SourceLocation)
    }
    var status: Status
    /// Indices into the BindingStore of the occurrences that bind this variable.
    var bindings: [Int]
}

struct VarTable: Equatable {
    private(set) var vars: [String: VarState] = [:]

    subscript(name: String) -> VarState? {
        get { vars[name] }
        set { vars[name] = newValue }
    }

    /// Entries of `self` that are new or different compared to `base`.
    func changes(since base: VarTable) -> [(String, VarState)] {
        vars.filter { base.vars[$0.key] != $0.value }.map { ($0.key, $0.value) }
    }

    /// The table after sub-expressions evaluated side by side (tuple elements, call arguments,
    /// operands): each saw only `self`; what any of them bound is bound afterwards.
    func mergingParallel(_ results: [VarTable]) -> VarTable {
        var merged = self
        for result in results {
            for (name, state) in result.changes(since: self) {
                if let earlier = merged[name], earlier != vars[name] {
                    merged[name] = VarState(status: earlier.status == .bound ? state.status : earlier.status,
                                            bindings: union(earlier.bindings, state.bindings))
                } else {
                    merged[name] = state
                }
            }
        }
        return merged
    }

    /// The table after a branching construct whose branches ended in `results`. A variable new
    /// in every branch stays usable (unless a branch already had it unsafe); one new in only
    /// some branches becomes unsafe in this construct.
    func mergingBranches(_ results: [VarTable], construct: String, at loc: SourceLocation) -> VarTable {
        guard !results.isEmpty else { return self }
        var merged = self
        var names = Set<String>()
        for result in results { for (name, _) in result.changes(since: self) { names.insert(name) } }
        for name in names {
            let states = results.compactMap { $0[name] }
            let bindings = states.reduce([Int]()) { union($0, $1.bindings) }
            let inAll = states.count == results.count
            let status: VarState.Status
            if let old = vars[name] {
                status = inAll && states.allSatisfy({ $0.status == .bound }) ? .bound : old.status
            } else if !inAll {
                status = .unsafe(construct: construct, at: loc)
            } else {
                status = states.first(where: { $0.status != .bound })?.status ?? .bound
            }
            merged[name] = VarState(status: status, bindings: bindings)
        }
        return merged
    }

    /// Every variable new since `base` becomes unsafe in `construct` (try, catch, andalso...).
    func markingNewUnsafe(since base: VarTable, construct: String, at loc: SourceLocation) -> VarTable {
        var result = base
        for (name, state) in changes(since: base) {
            if base[name] == nil {
                result[name] = VarState(status: .unsafe(construct: construct, at: loc), bindings: state.bindings)
            } else {
                result[name] = state
            }
        }
        return result
    }
}

private func union(_ a: [Int], _ b: [Int]) -> [Int] {
    var out = a
    for x in b where !out.contains(x) { out.append(x) }
    return out
}

/// One pattern occurrence that binds a variable.
struct Binding {
    var name: String
    var location: SourceLocation
    var used = false
}

final class BindingStore {
    private(set) var all: [Binding] = []

    func add(_ name: String, at loc: SourceLocation) -> Int {
        all.append(Binding(name: name, location: loc))
        return all.count - 1
    }

    func markUsed(_ ids: [Int]) {
        for id in ids { all[id].used = true }
    }
}
