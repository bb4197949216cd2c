// The -compile options that change what the linter reports. erlc reads all -compile
// attributes before checking anything, wherever they sit in the file.

struct CompileOptions {
    var exportAll = false
    var exportAllLocation: SourceLocation?
    var nowarnExportAll = false
    var noAutoImportAll = false
    var noAutoImport: Set<FunctionName> = []
    var nowarnUnusedFunctionAll = false
    var nowarnUnusedFunction: Set<FunctionName> = []
    var nowarnUnusedVars = false
    var nowarnShadowVars = false
    var nowarnUnusedRecordAll = false
    var nowarnUnusedRecord: Set<String> = []
    var nowarnDeprecatedAll = false

    init(forms: [Form]) {
        for form in forms {
            guard case .compile(let terms, let loc) = form else { continue }
            for term in terms { for option in Self.flatten(term) { apply(option, at: loc) } }
        }
    }

    private mutating func apply(_ option: Expr, at loc: SourceLocation) {
        switch option.kind {
        case .atom("export_all"):
            exportAll = true
            if exportAllLocation == nil { exportAllLocation = loc }
        case .atom("nowarn_export_all"): nowarnExportAll = true
        case .atom("no_auto_import"): noAutoImportAll = true
        case .atom("nowarn_unused_function"): nowarnUnusedFunctionAll = true
        case .atom("nowarn_unused_vars"): nowarnUnusedVars = true
        case .atom("nowarn_shadow_vars"): nowarnShadowVars = true
        case .atom("nowarn_unused_record"): nowarnUnusedRecordAll = true
        case .atom("nowarn_deprecated_function"): nowarnDeprecatedAll = true
        case .tuple(let parts) where parts.count == 2:
            guard case .atom(let key) = parts[0].kind else { return }
            let values = Self.flatten(parts[1])
            switch key {
            case "no_auto_import": noAutoImport.formUnion(values.compactMap(Self.functionName))
            case "nowarn_unused_function": nowarnUnusedFunction.formUnion(values.compactMap(Self.functionName))
            case "nowarn_unused_record":
                for v in values { if case .atom(let r) = v.kind { nowarnUnusedRecord.insert(r) } }
            default: break
            }
        default:
            break
        }
    }

    /// `[a, b]` as [a, b]; anything else as a one-element list.
    static func flatten(_ term: Expr) -> [Expr] {
        var items: [Expr] = []
        var rest = term
        while case .cons(let head, let tail) = rest.kind {
            items.append(head)
            rest = tail
        }
        if case .nil = rest.kind { return items }
        return items + [rest]
    }

    /// `f/1` or `{f, 1}`.
    static func functionName(_ term: Expr) -> FunctionName? {
        let parts: [Expr]
        switch term.kind {
        case .binaryOp("/", let f, let a): parts = [f, a]
        case .tuple(let elements) where elements.count == 2: parts = elements
        default: return nil
        }
        guard case .atom(let name) = parts[0].kind, case .integer(let arity) = parts[1].kind else { return nil }
        return FunctionName(name, arity)
    }

    func isAutoImported(_ f: FunctionName) -> Bool {
        !noAutoImportAll && !noAutoImport.contains(f) && BIFTables.isAutoImported(f.description)
    }
}
