import ErlangRuntime

/// iolists (and, with `allowBitstrings`, the bitstring lists of list_to_bitstring/1):
/// arbitrarily nested lists of bytes 0...255 and binaries, with a binary or `[]` as any
/// list's tail. Walked iteratively so any depth or length is safe.
enum IOList {
    /// The concatenated contents, or `badarg` for anything that is not an iolist.
    static func bits(_ t: Term, allowBitstrings: Bool = false) throws(ErlangError) -> Bits {
        var out = BitBuilder()
        try walk(t, allowBitstrings: allowBitstrings,
                 byte: { out.append(byte: $0) }, binary: { out.append($0) })
        return out.bits
    }

    static func bytes(_ t: Term) throws(ErlangError) -> [UInt8] { try bits(t).bytes }

    static func size(_ t: Term) throws(ErlangError) -> Int {
        var n = 0
        try walk(t, allowBitstrings: false, byte: { _ in n += 1 }, binary: { n += $0.bitCount / 8 })
        return n
    }

    private static func walk(_ t: Term, allowBitstrings: Bool, byte: (UInt8) -> Void,
                             binary: (Bits) -> Void) throws(ErlangError) {
        var pending: [Term] = [t]   // what is still to walk, next last
        while let item = pending.popLast() {
            switch item {
            case .nil: continue
            case .binary(let b):
                guard allowBitstrings || b.isBinary else { throw .badarg }
                binary(b)
            case .cons(let c):
                pending.append(c.tail)
                switch c.head {
                case .int(let v):
                    guard v >= 0 && v <= 255 else { throw .badarg }
                    byte(UInt8(v))
                case .cons, .nil, .binary:
                    pending.append(c.head)
                default: throw .badarg
                }
                // A tail must be a list or a binary.
                switch c.tail { case .nil, .cons, .binary: break; default: throw .badarg }
            default: throw .badarg
            }
        }
    }
}
