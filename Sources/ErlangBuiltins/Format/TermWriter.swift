import ErlangRuntime

/// OTP's `~w` form of a term (io_lib:write/1,2): Erlang syntax on one line, strings as
/// lists of integers, maps with keys in term order.
///
/// Written with an explicit work stack rather than recursion, so that a deeply nested
/// term cannot overflow the native stack.
public enum TermWriter {
    /// `io_lib:write(T)`: latin1, no depth limit.
    public static func write(_ t: Term) -> String {
        write(t, depth: -1, encoding: .latin1)
    }

    /// `io_lib:write(T, Depth)` (`~W`): below `depth` levels, elements print as `...`.
    /// A negative depth means no limit.
    public static func write(_ t: Term, depth: Int, encoding: TextEncoding = .latin1) -> String {
        var out = ""
        write(t, depth: depth, encoding: encoding, into: &out)
        return out
    }

    /// Pending work: a term still to write, or the remainder of a compound term.
    private enum Step {
        case term(Term, depth: Int)
        case text(String)
        case listTail(Term, depth: Int)
        case tupleRest(Tuple, index: Int, depth: Int)
        /// Entries from `index` on; `remaining` counts down the depth, `inner` is the
        /// depth every key and value gets (the map's depth minus one).
        case mapRest([(key: Term, value: Term)], index: Int, remaining: Int, inner: Int)
    }

    static func write(_ t: Term, depth: Int, encoding: TextEncoding, into out: inout String) {
        var stack: [Step] = [.term(t, depth: depth)]
        while let step = stack.popLast() {
            switch step {
            case .text(let s):
                out += s
            case .term(let term, let d):
                writeTerm(term, depth: d, encoding: encoding, into: &out, stack: &stack)
            case .listTail(let tail, let d):
                switch tail {
                case .nil: break
                case .cons(let cell):
                    if d == 1 { out += "|..."; break }
                    out += ","
                    stack.append(.listTail(cell.tail, depth: d - 1))
                    stack.append(.term(cell.head, depth: d - 1))
                default:
                    if d == 1 { out += "|..."; break }
                    out += "|"
                    stack.append(.term(tail, depth: d - 1))
                }
            case .tupleRest(let tuple, let i, let d):
                if i >= tuple.count { break }
                if d == 1 { out += ",..."; break }
                out += ","
                stack.append(.tupleRest(tuple, index: i + 1, depth: d - 1))
                stack.append(.term(tuple.elements[i], depth: d - 1))
            case .mapRest(let pairs, let i, let remaining, let inner):
                // io_lib:write's quirk: the dots come when the depth runs out, even
                // after the last entry (`#{a => 1,...}` at depth 2).
                if remaining == 1 { out += ",..."; break }
                if i >= pairs.count { break }
                out += ","
                stack.append(.mapRest(pairs, index: i + 1, remaining: remaining - 1, inner: inner))
                pushEntry(pairs[i], depth: inner, on: &stack)
            }
        }
    }

    private static func pushEntry(_ entry: (key: Term, value: Term), depth: Int, on stack: inout [Step]) {
        stack.append(.term(entry.value, depth: depth))
        stack.append(.text(" => "))
        stack.append(.term(entry.key, depth: depth))
    }

    private static func writeTerm(_ term: Term, depth d: Int, encoding: TextEncoding,
                                  into out: inout String, stack: inout [Step]) {
        if d == 0 { out += "..."; return }
        switch term {
        case .cons(let cell):
            if d == 1 { out += "[...]"; return }
            out += "["
            stack.append(.text("]"))
            stack.append(.listTail(cell.tail, depth: d - 1))
            stack.append(.term(cell.head, depth: d - 1))
        case .tuple(let tuple):
            if tuple.count == 0 { out += "{}"; return }
            if d == 1 { out += "{...}"; return }
            out += "{"
            stack.append(.text("}"))
            stack.append(.tupleRest(tuple, index: 1, depth: d - 1))
            stack.append(.term(tuple.elements[0], depth: d - 1))
        case .map(let map):
            // At depth 1 a non-empty map prints as `#{}` (sic, OTP 25).
            if map.count == 0 || d == 1 { out += "#{}"; return }
            let pairs = map.entriesInKeyOrder
            out += "#{"
            stack.append(.text("}"))
            stack.append(.mapRest(pairs, index: 1, remaining: d - 1, inner: d - 1))
            pushEntry(pairs[0], depth: d - 1, on: &stack)
        case .binary(let bits):
            out += binaryText(bits, depth: d)
        default:
            out += atomicText(term, encoding)
        }
    }

    /// `<<1,2,3>>`, `<<1,2:3>>`, or `<<1,2,...>>` when the depth runs out.
    static func binaryText(_ bits: Bits, depth: Int) -> String {
        "<<" + binarySegments(bits, depth: depth).joined(separator: ",") + ">>"
    }

    /// The comma-separated parts of a binary's text: bytes, a final `Value:Size` for
    /// trailing bits, and `...` once `depth` runs out (each segment costs one level).
    static func binarySegments(_ bits: Bits, depth: Int) -> [String] {
        let fullBytes = bits.bitCount / 8
        let extraBits = bits.bitCount % 8
        var segments: [String] = []
        var d = depth
        for i in 0..<(fullBytes + (extraBits > 0 ? 1 : 0)) {
            if d == 1 { segments.append("..."); break }
            if i < fullBytes {
                segments.append(String(bits.bytes[i]))
            } else {
                segments.append("\(Int(bits.bytes[i]) >> (8 - extraBits)):\(extraBits)")
            }
            d -= 1
        }
        return segments
    }

    /// Text of a term that has no inner structure (numbers, atoms, pids, refs, funs) or,
    /// for compound terms, nil.
    static func atomicText(_ term: Term, _ encoding: TextEncoding) -> String {
        switch term {
        case .int(let i): return String(i)
        case .big(let b): return String(describing: b.value)
        case .float(let f): return FloatFormat.shortest(f)
        case .atom(let a): return ErlangQuoting.atom(a, encoding)
        case .nil: return "[]"
        case .pid(let p): return "<0.\(p.id).0>"
        case .ref(let r): return "#Ref<0.0.0.\(r.id)>"
        case .fun(let f): return funText(f, encoding)
        case .binary(let b): return binaryText(b, depth: -1)
        case .cons, .tuple, .map: return write(term, depth: -1, encoding: encoding)
        }
    }

    /// `fun lists:map/2` for external funs, `#Fun<mod.Index.Uniq>` for closures.
    static func funText(_ f: ErlFun, _ encoding: TextEncoding) -> String {
        switch f.kind {
        case .external(let module, let function):
            return "fun " + ErlangQuoting.atom(module, encoding) + ":"
                + ErlangQuoting.atom(function, encoding) + "/\(f.arity)"
        case .local:
            return "#Fun<\(f.module.name).\(f.index).\(f.uniq)>"
        }
    }
}
