import BigInt
import ErlangRuntime

/// Conversions between atoms, character lists, binaries and numbers.
extension ErlangBIFs {
    static let conversions: [String: BIFFunction] = [
        "atom_to_list/1": { a, _ throws(ErlangError) in Term.string(try atomArg(a[0]).name) },
        "list_to_atom/1": { a, _ throws(ErlangError) in .atom(Atom(try atomName(fromCodes: a[0]))) },
        "list_to_existing_atom/1": { a, _ throws(ErlangError) in
            guard let atom = AtomTable.shared.existing(try atomName(fromCodes: a[0])) else { throw .badarg }
            return .atom(atom)
        },
        "atom_to_binary/1": { a, _ throws(ErlangError) in
            .binary(Bits(Array(try atomArg(a[0]).name.utf8)))
        },
        "atom_to_binary/2": { a, _ throws(ErlangError) in
            let name = try atomArg(a[0]).name
            if try isLatin1Encoding(a[1]) {
                var bytes: [UInt8] = []
                for s in name.unicodeScalars {
                    guard s.value <= 255 else { throw .badarg }
                    bytes.append(UInt8(s.value))
                }
                return .binary(Bits(bytes))
            }
            return .binary(Bits(Array(name.utf8)))
        },
        "binary_to_atom/1": { a, _ throws(ErlangError) in
            .atom(Atom(try atomName(fromBinary: a[0], latin1: false)))
        },
        "binary_to_atom/2": { a, _ throws(ErlangError) in
            .atom(Atom(try atomName(fromBinary: a[0], latin1: try isLatin1Encoding(a[1]))))
        },
        "binary_to_existing_atom/1": { a, _ throws(ErlangError) in
            guard let atom = AtomTable.shared.existing(try atomName(fromBinary: a[0], latin1: false)) else {
                throw .badarg
            }
            return .atom(atom)
        },
        "binary_to_existing_atom/2": { a, _ throws(ErlangError) in
            let name = try atomName(fromBinary: a[0], latin1: try isLatin1Encoding(a[1]))
            guard let atom = AtomTable.shared.existing(name) else { throw .badarg }
            return .atom(atom)
        },
        "integer_to_list/1": { a, _ throws(ErlangError) in Term.string(try integerText(a[0], base: .int(10))) },
        "integer_to_list/2": { a, _ throws(ErlangError) in Term.string(try integerText(a[0], base: a[1])) },
        "integer_to_binary/1": { a, _ throws(ErlangError) in
            .binary(Bits(Array(try integerText(a[0], base: .int(10)).utf8)))
        },
        "integer_to_binary/2": { a, _ throws(ErlangError) in
            .binary(Bits(Array(try integerText(a[0], base: a[1]).utf8)))
        },
        "list_to_integer/1": { a, _ throws(ErlangError) in
            try parseInteger(try latin1Text(fromCodes: a[0]), base: .int(10))
        },
        "list_to_integer/2": { a, _ throws(ErlangError) in
            try parseInteger(try latin1Text(fromCodes: a[0]), base: a[1])
        },
        "binary_to_integer/1": { a, _ throws(ErlangError) in
            try parseInteger(try latin1Text(fromBinary: a[0]), base: .int(10))
        },
        "binary_to_integer/2": { a, _ throws(ErlangError) in
            try parseInteger(try latin1Text(fromBinary: a[0]), base: a[1])
        },
        "list_to_float/1": { a, _ throws(ErlangError) in try parseFloat(try latin1Text(fromCodes: a[0])) },
        "binary_to_float/1": { a, _ throws(ErlangError) in try parseFloat(try latin1Text(fromBinary: a[0])) },
    ]

    /// OTP's limit on an atom's length, in characters.
    static let maxAtomLength = 255

    /// The atom name spelt by a list of character codes.
    static func atomName(fromCodes t: Term) throws(ErlangError) -> String {
        var scalars = String.UnicodeScalarView()
        for code in try listArg(t) {
            guard case .int(let c) = code, c >= 0, c <= 0x10FFFF,
                  let s = Unicode.Scalar(UInt32(c)) else { throw .badarg }
            scalars.append(s)
        }
        guard scalars.count <= maxAtomLength else { throw .systemLimit }
        return String(scalars)
    }

    /// The atom name in a binary, decoded as UTF-8 or Latin-1.
    static func atomName(fromBinary t: Term, latin1: Bool) throws(ErlangError) -> String {
        let bytes = try binaryArg(t).bytes
        let name: String
        if latin1 {
            name = String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
        } else {
            guard let decoded = String(validating: bytes, as: UTF8.self) else { throw .badarg }
            name = decoded
        }
        guard name.unicodeScalars.count <= maxAtomLength else { throw .systemLimit }
        return name
    }

    /// `latin1` versus `unicode`/`utf8`, as atom/binary conversions take it.
    static func isLatin1Encoding(_ t: Term) throws(ErlangError) -> Bool {
        switch try atomArg(t).name {
        case "latin1": return true
        case "utf8", "unicode": return false
        default: throw .badarg
        }
    }

    /// A list of character codes 0...255 as text (non-Latin-1 codes cannot be digits).
    static func latin1Text(fromCodes t: Term) throws(ErlangError) -> String {
        var scalars = String.UnicodeScalarView()
        for code in try listArg(t) {
            guard case .int(let c) = code, c >= 0, c <= 0x10FFFF, let s = Unicode.Scalar(UInt32(c)) else {
                throw .badarg
            }
            scalars.append(s)
        }
        return String(scalars)
    }

    static func latin1Text(fromBinary t: Term) throws(ErlangError) -> String {
        String(String.UnicodeScalarView(try binaryArg(t).bytes.map { Unicode.Scalar($0) }))
    }

    static func base(_ t: Term) throws(ErlangError) -> Int {
        guard case .int(let b) = t, b >= 2, b <= 36 else { throw .badarg }
        return b
    }

    /// An integer in `base`, upper-case digits beyond 9 (integer_to_list/2).
    static func integerText(_ t: Term, base baseTerm: Term) throws(ErlangError) -> String {
        let radix = try base(baseTerm)
        switch t {
        case .int(let i): return String(i, radix: radix, uppercase: true)
        case .big(let b): return String(b.value, radix: radix, uppercase: true)
        default: throw .badarg
        }
    }

    /// `[+-]digits` in `base`, nothing else (no spaces, no underscores).
    static func parseInteger(_ text: String, base baseTerm: Term) throws(ErlangError) -> Term {
        let radix = try base(baseTerm)
        var digits = Substring(text)
        var negative = false
        if let sign = digits.first, sign == "+" || sign == "-" {
            negative = sign == "-"
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty, digits.unicodeScalars.allSatisfy({ digitValue($0).map { $0 < radix } ?? false }) else {
            throw .badarg
        }
        if let small = Int(digits, radix: radix) { return .int(negative ? -small : small) }
        guard let big = BigInt(digits, radix: radix) else { throw .badarg }
        return Term.integer(negative ? -big : big)
    }

    static func digitValue(_ s: Unicode.Scalar) -> Int? {
        switch s {
        case "0"..."9": return Int(s.value) - 48
        case "a"..."z": return Int(s.value) - 97 + 10
        case "A"..."Z": return Int(s.value) - 65 + 10
        default: return nil
        }
    }

    /// Erlang's float syntax: `[+-]digits.digits[(e|E)[+-]digits]`. The BEAM reads the
    /// text as a C string, so a NUL character ends it.
    static func parseFloat(_ text: String) throws(ErlangError) -> Term {
        let chars = Array(text.unicodeScalars.prefix { $0 != "\0" })
        var i = 0
        func digits() -> Int {
            let start = i
            while i < chars.count, ("0"..."9").contains(chars[i]) { i += 1 }
            return i - start
        }
        if i < chars.count, chars[i] == "+" || chars[i] == "-" { i += 1 }
        guard digits() > 0, i < chars.count, chars[i] == "." else { throw .badarg }
        i += 1
        guard digits() > 0 else { throw .badarg }
        if i < chars.count, chars[i] == "e" || chars[i] == "E" {
            i += 1
            if i < chars.count, chars[i] == "+" || chars[i] == "-" { i += 1 }
            guard digits() > 0 else { throw .badarg }
        }
        guard i == chars.count,
              let value = Double(String(String.UnicodeScalarView(chars))), value.isFinite else { throw .badarg }
        return .float(value)
    }
}
