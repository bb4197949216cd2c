/// The order in which erlc prints diagnostics (observed from OTP 25):
///
/// 1. errors of the scanner, preprocessor and parser, sorted by file name, then
///    position (so an included file's errors come where its name sorts);
/// 2. the linter's errors, in the linter's (erlc's) order;
/// 3. all warnings, sorted by file name and position.
///
/// escript instead prints the scanner/preprocessor/parser errors in source order
/// and stops there; otherwise the linter's errors then the warnings.
enum DiagnosticOrder {
    /// File name, then line, then column, then message (standing in for erlc's
    /// final tie-break on the error descriptor).
    static func precedes(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        let (la, lb) = (a.location, b.location)
        if la.file != lb.file { return la.file.unicodeScalars.lexicographicallyPrecedes(lb.file.unicodeScalars) }
        if la.line != lb.line { return la.line < lb.line }
        if la.column != lb.column { return la.column < lb.column }
        return a.message.unicodeScalars.lexicographicallyPrecedes(b.message.unicodeScalars)
    }

    static func sortedForErlc(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        // Stable: equal keys keep their source order.
        diagnostics.enumerated().sorted { x, y in
            if precedes(x.element, y.element) { return true }
            if precedes(y.element, x.element) { return false }
            return x.offset < y.offset
        }.map(\.element)
    }

    /// `extra` merged into `sorted` (in erlc's or source order): each goes before
    /// the first diagnostic at a later position. Used for the preprocessor's warnings
    /// among the linter's, and for scan errors among the preprocessor's and parser's.
    static func merge(_ extra: [Diagnostic], into sorted: [Diagnostic]) -> [Diagnostic] {
        var result = sorted
        for warning in sortedForErlc(extra) {
            let index = result.firstIndex { isAtLaterPosition($0, than: warning) } ?? result.endIndex
            result.insert(warning, at: index)
        }
        return result
    }

    private static func isAtLaterPosition(_ a: Diagnostic, than b: Diagnostic) -> Bool {
        let (la, lb) = (a.location, b.location)
        if la.file != lb.file { return lb.file.unicodeScalars.lexicographicallyPrecedes(la.file.unicodeScalars) }
        if la.line != lb.line { return la.line > lb.line }
        return la.column > lb.column
    }
}
