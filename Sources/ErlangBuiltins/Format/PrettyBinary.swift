import ErlangRuntime

/// How `~p` shows a binary: `<<"text">>` when printable, `<<"tëxt"/utf8>>` for printable
/// UTF-8 under `~tp`, a printable prefix `<<"te"...>>` when the depth limit cuts it, and
/// otherwise the bytes `<<1,2,3>>` (or `<<1,2,...>>`), which may be broken over several
/// lines.
enum PrettyBinary {
    static func node(_ bits: Bits, depth: Int, encoding: TextEncoding, strings: Bool) -> PrettyNode {
        if bits.bitCount == 0 { return .leaf("<<>>") }
        if depth == 1 { return .leaf("<<...>>") }
        if strings, bits.isBinary, let shown = printable(bits.bytes, depth: depth - 1, encoding) {
            let quoted = ErlangQuoting.string(shown.chars, .unicode)
            return .leaf("<<" + quoted + (shown.utf8 ? "/utf8" : "") + (shown.truncated ? "...>>" : ">>"))
        }
        let segments = TermWriter.binarySegments(bits, depth: depth)
        let length = 4 + segments.reduce(0) { $0 + $1.utf8.count } + segments.count - 1
        return PrettyNode(.bytes(segments), length: length)
    }

    /// The characters to show, whether they were decoded from UTF-8, and whether they are
    /// only a prefix of the binary.
    struct Shown {
        var chars: [UInt32]
        var utf8: Bool
        var truncated: Bool
    }

    /// `depth` here is one less than the binary's own depth. With a depth limit, only
    /// about 4 characters per level are examined (io_lib_pretty's budget).
    static func printable(_ bytes: [UInt8], depth: Int, _ encoding: TextEncoding) -> Shown? {
        let budget = depth >= 0 ? min(4 * depth, bytes.count) : bytes.count
        if budget == 0 { return nil }
        if encoding == .unicode, let decoded = utf8Prefix(bytes, maxChars: budget) {
            return unicodeShown(bytes, decoded, depth: depth)
        }
        return latin1Shown(bytes, budget: budget, depth: depth)
    }

    private static func latin1Shown(_ bytes: [UInt8], budget: Int, depth: Int) -> Shown? {
        // The first 20 bytes are judged on their own, then the rest of the budget.
        let head = min(20, budget)
        let firstBad = bytes[..<head].firstIndex { !Printable.isLatin1(UInt32($0)) }
        func prefix(_ n: Int, truncated: Bool) -> Shown {
            Shown(chars: bytes[..<n].map { UInt32($0) }, utf8: false, truncated: truncated)
        }
        if let bad = firstBad {
            return depth > 0 && bad >= depth ? prefix(bad, truncated: true) : nil
        }
        if head == bytes.count { return prefix(head, truncated: false) }
        if head == budget { return prefix(head, truncated: true) }
        let restBad = bytes[head..<budget].firstIndex { !Printable.isLatin1(UInt32($0)) }
        guard let bad = restBad else {
            return prefix(budget, truncated: budget != bytes.count)
        }
        return depth > 0 && bad >= depth ? prefix(bad, truncated: true) : nil
    }

    /// Decoded UTF-8 characters: at most `maxChars`, stopping early at the end of the
    /// data. Nil when the bytes are not valid UTF-8 up to that point.
    struct DecodedPrefix {
        var chars: [UInt32]
        var byteCount: Int
    }

    static func utf8Prefix(_ bytes: [UInt8], maxChars: Int) -> DecodedPrefix? {
        var chars: [UInt32] = []
        var i = 0
        while chars.count < maxChars, i < bytes.count {
            guard let (c, n) = decodeUTF8(bytes, at: i) else { return nil }
            chars.append(c)
            i += n
        }
        return DecodedPrefix(chars: chars, byteCount: i)
    }

    private static func unicodeShown(_ bytes: [UInt8], _ decoded: DecodedPrefix,
                                     depth: Int) -> Shown? {
        // Printable characters up to the first one outside the (latin1) printable range.
        var shown: [UInt32] = []
        var usedBytes = 0
        for c in decoded.chars {
            if !Printable.isLatin1(c) { break }
            shown.append(c)
            usedBytes += utf8Length(c)
        }
        let isUTF8 = usedBytes != shown.count
        if usedBytes == bytes.count { return Shown(chars: shown, utf8: isUTF8, truncated: false) }
        if depth > 0 && shown.count >= depth {
            return Shown(chars: shown, utf8: isUTF8, truncated: true)
        }
        return nil
    }

    static func utf8Length(_ c: UInt32) -> Int {
        c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4
    }

    /// One UTF-8 character at `i`: its code point and byte length; nil when malformed
    /// (overlong forms, surrogates and truncated sequences included).
    static func decodeUTF8(_ b: [UInt8], at i: Int) -> (UInt32, Int)? {
        let b0 = UInt32(b[i])
        if b0 < 0x80 { return (b0, 1) }
        let n: Int, minValue: UInt32, initial: UInt32
        switch b0 {
        case 0xC2...0xDF: n = 2; minValue = 0x80; initial = b0 & 0x1F
        case 0xE0...0xEF: n = 3; minValue = 0x800; initial = b0 & 0x0F
        case 0xF0...0xF4: n = 4; minValue = 0x10000; initial = b0 & 0x07
        default: return nil
        }
        guard i + n <= b.count else { return nil }
        var c = initial
        for k in 1..<n {
            let x = UInt32(b[i + k])
            guard x & 0xC0 == 0x80 else { return nil }
            c = (c << 6) | (x & 0x3F)
        }
        guard c >= minValue, c <= 0x10FFFF, !(0xD800...0xDFFF).contains(c) else { return nil }
        return (c, n)
    }
}
