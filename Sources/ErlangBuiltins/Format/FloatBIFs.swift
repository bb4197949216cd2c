import ErlangRuntime

/// erlang:float_to_list/1,2 and float_to_binary/1,2.
extension Builtins {
    public static let floatFormatTable = BIFTable(module: "erlang", [
        "float_to_list/1": { a, _ throws(ErlangError) in IOText.list(try FloatToText.text(a[0], .nil)) },
        "float_to_list/2": { a, _ throws(ErlangError) in IOText.list(try FloatToText.text(a[0], a[1])) },
        "float_to_binary/1": { a, _ throws(ErlangError) in .binary(try FloatToText.text(a[0], .nil)) },
        "float_to_binary/2": { a, _ throws(ErlangError) in .binary(try FloatToText.text(a[0], a[1])) },
    ])
}

/// The option list of float_to_list/2: `{decimals, 0..253}`, `{scientific, N}`, `short`
/// (the last of these three wins) and `compact` (only affects decimals). No options
/// means `{scientific, 20}`.
enum FloatToText {
    enum Style {
        case scientific(Int)
        case decimals(Int)
        case short
    }

    static func text(_ value: Term, _ options: Term) throws(ErlangError) -> String {
        guard case .float(let f) = value, let list = options.listElements else { throw .badarg }
        var style = Style.scientific(20)
        var compact = false
        for option in list {
            switch option {
            case .atom(let a) where a.name == "compact":
                compact = true
            case .atom(let a) where a.name == "short":
                style = .short
            case .tuple(let t) where t.count == 2:
                guard case .atom(let name) = t.elements[0], case .int(let n) = t.elements[1] else { throw .badarg }
                switch name.name {
                case "decimals":
                    guard (0...253).contains(n) else { throw .badarg }
                    style = .decimals(n)
                case "scientific":
                    // Longer than the BEAM's 255-character buffer whatever the value.
                    guard n <= 249 else { throw .badarg }
                    style = .scientific(n)
                default:
                    throw .badarg
                }
            default:
                throw .badarg
            }
        }
        let result: String?
        switch style {
        case .short: result = FloatFormat.shortest(f)
        case .scientific(let n): result = FloatFormat.erlangScientific(f, digits: n)
        case .decimals(let n): result = FloatFormat.erlangDecimals(f, decimals: n, compact: compact)
        }
        guard let text = result else { throw .badarg }
        return text
    }
}
