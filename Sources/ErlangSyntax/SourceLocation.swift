/// A position in a source file: 1-based line and column, as erlc reports them.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    /// The file this position belongs to (differs from the main file inside -include'd files).
    public var file: String

    public init(file: String = "", line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }
}
