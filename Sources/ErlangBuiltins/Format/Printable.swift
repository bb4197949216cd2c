import ErlangRuntime

/// Which character codes count as printable text, for deciding whether `~p` shows a list
/// or binary as a string (io_lib:printable_latin1_list/1, printable_unicode_list/1).
enum Printable {
    /// The control characters that have a named escape (`\b \t \n \v \f \r \e`).
    static func isNamedControl(_ c: UInt32) -> Bool {
        (c >= 8 && c <= 13) || c == 27
    }

    static func isLatin1(_ c: UInt32) -> Bool {
        (c >= 32 && c <= 126) || (c >= 160 && c <= 255) || isNamedControl(c)
    }

    static func isUnicode(_ c: UInt32) -> Bool {
        if (c >= 32 && c <= 126) || isNamedControl(c) { return true }
        return (c >= 160 && c < 0xD800) || (c > 0xDFFF && c < 0xFFFE) || (c > 0xFFFF && c <= 0x10FFFF)
    }

    /// The characters of `list` when it is a proper list of integers all passing `test`
    /// (the empty list passes); nil otherwise.
    static func characters(of list: Term, _ test: (UInt32) -> Bool) -> [UInt32]? {
        var chars: [UInt32] = []
        var t = list
        while true {
            switch t {
            case .nil:
                return chars
            case .cons(let cell):
                guard case .int(let i) = cell.head, i >= 0, i <= 0x10FFFF, test(UInt32(i)) else { return nil }
                chars.append(UInt32(i))
                t = cell.tail
            default:
                return nil
            }
        }
    }

    /// The characters `~p` shows a list as. OTP 25's printable range is latin1 unless the
    /// emulator runs with `+pc unicode`, so `~tp` tests the same range.
    static func stringCharacters(_ list: Term) -> [UInt32]? {
        characters(of: list, isLatin1)
    }
}
