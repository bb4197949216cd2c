import ErlangRuntime

/// io_lib's small text helpers: quoting atoms, strings and characters for latin1 or
/// Unicode output, character-list predicates, lengths and indentation.
extension Builtins {
    static let ioLibTextTable = BIFTable(module: "io_lib", [
        "write_atom_as_latin1/1": { a, _ throws(ErlangError) in
            guard case .atom(let atom) = a[0] else { throw .badarg }
            return IOText.list(ErlangQuoting.atom(atom, .latin1))
        },
        // Whether an atom must be quoted: when it is a reserved word (judged by the atom)
        // or its characters (the second argument) are not those of a bare atom.
        "quote_atom/2": { a, _ throws(ErlangError) in
            guard case .atom(let atom) = a[0], let chars = IOText.flatString(a[1]) else {
                throw .error(.atom(.functionClause))
            }
            let reserved = ErlangQuoting.needsQuotes(atom.name) && IOLibQuoting.isBareAtom(atom.name.unicodeScalars.map(\.value))
            return .bool(reserved || !IOLibQuoting.isBareAtom(chars))
        },
        // Characters in lists count one each, binaries their bytes (as OTP).
        "chars_length/1": { a, _ throws(ErlangError) in
            var count = 0
            var pending = [a[0]]
            while let item = pending.popLast() {
                switch item {
                case .int: count += 1
                case .binary(let bits): count += bits.bitCount / 8
                case .nil: break
                case .cons(let cell): pending.append(cell.tail); pending.append(cell.head)
                default: throw .badarg
                }
            }
            return .int(count)
        },
        "indentation/2": { a, _ throws(ErlangError) in
            guard case .int(var column) = a[1], let chars = IOText.unicodeText(a[0], acceptAtom: false) else {
                throw .error(.atom(.functionClause))
            }
            for c in chars {
                switch c {
                case 10: column = 0
                case 9: column = (column / 8 + 1) * 8
                default: column += 1
                }
            }
            return .int(column)
        },
        "latin1_char_list/1": { a, _ in .bool(Printable.characters(of: a[0]) { $0 <= 255 } != nil) },
        "deep_latin1_char_list/1": { a, _ in .bool(IOLibPredicates.isDeepCharList(a[0], maxChar: 255)) },
        "deep_unicode_char_list/1": { a, _ in .bool(IOLibPredicates.isDeepCharList(a[0])) },
        "write_latin1_char/1": { a, _ throws(ErlangError) in
            try IOLibQuoting.char(a[0], .latin1, maxChar: 255)
        },
        "write_unicode_char/1": { a, _ throws(ErlangError) in try IOLibQuoting.char(a[0], .unicode) },
        "write_char_as_latin1/1": { a, _ throws(ErlangError) in try IOLibQuoting.char(a[0], .latin1) },
        "write_latin1_string/1": { a, _ throws(ErlangError) in
            try IOLibQuoting.string(a[0], quote: .int(34), .latin1, maxChar: 255)
        },
        "write_latin1_string/2": { a, _ throws(ErlangError) in
            try IOLibQuoting.string(a[0], quote: a[1], .latin1, maxChar: 255)
        },
        "write_unicode_string/1": { a, _ throws(ErlangError) in
            try IOLibQuoting.string(a[0], quote: .int(34), .unicode)
        },
        "write_string/2": { a, _ throws(ErlangError) in try IOLibQuoting.string(a[0], quote: a[1], .unicode) },
        "write_string_as_latin1/1": { a, _ throws(ErlangError) in
            try IOLibQuoting.string(a[0], quote: .int(34), .latin1)
        },
        "write_string_as_latin1/2": { a, _ throws(ErlangError) in
            try IOLibQuoting.string(a[0], quote: a[1], .latin1)
        },
    ])
}

/// Quoted characters and strings, as io_lib:write_char/write_string and their variants:
/// characters the encoding cannot show are escaped (`\x{...}`).
enum IOLibQuoting {
    static func char(_ t: Term, _ encoding: TextEncoding, maxChar: UInt32 = 0x10FFFF) throws(ErlangError) -> Term {
        guard case .int(let c) = t, c >= 0, c <= maxChar, let scalar = Unicode.Scalar(UInt32(clamping: c)) else {
            throw .error(.atom(.functionClause))
        }
        // The Unicode variants write a space as $\s, the latin1 ones as "$ " (as OTP).
        var text = "$"
        if scalar == " " && encoding == .unicode {
            text += "\\s"
        } else {
            ErlangQuoting.appendEscaped(scalar.value, quote: "\"", encoding, to: &text)
        }
        return IOText.list(text)
    }

    /// A lowercase letter followed by letters, digits, `_` and `@`.
    static func isBareAtom(_ chars: [UInt32]) -> Bool {
        guard let first = chars.first, ErlangQuoting.isLowercaseLetter(first) else { return false }
        return chars.allSatisfy(ErlangQuoting.isNameCharacter)
    }

    static func string(_ t: Term, quote: Term, _ encoding: TextEncoding,
                       maxChar: UInt32 = 0x10FFFF) throws(ErlangError) -> Term {
        guard let chars = Printable.characters(of: t, { $0 <= maxChar && Unicode.Scalar($0) != nil }),
              case .int(let q) = quote, q >= 0, q <= 255, let quoteScalar = Unicode.Scalar(UInt32(q)) else {
            throw .error(.atom(.functionClause))
        }
        let quoteCharacter = Character(quoteScalar)
        var text = String(quoteCharacter)
        for c in chars { ErlangQuoting.appendEscaped(c, quote: quoteCharacter, encoding, to: &text) }
        text.append(quoteCharacter)
        return IOText.list(text)
    }
}
