import ErlangRuntime

/// erlang:phash2/1,2. The hash is swerl's own (OTP's exact values are not reproduced),
/// but it has phash2's contract: stable across runs and machines, equal for `=:=` terms,
/// within 0..2^27-1 for phash2/1 and 0..Range-1 for phash2/2.
extension ErlangBIFs {
    static let hashing: [String: BIFFunction] = [
        "phash2/1": { a, p in
            .int(Int(TermHash.hash(a[0], p) & ((1 << 27) - 1)))
        },
        "phash2/2": { a, p throws(ErlangError) in
            guard case .int(let range) = a[1], range >= 1, range <= 1 << 32 else { throw .badarg }
            return .int(Int(TermHash.hash(a[0], p) % UInt64(range)))
        },
    ]
}

/// A structural FNV-1a hash over a term, walked with an explicit stack so that deep and
/// long terms cannot overflow the native stack.
enum TermHash {
    static func hash(_ term: Term, _ p: ErlProcess) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ v: UInt64) {
            var v = v
            for _ in 0..<8 {
                h = (h ^ (v & 0xff)) &* 0x0000_0100_0000_01b3
                v >>= 8
            }
        }
        var pending: [Term] = [term]
        var visited = 0
        while let t = pending.popLast() {
            visited += 1
            switch t {
            case .int(let i): mix(1); mix(UInt64(bitPattern: Int64(i)))
            case .big(let b): mix(2); for w in b.value.words { mix(UInt64(w)) }
            case .float(let f): mix(3); mix(f == 0 ? 0 : f.bitPattern)  // 0.0 =:= -0.0 in OTP 25
            case .atom(let a): mix(4); for byte in a.name.utf8 { mix(UInt64(byte)) }
            case .nil: mix(5)
            case .cons(let c): mix(6); pending.append(c.tail); pending.append(c.head)
            case .tuple(let tuple):
                mix(7); mix(UInt64(tuple.count)); pending.append(contentsOf: tuple.elements.reversed())
            case .binary(let bits):
                mix(8); mix(UInt64(bits.bitCount)); for byte in bits.bytes { mix(UInt64(byte)) }
            case .map(let m):
                mix(9); mix(UInt64(m.count))
                for (k, v) in m.sortedPairs.reversed() { pending.append(v); pending.append(k) }
            case .fun(let f):
                mix(10); for byte in f.module.name.utf8 { mix(UInt64(byte)) }
                mix(UInt64(f.index)); mix(UInt64(f.arity))
            case .pid(let pid): mix(11); mix(UInt64(bitPattern: Int64(pid.id)))
            case .ref(let r): mix(12); mix(UInt64(bitPattern: Int64(r.id)))
            }
        }
        p.chargeWork(visited)
        // Final avalanche so that the low bits (used by ranges) depend on every input bit.
        h ^= h >> 33; h = h &* 0xff51_afd7_ed55_8ccd; h ^= h >> 33
        return h
    }
}
