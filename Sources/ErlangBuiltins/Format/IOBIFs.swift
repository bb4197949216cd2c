import ErlangRuntime

/// The `io` and `io_lib` functions that format and print, as BIFs.
///
/// There are no io servers: `standard_io`, `user` and any pid write to the VM's standard
/// output, `standard_error` to its standard error. As OTP 25's standard_io does (its
/// encoding is latin1 under `-noshell`), characters above 255 reach the device as
/// `\x{...}` text; see `deviceText`.
extension Builtins {
    public static let ioTables: [BIFTable] = [ioTable, ioLibTable, ioLibTextTable]

    static let ioTable = BIFTable(module: "io", [
        "format/1": { a, p throws(ErlangError) in try IODevice.format(.standardIO, a[0], .nil, p) },
        "format/2": { a, p throws(ErlangError) in try IODevice.format(.standardIO, a[0], a[1], p) },
        "format/3": { a, p throws(ErlangError) in try IODevice.format(IODevice(a[0]), a[1], a[2], p) },
        "fwrite/1": { a, p throws(ErlangError) in try IODevice.format(.standardIO, a[0], .nil, p) },
        "fwrite/2": { a, p throws(ErlangError) in try IODevice.format(.standardIO, a[0], a[1], p) },
        "fwrite/3": { a, p throws(ErlangError) in try IODevice.format(IODevice(a[0]), a[1], a[2], p) },
        "put_chars/1": { a, p throws(ErlangError) in try IODevice.putChars(.standardIO, a[0], p) },
        "put_chars/2": { a, p throws(ErlangError) in try IODevice.putChars(IODevice(a[0]), a[1], p) },
        "nl/0": { _, p throws(ErlangError) in try IODevice.standardIO.write("\n", p) },
        "nl/1": { a, p throws(ErlangError) in try IODevice(a[0]).write("\n", p) },
        "write/1": { a, p throws(ErlangError) in try IODevice.standardIO.write(TermWriter.write(a[0]), p) },
        "write/2": { a, p throws(ErlangError) in try IODevice(a[0]).write(TermWriter.write(a[1]), p) },
    ])

    static let ioLibTable = BIFTable(module: "io_lib", [
        "format/2": { a, _ throws(ErlangError) in IOFormat.resultList(try IOFormat.chunks(a[0], a[1])) },
        "fwrite/2": { a, _ throws(ErlangError) in IOFormat.resultList(try IOFormat.chunks(a[0], a[1])) },
        "format/3": { a, _ throws(ErlangError) in try formatWithOptions(a) },
        "fwrite/3": { a, _ throws(ErlangError) in try formatWithOptions(a) },
        "write/1": { a, _ in IOText.list(TermWriter.write(a[0])) },
        "write/2": { a, _ throws(ErlangError) in
            if case .int(let depth) = a[1] { return IOText.list(TermWriter.write(a[0], depth: depth)) }
            return IOText.list(try IOLibWriteOptions(a[1]).write(a[0]))
        },
        "print/1": { a, _ in IOText.list(TermPrinter.print(a[0])) },
        "print/4": { a, _ throws(ErlangError) in
            guard case .int(let column) = a[1], case .int(let lineLength) = a[2],
                  case .int(let depth) = a[3] else { throw .badarg }
            return IOText.list(TermPrinter.print(a[0], column: column, lineLength: lineLength, depth: depth))
        },
        "write_atom/1": { a, _ throws(ErlangError) in
            guard case .atom(let atom) = a[0] else { throw .badarg }
            return IOText.list(ErlangQuoting.atom(atom, .unicode))
        },
        "write_string/1": { a, _ throws(ErlangError) in
            guard let chars = IOText.flatString(a[0]) else { throw .error(.atom(.functionClause)) }
            return IOText.list(ErlangQuoting.string(chars, .unicode))
        },
        "write_char/1": { a, _ throws(ErlangError) in
            guard case .int(let c) = a[0], c >= 0, let scalar = Unicode.Scalar(UInt32(clamping: c)) else {
                throw .error(.atom(.functionClause))
            }
            var text = "$"
            if scalar == " " { text += "\\s" } else { ErlangQuoting.appendEscaped(scalar.value, quote: "\"", .unicode, to: &text) }
            return IOText.list(text)
        },
        "char_list/1": { a, _ in .bool(IOText.flatString(a[0]) != nil) },
        "deep_char_list/1": { a, _ in .bool(IOLibPredicates.isDeepCharList(a[0])) },
        "printable_list/1": { a, _ in .bool(Printable.stringCharacters(a[0]) != nil) },
        "printable_latin1_list/1": { a, _ in .bool(Printable.characters(of: a[0], Printable.isLatin1) != nil) },
        "printable_unicode_list/1": { a, _ in .bool(Printable.characters(of: a[0], Printable.isUnicode) != nil) },
        "nl/0": { _, _ in IOText.list("\n") },
    ])
}

/// io_lib:format/3 and fwrite/3: Options is a list (else badarg) where only
/// `{chars_limit, N}` counts: N must be an integer (else badarg, as OTP). Without a
/// limit (N < 0) the result is format/2's; a limit N >= 0 (OTP's heuristic
/// abbreviation of the output) is not implemented and raises badarg.
private func formatWithOptions(_ a: Arguments) throws(ErlangError) -> Term {
    guard let options = a[2].listElements else { throw .badarg }
    for case .tuple(let t) in options where t.count == 2 && t[0] == .atom("chars_limit") {
        guard case .int(let n) = t[1], n < 0 else { throw .badarg }
    }
    return IOFormat.resultList(try IOFormat.chunks(a[0], a[1]))
}

/// io_lib:write(Term, Options): `{depth, D}`, `{encoding, latin1 | unicode}` (unicode
/// unless latin1, as OTP's default is the source encoding, utf8) and `{chars_limit, N}`
/// for N < 0 or 0 ("..."). The first occurrence of an option counts; others are ignored.
struct IOLibWriteOptions {
    var depth = -1
    var encoding = TextEncoding.unicode

    init(_ options: Term) throws(ErlangError) {
        // OTP computes with the depth; anything but a list or an integer is badarith.
        guard let list = options.listElements else { throw .badarith }
        var seen: Set<String> = []
        for case .tuple(let t) in list where t.count == 2 {
            guard case .atom(let key) = t[0], seen.insert(key.name).inserted else { continue }
            switch key.name {
            case "depth":
                guard case .int(let d) = t[1] else { throw .badarith }
                depth = d
            case "encoding": encoding = t[1] == .atom("latin1") ? .latin1 : .unicode
            case "chars_limit":
                // Limiting by characters (OTP's heuristic abbreviation) is not implemented;
                // only "no limit" and 0 (everything elided) are.
                guard case .int(let n) = t[1] else { continue }
                if n == 0 { depth = 0 } else if n > 0 { throw .badarg }
            default: continue
            }
        }
    }

    func write(_ t: Term) -> String {
        depth == 0 ? "..." : TermWriter.write(t, depth: depth, encoding: encoding)
    }
}

enum IOLibPredicates {
    /// A possibly nested list of characters only (no binaries), none above `maxChar`.
    static func isDeepCharList(_ t: Term, maxChar: Int = 0x10FFFF) -> Bool {
        var pending = [t]
        while var list = pending.popLast() {
            while case .cons(let cell) = list {
                switch cell.head {
                case .int(let c):
                    guard c >= 0, c <= maxChar, Unicode.Scalar(UInt32(clamping: c)) != nil else { return false }
                case .cons, .nil:
                    pending.append(cell.head)
                default:
                    return false
                }
                list = cell.tail
            }
            guard case .nil = list else { return false }
        }
        return true
    }
}

/// Where io output goes.
enum IODevice {
    case standardIO
    case standardError
    /// A file opened by file:open/2 (see FileDevices).
    case file(FileDevice)

    var isStandardIO: Bool {
        if case .standardIO = self { return true }
        return false
    }

    /// `standard_io`, `user` and pids are standard output (the pid of an open file is that
    /// file), `standard_error` is standard error; anything else is badarg.
    init(_ t: Term) throws(ErlangError) {
        switch t {
        case .pid: self = FileDevices.lookup(t).map(IODevice.file) ?? .standardIO
        case .atom(let a) where a.name == "standard_io" || a.name == "user": self = .standardIO
        case .atom(let a) where a.name == "standard_error": self = .standardError
        default: throw .badarg
        }
    }

    static func format(_ device: IODevice, _ format: Term, _ args: Term, _ process: ErlProcess) throws(ErlangError) -> Term {
        try device.write(try IOFormat.format(format, args), process)
    }

    static func putChars(_ device: IODevice, _ chars: Term, _ process: ErlProcess) throws(ErlangError) -> Term {
        guard let text = IOText.strictUnicodeText(chars) else { throw .badarg }
        return try device.write(IOText.string(text), process)
    }

    @discardableResult
    func write(_ text: String, _ process: ErlProcess) throws(ErlangError) -> Term {
        if case .file(let device) = self { try device.writeText(text); return .ok }
        // OTP 25's standard_io (escript, -noshell) is a latin1 device: characters up to
        // 255 are written as one byte each; deviceText already escaped the rest. After
        // io:setopts([{encoding, unicode}]) standard_io writes UTF-8.
        let bytes: [UInt8]
        if isStandardIO && StandardInput.shared.options.unicode {
            bytes = Array(text.utf8)
        } else {
            bytes = Self.deviceText(text).unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }
        }
        switch self {
        case .standardIO: process.vm.writeStdout(bytes: bytes)
        case .standardError: process.vm.writeStderr(bytes: bytes)
        case .file: break
        }
        return .ok
    }

    /// What OTP 25's latin1 standard_io writes for `text`: characters above 255 as
    /// `\x{H}`. (OTP writes 128...255 as single latin1 bytes; the VM's output is UTF-8
    /// text, so those come out UTF-8 encoded here.)
    static func deviceText(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value > 255 }) else { return text }
        var out = ""
        for u in text.unicodeScalars {
            if u.value > 255 { out += "\\x{" + String(u.value, radix: 16, uppercase: true) + "}" } else { out.unicodeScalars.append(u) }
        }
        return out
    }
}
