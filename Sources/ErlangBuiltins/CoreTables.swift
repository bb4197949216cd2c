import ErlangRuntime

extension Builtins {
    /// The BIF tables of the pure built-in functions: `erlang` (types, numbers, tuples,
    /// conversions, binaries, time), `lists`, `maps`, `math`, `binary`, `string` and
    /// `unicode`.
    public static let coreTables: [BIFTable] = [
        ErlangBIFs.table,
        ListsBIFs.table,
        MapsBIFs.table,
        MathBIFs.table,
        BinaryBIFs.table,
        ReBIFs.table,
        StringBIFs.table,
        UnicodeBIFs.table,
        PersistentTermBIFs.table,
        AtomicsBIFs.table,
        CountersBIFs.table,
    ]
}
