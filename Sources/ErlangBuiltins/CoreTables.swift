import ErlangRuntime

extension Builtins {
    /// The BIF tables of the pure built-in functions: `erlang` (types, numbers, tuples,
    /// conversions, binaries, time), `lists`, `maps`, `math`, `binary` and `string`.
    public static let coreTables: [BIFTable] = [
        ErlangBIFs.table,
        ListsBIFs.table,
    ]
}
