/// A compile-time message about a source file: an error or a warning, erlc style.
public struct Diagnostic: Error, Sendable, CustomStringConvertible {
    public enum Severity: Sendable { case error, warning }
    public var severity: Severity
    public var location: SourceLocation
    /// The message text as erlc prints it, e.g. "variable 'X' is unbound".
    public var message: String

    public init(_ severity: Severity, _ location: SourceLocation, _ message: String) {
        self.severity = severity
        self.location = location
        self.message = message
    }

    public static func error(_ loc: SourceLocation, _ message: String) -> Diagnostic {
        Diagnostic(.error, loc, message)
    }
    public static func warning(_ loc: SourceLocation, _ message: String) -> Diagnostic {
        Diagnostic(.warning, loc, message)
    }

    public var description: String {
        "\(location.file):\(location.line):\(location.column): \(severity == .warning ? "Warning: " : "")\(message)"
    }
}

/// Collected diagnostics for one compilation; throwing this aborts compilation.
public struct CompileFailure: Error, Sendable {
    public var diagnostics: [Diagnostic]
    /// The source could not be read as forms (scan, preprocessor or syntax errors) and was not
    /// compiled further. escript reports these itself, without quoting source lines.
    public var beforeCompiling: Bool
    public init(_ diagnostics: [Diagnostic], beforeCompiling: Bool = false) {
        self.diagnostics = diagnostics
        self.beforeCompiling = beforeCompiling
    }
}
