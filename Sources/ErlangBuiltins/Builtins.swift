import ErlangRuntime

/// The built-in modules: BIF tables written in Swift (one per Erlang module) and the
/// bundled Erlang sources of stdlib/.
public enum Builtins {
    /// Every BIF table, runtime-level ones first.
    public static var allTables: [BIFTable] {
        RuntimeBIFs.tables + coreTables + ioTables + inputTables + [floatFormatTable, EtsBIFs.table]
            + OSBIFs.tables + FileBIFs.tables + [CodeBIFs.table]
    }

    /// Registers all BIFs and the bundled stdlib with `vm`, and the error formatters.
    public static func install(into vm: ErlangVM) {
        for t in allTables { vm.code.register(t) }
        vm.code.bundled = StdlibBundle.sources
        vm.formatEscriptError = { ExceptionFormatter.escriptMessage($0) }
        vm.formatTerm = { TermPrinter.print($0) }
        vm.formatErrorReport = { pid, reason in ExceptionFormatter.errorReport(pid: pid, reason: reason) }
    }
}
