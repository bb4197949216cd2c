/// The messages found so far, in discovery order; `Linter` sorts them at the end.
final class LintReport {
    private(set) var entries: [(message: LintMessage, location: SourceLocation)] = []

    func add(_ message: LintMessage, at location: SourceLocation) {
        entries.append((message, location))
    }

    var hasErrors: Bool { entries.contains { $0.message.severity == .error } }
}
