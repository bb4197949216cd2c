/// The header of an escript, which is not Erlang code.
///
/// escript always treats the first line as the header line (normally
/// `#!/usr/bin/env escript`) and never compiles it. The lines after it may be an
/// Emacs mode line (`%% -*- erlang -*-`) and emulator flags (`%%! -smp enable`),
/// but those are comments anyway and need no special treatment here.
///
/// Line numbers follow escript's (OTP 25) quirk: after a `#!` line the rest keeps
/// its real line numbers, but when the first line is anything else it is dropped
/// altogether and the second line of the file is reported as line 1.
public enum EscriptHeader {
    /// The source with the header line blanked (`#!`) or removed (anything else).
    public static func stripped(_ source: String) -> String {
        let firstLineEnd = source.utf8.firstIndex(of: UInt8(ascii: "\n"))
        if source.hasPrefix("#!") {
            guard let end = firstLineEnd else { return "" }
            return String(source[end...])              // keep the newline: line 2 stays line 2
        }
        guard let end = firstLineEnd else { return "" }
        return String(source[source.utf8.index(after: end)...])
    }

    /// The emulator flags of a `%%! ...` line (the second line, or the third after
    /// an Emacs mode line), for the driver to honour; nil when there is none.
    public static func emulatorArguments(_ source: String) -> String? {
        let lines = DiagnosticPrinter.lines(of: source).prefix(3)
        for line in lines.dropFirst() where line.hasPrefix("%%!") {
            return String(line.dropFirst(3)).trimmingSpaces
        }
        return nil
    }
}

private extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let c = s.first, c == " " || c == "\t" { s.removeFirst() }
        while let c = s.last, c == " " || c == "\t" { s.removeLast() }
        return String(s)
    }
}
