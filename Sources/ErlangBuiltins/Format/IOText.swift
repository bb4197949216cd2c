import ErlangRuntime

/// Text as io and io_lib take it, read out of Erlang terms: flat strings, deep character lists with binaries
/// inside (iolists, `unicode:chardata()`), and atoms. Every function returns nil where
/// OTP raises badarg.
enum IOText {
    /// A flat list of Unicode characters (surrogate code points excluded).
    static func flatString(_ t: Term) -> [UInt32]? {
        Printable.characters(of: t) { Unicode.Scalar($0) != nil }
    }

    /// `~s` without `t`: a deep list of latin1 characters and binaries (bytes taken as
    /// latin1), or an atom whose name is latin1.
    static func latin1Text(_ t: Term) -> [UInt32]? {
        if case .atom(let a) = t {
            let chars = a.name.unicodeScalars.map(\.value)
            return chars.allSatisfy { $0 <= 255 } ? chars : nil
        }
        var out: [UInt32] = []
        return collect(t, into: &out, maxChar: 255, binaryAsUTF8: false) ? out : nil
    }

    /// `~ts` and `io:put_chars`: a deep list of Unicode characters and UTF-8 binaries, or an
    /// atom. Like io_lib, when the binaries are not valid UTF-8 they are read as latin1.
    static func unicodeText(_ t: Term, acceptAtom: Bool = true) -> [UInt32]? {
        if case .atom(let a) = t { return acceptAtom ? a.name.unicodeScalars.map(\.value) : nil }
        var out: [UInt32] = []
        if collect(t, into: &out, maxChar: 0x10FFFF, binaryAsUTF8: true) { return out }
        out.removeAll()
        return collect(t, into: &out, maxChar: 0x10FFFF, binaryAsUTF8: false) ? out : nil
    }

    /// `unicode:chardata()` strictly: binaries must be UTF-8 (io:put_chars/1).
    static func strictUnicodeText(_ t: Term) -> [UInt32]? {
        var out: [UInt32] = []
        return collect(t, into: &out, maxChar: 0x10FFFF, binaryAsUTF8: true) ? out : nil
    }

    /// Flattens a deep list of characters and binaries into `out`, walking list tails
    /// iteratively and nesting with an explicit stack. A binary may also stand as the
    /// tail of a list (`[$a|<<"b">>]`), as in iolists.
    private static func collect(_ t: Term, into out: inout [UInt32], maxChar: UInt32,
                                binaryAsUTF8: Bool) -> Bool {
        var pending: [Term] = [t]
        while var item = pending.popLast() {
            while true {
                switch item {
                case .nil:
                    break
                case .binary(let bits):
                    guard bits.isBinary, append(bits.bytes, to: &out, utf8: binaryAsUTF8) else { return false }
                case .cons(let cell):
                    switch cell.head {
                    case .int(let c):
                        guard c >= 0, c <= Int(maxChar), isScalar(UInt32(c)) else { return false }
                        out.append(UInt32(c))
                    case .cons, .nil, .binary:
                        // Finish the head before the rest of this list.
                        pending.append(cell.tail)
                        item = cell.head
                        continue
                    default:
                        return false
                    }
                    item = cell.tail
                    continue
                default:
                    return false
                }
                break
            }
        }
        return true
    }

    private static func isScalar(_ c: UInt32) -> Bool { Unicode.Scalar(c) != nil }

    private static func append(_ bytes: [UInt8], to out: inout [UInt32], utf8: Bool) -> Bool {
        if !utf8 {
            out.append(contentsOf: bytes.map { UInt32($0) })
            return true
        }
        var i = 0
        while i < bytes.count {
            guard let (c, n) = PrettyBinary.decodeUTF8(bytes, at: i) else { return false }
            out.append(c)
            i += n
        }
        return true
    }

    /// Swift text from character codes (all valid scalars by construction).
    static func string(_ chars: [UInt32]) -> String {
        var s = ""
        s.unicodeScalars.reserveCapacity(chars.count)
        for c in chars { if let u = Unicode.Scalar(c) { s.unicodeScalars.append(u) } }
        return s
    }

    /// An Erlang string (list of character codes) from Swift text.
    static func list(_ s: String) -> Term {
        Term.list(s.unicodeScalars.map { Term.int(Int($0.value)) })
    }
}
