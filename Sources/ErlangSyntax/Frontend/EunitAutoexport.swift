/// The one parse transform swerl builds in: `eunit_autoexport`, which OTP's eunit.hrl
/// requests with `-compile({parse_transform, eunit_autoexport})` (swerl runs no other
/// parse transforms; their `-compile` options are ignored).
///
/// It exports every `..._test/0` and `..._test_/0` function and, when the module defines
/// no test/0, adds `test() -> eunit:test(Module).`, exported. As with a real parse
/// transform, this happens before the module is checked, so the test functions are not
/// reported as unused.
enum EunitAutoexport {
    /// `scriptModule`: an escript's module name when it has no `-module` (or lost it as the
    /// dropped first line).
    static func apply(to forms: [Form], scriptModule: String?) -> [Form] {
        guard forms.contains(where: requestsTransform) else { return forms }
        let moduleIndex = forms.firstIndex { if case .module = $0 { true } else { false } }
        let module: String, loc: SourceLocation
        if let i = moduleIndex, case .module(let name, let at) = forms[i] {
            (module, loc) = (name, at)
        } else if let name = scriptModule, let first = forms.first {
            (module, loc) = (name, ModuleFacts.location(of: first))
        } else {
            return forms
        }
        var functions: [FunctionName] = []
        var hasTest = false
        for case .function(let f) in forms {
            if f.name == "test" && f.arity == 0 { hasTest = true }
            if f.arity == 0 && (f.name.hasSuffix("_test") || f.name.hasSuffix("_test_")) {
                functions.append(FunctionName(f.name, 0))
            }
        }
        var out = forms
        if !hasTest {
            functions.append(FunctionName("test", 0))
            out.append(.function(testFunction(module: module, loc: loc)))
        }
        out.insert(.export(functions, loc), at: moduleIndex.map { $0 + 1 } ?? 0)
        return out
    }

    private static func requestsTransform(_ form: Form) -> Bool {
        guard case .compile(let options, _) = form else { return false }
        return options.flatMap(CompileOptions.flatten).contains { option in
            guard case .tuple(let parts) = option.kind, parts.count == 2,
                  case .atom("parse_transform") = parts[0].kind,
                  case .atom("eunit_autoexport") = parts[1].kind else { return false }
            return true
        }
    }

    /// `test() -> eunit:test(Module).`
    private static func testFunction(module: String, loc: SourceLocation) -> Function {
        let callee = Expr(.remote(Expr(.atom("eunit"), loc), Expr(.atom("test"), loc)), loc)
        let body = Expr(.call(callee, [Expr(.atom(module), loc)]), loc)
        return Function(name: "test", arity: 0, clauses: [Clause(patterns: [], guards: [], body: [body], loc: loc)], loc: loc)
    }
}
