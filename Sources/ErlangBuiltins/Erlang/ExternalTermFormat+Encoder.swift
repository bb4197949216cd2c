import BigInt
import ErlangRuntime
import Foundation

extension ExternalTermFormat {
    /// Writes terms as OTP 25's term_to_binary does by default (minor version 1: Latin-1
    /// atoms as ATOM_EXT, floats as NEW_FLOAT_EXT, maps with keys in term order), so that
    /// the bytes match OTP's for every term that does not contain a pid, ref or fun.
    struct Encoder {
        /// 0: floats as text; 1: OTP 25's default; 2: all atoms as UTF-8.
        var minorVersion = 1
        /// The encoded terms, without the version byte.
        private(set) var bytes: [UInt8] = []

        init(minorVersion: Int = 1) { self.minorVersion = minorVersion }

        /// The complete external format of `term`: version byte, then the term.
        static func binary(of term: Term, minorVersion: Int = 1) -> [UInt8] {
            var encoder = Encoder(minorVersion: minorVersion)
            encoder.bytes.append(ExternalTermFormat.version)
            encoder.encode(term)
            return encoder.bytes
        }

        /// Appends `term`, walking it with an explicit stack so deep or long terms are safe.
        mutating func encode(_ term: Term) {
            var pending: [Term] = [term]
            while let t = pending.popLast() {
                switch t {
                case .int(let i): integer(i)
                case .big(let b): big(b.value)
                case .float(let f): float(f)
                case .atom(let a): atom(a.name)
                case .nil: bytes.append(Tag.nil)
                case .cons: list(t, &pending)
                case .tuple(let tuple):
                    if tuple.count <= 255 {
                        bytes.append(Tag.smallTuple); bytes.append(UInt8(tuple.count))
                    } else {
                        bytes.append(Tag.largeTuple); uint32(tuple.count)
                    }
                    pending.append(contentsOf: tuple.elements.reversed())
                case .binary(let b):
                    if b.isBinary {
                        bytes.append(Tag.binary); uint32(b.bytes.count)
                    } else {
                        bytes.append(Tag.bitBinary); uint32(b.bytes.count); bytes.append(UInt8(b.bitCount % 8))
                    }
                    bytes.append(contentsOf: b.bytes)
                case .map(let m):
                    bytes.append(Tag.map); uint32(m.count)
                    for (k, v) in m.sortedPairs.reversed() { pending.append(v); pending.append(k) }
                case .pid(let p):
                    bytes.append(Tag.newPid); atom(nodeName)
                    uint32(p.id & 0x7FFF_FFFF); uint32(p.id >> 31); uint32(0)
                case .ref(let r):
                    bytes.append(Tag.newerReference); uint16(3); atom(nodeName); uint32(0)
                    uint32(r.id & 0xFFFF_FFFF); uint32(r.id >> 32); uint32(0)
                case .fun(let f): fun(f)
                }
            }
        }

        private mutating func integer(_ i: Int) {
            if i >= 0 && i <= 255 {
                bytes.append(Tag.smallInteger); bytes.append(UInt8(i))
            } else if let small = Int32(exactly: i) {
                bytes.append(Tag.integer); uint32(Int(UInt32(bitPattern: small)))
            } else {
                big(BigInt(i))
            }
        }

        private mutating func big(_ v: BigInt) {
            var digits: [UInt8] = []
            for word in v.magnitude.words {
                for k in 0..<(UInt.bitWidth / 8) { digits.append(UInt8(truncatingIfNeeded: word >> (8 * k))) }
            }
            while digits.last == 0 { digits.removeLast() }
            if digits.count <= 255 {
                bytes.append(Tag.smallBig); bytes.append(UInt8(digits.count))
            } else {
                bytes.append(Tag.largeBig); uint32(digits.count)
            }
            bytes.append(v.sign == .minus ? 1 : 0)
            bytes.append(contentsOf: digits)
        }

        private mutating func float(_ f: Double) {
            if minorVersion == 0 {
                bytes.append(Tag.float)
                var text = Array(String(format: "%.20e", f).utf8.prefix(31))
                text += repeatElement(0, count: 31 - text.count)
                bytes.append(contentsOf: text)
                return
            }
            bytes.append(Tag.newFloat)
            let bits = f.bitPattern
            for k in stride(from: 56, through: 0, by: -8) { bytes.append(UInt8(truncatingIfNeeded: bits >> UInt64(k))) }
        }

        mutating func atom(_ name: String) {
            let scalars = name.unicodeScalars
            if minorVersion < 2, scalars.allSatisfy({ $0.value <= 255 }) {
                bytes.append(Tag.atom); uint16(scalars.count)
                bytes.append(contentsOf: scalars.map { UInt8($0.value) })
                return
            }
            let utf8 = Array(name.utf8)
            if utf8.count <= 255 {
                bytes.append(Tag.smallAtomUTF8); bytes.append(UInt8(utf8.count))
            } else {
                bytes.append(Tag.atomUTF8); uint16(utf8.count)
            }
            bytes.append(contentsOf: utf8)
        }

        /// A list of bytes shorter than 65536 is a STRING_EXT; anything else a LIST_EXT.
        private mutating func list(_ t: Term, _ pending: inout [Term]) {
            let prefix = ListPrefix(t)
            let isByteString = prefix.isProper && prefix.elements.count < 65536 && prefix.elements.allSatisfy {
                if case .int(let c) = $0 { return c >= 0 && c <= 255 }
                return false
            }
            if isByteString {
                bytes.append(Tag.string); uint16(prefix.elements.count)
                for case .int(let c) in prefix.elements { bytes.append(UInt8(c)) }
                return
            }
            bytes.append(Tag.list); uint32(prefix.elements.count)
            pending.append(prefix.tail)
            pending.append(contentsOf: prefix.elements.reversed())
        }

        /// Funs: `fun M:F/A` as EXPORT_EXT; closures as NEW_FUN_EXT with a zero checksum
        /// (swerl's funs have no BEAM code to checksum).
        private mutating func fun(_ f: ErlFun) {
            switch f.kind {
            case .external(let module, let function):
                bytes.append(Tag.export); atom(module.name); atom(function.name)
                bytes.append(Tag.smallInteger); bytes.append(UInt8(truncatingIfNeeded: f.arity))
            case .local(_, let env):
                // The size field counts the whole fun, so encode the body first.
                var body = Encoder(minorVersion: minorVersion)
                body.bytes.append(UInt8(truncatingIfNeeded: f.arity))
                body.bytes += [UInt8](repeating: 0, count: 16)
                body.uint32(f.index); body.uint32(env.count)
                body.atom(f.module.name)
                body.integer(f.index); body.integer(f.uniq)
                body.encode(.pid(Pid(0)))
                for e in env { body.encode(e) }
                bytes.append(Tag.newFun); uint32(body.bytes.count + 4)
                bytes.append(contentsOf: body.bytes)
            }
        }

        mutating func uint16(_ v: Int) {
            bytes.append(UInt8(truncatingIfNeeded: v >> 8)); bytes.append(UInt8(truncatingIfNeeded: v))
        }

        mutating func uint32(_ v: Int) {
            for k in stride(from: 24, through: 0, by: -8) { bytes.append(UInt8(truncatingIfNeeded: v >> k)) }
        }
    }
}
