import Foundation
import ErlangRuntime

/// Standard input and the io device options, as BIFs. The reading functions of io
/// (get_line, get_chars, read, fread) are Erlang code in stdlib/io.erl: they call
/// `swerl_stdin:submit/2` and wait in `receive` for the answer (see StandardInput).
extension Builtins {
    static let inputTables: [BIFTable] = [stdinTable, ioOptionsTable]

    static let stdinTable = BIFTable(module: "swerl_stdin", [
        /// submit(Prompt, Request) -> Ref: writes the prompt, queues the read; the process
        /// then receives {swerl_stdin, Ref, Result}. Request: line | raw_line (keeps "\r\n")
        /// | {chars, N} | term |
        /// {unread, Chars} (puts Chars back in front of the input; the result is ok).
        "submit/2": { a, p throws(ErlangError) in
            let request: StandardInput.Request
            switch a[1] {
            case .atom(let x) where x.name == "line": request = .line
            case .atom(let x) where x.name == "raw_line": request = .rawLine
            case .atom(let x) where x.name == "term": request = .term
            case .tuple(let t) where t.count == 2 && t[0] == .atom("chars"):
                guard case .int(let n) = t[1], n >= 0 else { throw .badarg }
                request = .chars(n)
            case .tuple(let t) where t.count == 2 && t[0] == .atom("unread"):
                guard let chars = t[1].listElements else { throw .badarg }
                request = .unread(try chars.map { c throws(ErlangError) in
                    guard case .int(let v) = c, v >= 0, v <= 0x10FFFF else { throw .badarg }
                    return UInt32(v)
                })
            default: throw .badarg
            }
            try IODevice.standardIO.write(IOText.string(InputPrompt.text(a[0])), p)
            let ref = Term.ref(p.vm.makeRef())
            StandardInput.shared.submit(request, vm: p.vm, pid: p.pid, ref: ref)
            return ref
        },
    ])

    static let ioOptionsTable = BIFTable(module: "io", [
        "getopts/0": { _, _ in IOOptions.get(standardIO: true) },
        "getopts/1": { a, _ throws(ErlangError) in
            IOOptions.get(standardIO: try IODevice(a[0]).isStandardIO)
        },
        "setopts/1": { a, _ in IOOptions.set(a[0], standardIO: true) },
        "setopts/2": { a, _ throws(ErlangError) in
            IOOptions.set(a[1], standardIO: try IODevice(a[0]).isStandardIO)
        },
        // The terminal size: swerl never reports one (stdout is not a terminal in escript
        // runs of the tests; OTP says enotsup then).
        "columns/0": { _, _ in IOOptions.enotsup },
        "columns/1": { a, _ throws(ErlangError) in _ = try IODevice(a[0]); return IOOptions.enotsup },
        "rows/0": { _, _ in IOOptions.enotsup },
        "rows/1": { a, _ throws(ErlangError) in _ = try IODevice(a[0]); return IOOptions.enotsup },
        // escript's default (erl +pc latin1).
        "printable_range/0": { _, _ in .atom("latin1") },
    ])
}

/// io:getopts/setopts for standard_io (binary/list and encoding); standard_error has only
/// its fixed latin1 encoding.
enum IOOptions {
    static let enotsup = Term.tuple(.atom("error"), .atom("enotsup"))

    static func get(standardIO: Bool) -> Term {
        let (binary, unicode) = StandardInput.shared.options
        let encoding = Term.tuple(.atom("encoding"), .atom(unicode ? "unicode" : "latin1"))
        guard standardIO else { return Term.list([Term.tuple(.atom("encoding"), .atom("latin1"))]) }
        return Term.list([.tuple(.atom("binary"), .bool(binary)), encoding])
    }

    /// ok, {error, enotsup} for an option standard_io does not have (nothing is changed
    /// then), or {error, {request, {setopts, Opts}}} when Opts is not a proper list.
    static func set(_ options: Term, standardIO: Bool) -> Term {
        guard let list = options.listElements else {
            return .tuple(.atom("error"), .tuple(.atom("request"), .tuple(.atom("setopts"), options)))
        }
        guard standardIO else { return list.isEmpty ? .ok : enotsup }
        var binary: Bool?, unicode: Bool?
        for option in list {
            switch option {
            case .atom(let a) where a.name == "binary": binary = true
            case .atom(let a) where a.name == "list": binary = false
            case .tuple(let t) where t.count == 2 && t[0] == .atom("binary"):
                // OTP accepts any value here; only `true` means binary.
                binary = t[1] == .true
            case .tuple(let t) where t.count == 2 && t[0] == .atom("encoding"):
                guard case .atom(let e) = t[1], ["latin1", "unicode", "utf8"].contains(e.name) else { return enotsup }
                unicode = e.name != "latin1"
            default:
                return enotsup
            }
        }
        StandardInput.shared.setOptions(binary: binary, unicode: unicode)
        return .ok
    }
}

/// The text an io prompt is written as: an atom's name, latin1 character data as is, other
/// lists and binaries as "???" (what OTP 25's latin1 standard_io writes for them), any other
/// term as io_lib:write/1 writes it.
enum InputPrompt {
    static func text(_ prompt: Term) -> [UInt32] {
        switch prompt {
        case .atom(let a): return a.name.unicodeScalars.map(\.value)
        case .cons, .nil, .binary: return IOText.latin1Text(prompt) ?? Array("???".unicodeScalars.map(\.value))
        default: return TermWriter.write(prompt).unicodeScalars.map(\.value)
        }
    }
}
