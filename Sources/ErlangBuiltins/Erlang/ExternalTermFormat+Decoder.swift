import BigInt
import ErlangRuntime
import HashTreeCollections

extension ExternalTermFormat {
    /// Reads the external term format. Any malformed input is `badarg`; nesting is
    /// handled with an explicit stack so hostile input cannot overflow the native stack.
    struct Decoder {
        private let bytes: [UInt8]
        private(set) var position = 0
        /// binary_to_term's `safe` option: refuse to create atoms.
        let safe: Bool

        init(_ bytes: [UInt8], safe: Bool = false) { self.bytes = bytes; self.safe = safe }

        /// A compound term still waiting for `remaining` more subterms.
        private struct Frame {
            enum Kind { case tuple, list, map }
            let kind: Kind
            var remaining: Int
            var items: [Term] = []
        }

        /// Reads the version byte and one term.
        mutating func decodeVersioned() throws(ErlangError) -> Term {
            guard try byte() == ExternalTermFormat.version else { throw .badarg }
            return try decode()
        }

        mutating func decode() throws(ErlangError) -> Term {
            var stack: [Frame] = []
            while true {
                var value: Term
                switch try leafOrFrame() {
                case .leaf(let t): value = t
                case .frame(let f): stack.append(f); continue
                }
                // Hand the finished value to the frames waiting for it.
                while var top = stack.popLast() {
                    top.items.append(value)
                    top.remaining -= 1
                    if top.remaining > 0 { stack.append(top); break }
                    value = try build(top)
                }
                if stack.isEmpty { return value }
            }
        }

        private enum Step { case leaf(Term), frame(Frame) }

        /// One tag: an atomic term, an empty compound term, or a frame to fill.
        private mutating func leafOrFrame() throws(ErlangError) -> Step {
            let tag = try byte()
            switch tag {
            case Tag.smallInteger: return .leaf(.int(Int(try byte())))
            case Tag.integer: return .leaf(.int(Int(Int32(bitPattern: UInt32(try uint32())))))
            case Tag.smallBig: return .leaf(try big(count: Int(try byte())))
            case Tag.largeBig: return .leaf(try big(count: try uint32()))
            case Tag.newFloat:
                var bits: UInt64 = 0
                for _ in 0..<8 { bits = bits << 8 | UInt64(try byte()) }
                let f = Double(bitPattern: bits)
                guard f.isFinite else { throw .badarg }
                return .leaf(.float(f))
            case Tag.float:
                let text = try take(31).prefix { $0 != 0 }
                guard let f = Double(String(decoding: text, as: UTF8.self).trimmingSpaces), f.isFinite else {
                    throw .badarg
                }
                return .leaf(.float(f))
            case Tag.atom, Tag.smallAtom, Tag.atomUTF8, Tag.smallAtomUTF8:
                return .leaf(.atom(try atom(tag: tag)))
            case Tag.nil: return .leaf(.nil)
            case Tag.string:
                let chars = try take(try uint16())
                return .leaf(Term.list(chars.map { Term.int(Int($0)) }))
            case Tag.binary: return .leaf(.binary(Bits(try take(try uint32()))))
            case Tag.bitBinary:
                let count = try uint32()
                let lastBits = Int(try byte())
                guard count > 0, lastBits >= 1, lastBits <= 8 else {
                    guard count == 0 else { throw .badarg }
                    return .leaf(.binary(Bits([])))
                }
                var data = try take(count)
                data[count - 1] &= 0xFF << UInt8(8 - lastBits)
                return .leaf(.binary(Bits(bytes: data, bitCount: (count - 1) * 8 + lastBits)))
            case Tag.smallTuple, Tag.largeTuple:
                let n = tag == Tag.smallTuple ? Int(try byte()) : try uint32()
                return n == 0 ? .leaf(.tuple(Tuple.make([]))) : .frame(Frame(kind: .tuple, remaining: n))
            case Tag.list:
                return .frame(Frame(kind: .list, remaining: try uint32() + 1))
            case Tag.map:
                let n = try uint32()
                return n == 0 ? .leaf(.map(ErlMap(.init()))) : .frame(Frame(kind: .map, remaining: 2 * n))
            case Tag.export:
                let module = try atomTerm(), function = try atomTerm()
                guard try byte() == Tag.smallInteger else { throw .badarg }
                let arity = Int(try byte())
                return .leaf(.fun(ErlFun(kind: .external(module: module, function: function), module: module,
                                         name: function.name, arity: arity, index: 0, uniq: 0)))
            case Tag.newPid, Tag.pid:
                _ = try atomTerm()
                let id = try uint32(), serial = try uint32()
                _ = tag == Tag.newPid ? try uint32() : Int(try byte())
                return .leaf(.pid(Pid(id | serial << 31)))
            case Tag.newerReference, Tag.newReference:
                let words = try uint16()
                _ = try atomTerm()
                _ = tag == Tag.newerReference ? try uint32() : Int(try byte())
                var ids: [Int] = []
                for _ in 0..<words { ids.append(try uint32()) }
                let low = ids.first ?? 0, high = ids.count > 1 ? ids[1] : 0
                return .leaf(.ref(Ref(low | high << 32)))
            default:
                // Closures (NEW_FUN_EXT) cannot be rebuilt without their code; compressed
                // terms, ports and distribution headers are not supported.
                throw .badarg
            }
        }

        private func build(_ frame: Frame) throws(ErlangError) -> Term {
            switch frame.kind {
            case .tuple: return .tuple(Tuple.make(frame.items))
            case .list:
                guard let tail = frame.items.last else { throw .badarg }
                return Term.list(frame.items.dropLast(), tail: tail)
            case .map:
                var dict = TreeDictionary<Term, Term>()
                for i in stride(from: 0, to: frame.items.count, by: 2) {
                    // A key twice is not a valid encoding.
                    guard dict.updateValue(frame.items[i + 1], forKey: frame.items[i]) == nil else { throw .badarg }
                }
                return .map(ErlMap(dict))
            }
        }

        private mutating func big(count: Int) throws(ErlangError) -> Term {
            let sign = try byte()
            guard sign <= 1, count * 8 <= Arith.maxIntegerBits + 8 else { throw .badarg }
            let digits = try take(count)
            var words = [UInt](repeating: 0, count: (count + 7) / 8)
            for (i, d) in digits.enumerated() { words[i / 8] |= UInt(d) << UInt(8 * (i % 8)) }
            let magnitude = BigInt(sign: .plus, magnitude: BigUInt(words: words))
            return Term.integer(sign == 1 ? -magnitude : magnitude)
        }

        private mutating func atomTerm() throws(ErlangError) -> Atom {
            let tag = try byte()
            switch tag {
            case Tag.atom, Tag.smallAtom, Tag.atomUTF8, Tag.smallAtomUTF8: return try atom(tag: tag)
            default: throw .badarg
            }
        }

        private mutating func atom(tag: UInt8) throws(ErlangError) -> Atom {
            let length = tag == Tag.atom || tag == Tag.atomUTF8 ? try uint16() : Int(try byte())
            let raw = try take(length)
            let name: String
            if tag == Tag.atom || tag == Tag.smallAtom {
                name = String(String.UnicodeScalarView(raw.map { Unicode.Scalar($0) }))
            } else {
                guard let text = String(validating: raw, as: UTF8.self) else { throw .badarg }
                name = text
            }
            guard name.unicodeScalars.count <= ErlangBIFs.maxAtomLength else { throw .badarg }
            if safe {
                guard let existing = AtomTable.shared.existing(name) else { throw .badarg }
                return existing
            }
            return Atom(name)
        }

        // MARK: - Bytes

        private mutating func byte() throws(ErlangError) -> UInt8 {
            guard position < bytes.count else { throw .badarg }
            defer { position += 1 }
            return bytes[position]
        }

        private mutating func uint16() throws(ErlangError) -> Int {
            Int(try byte()) << 8 | Int(try byte())
        }

        private mutating func uint32() throws(ErlangError) -> Int {
            var v = 0
            for _ in 0..<4 { v = v << 8 | Int(try byte()) }
            return v
        }

        private mutating func take(_ n: Int) throws(ErlangError) -> [UInt8] {
            guard n >= 0, n <= bytes.count - position else { throw .badarg }
            defer { position += n }
            return Array(bytes[position..<(position + n)])
        }
    }
}

private extension String {
    var trimmingSpaces: String { String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed()) }
}
