/// Register stores for the interpreter's hot paths.
///
/// `r[d] = v` on a `Term` register makes Swift release the old value through an
/// out-of-line value-witness call, even when the old value is an integer or atom (which
/// hold no reference). Most stores in arithmetic code overwrite such immediates, so these
/// helpers test the old value's case inline and skip the call when nothing needs releasing.
extension Term {
    /// True for the cases whose payload is not a reference: copying or dropping one is
    /// a plain bit copy.
    @inline(__always) var isImmediate: Bool {
        switch self {
        case .int, .float, .atom, .nil, .pid, .ref: return true
        default: return false
        }
    }
}

extension UnsafeMutablePointer where Pointee == Term {
    /// `self[i] = v`.
    @inline(__always) func set(_ i: Int, _ v: consuming Term) {
        let slot = self + i
        if slot.pointee.isImmediate { slot.initialize(to: consume v) } else { slot.pointee = consume v }
    }

    /// `self[d] = self[s]`.
    @inline(__always) func copy(_ d: Int, from s: Int) {
        let src = self + s, dst = self + d
        if src.pointee.isImmediate && dst.pointee.isImmediate {
            // Both are plain bits: a byte copy is the whole copy (and the old value
            // needs no release).
            UnsafeMutableRawPointer(dst).copyMemory(from: src, byteCount: MemoryLayout<Term>.size)
        } else {
            dst.pointee = src.pointee
        }
    }

    /// A tail call's arguments: `self[base + i]` moves to `self[i]` for each `i < count`
    /// whose bit in `keep` is clear (a set bit: already in place). The sources are
    /// temporaries of the frame being replaced, distinct and above every kept argument,
    /// so moving (no retain/release) is safe.
    @inline(__always) func moveArguments(from base: Int, count: Int, keep: Int = 0) {
        for i in 0..<count where keep & (1 << i) == 0 { set(i, take(base + i)) }
    }

    /// Moves `self[i]` out, leaving `[]` in its place (for values leaving a dead frame).
    @inline(__always) func take(_ i: Int) -> Term {
        let slot = self + i
        let v = slot.move()
        slot.initialize(to: .nil)
        return v
    }
}
