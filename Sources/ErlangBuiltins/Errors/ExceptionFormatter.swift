import Foundation
import ErlangRuntime
import ErlangSyntax

/// Turns exceptions into OTP's text: escript's `escript: exception error: ...` message
/// and the logger's `=ERROR REPORT====` for crashed processes.
public enum ExceptionFormatter {
    /// escript's message for an exception escaping main/1.
    public static func escriptMessage(_ u: UncaughtException) -> String {
        let prefix = "escript: exception \(u.kind.name): "
        var text = prefix + describe(kind: u.kind, reason: u.reason, stacktrace: u.stacktrace, column: prefix.count + 1) + "\n"
        text += stackLines(u.stacktrace, skipFirst: isFunctionClause(u), reason: u.reason)
        return text
    }

    /// Operators that OTP reports as `in operator  +/2`.
    private static let operators: Set<String> = [
        "+", "-", "*", "/", "div", "rem", "band", "bor", "bxor", "bsl", "bsr", "bnot",
        "not", "and", "or", "xor", "++", "--", "==", "/=", "=<", "<", ">=", ">", "=:=", "=/=",
    ]

    /// The lines for a top frame that carries the call's arguments (a failed BIF or operator,
    /// or erlang:error/2's arguments): `in function  F/A`, `called as F(Args)` and, for BIFs,
    /// which arguments were wrong.
    private static func calledAsLines(_ f: Tuple, _ args: [Term], reason: Term) -> String {
        let module = TermWriter.write(f.elements[0]), function = TermWriter.write(f.elements[1])
        guard case .atom(let m) = f.elements[0], case .atom(let fn) = f.elements[1] else { return "" }
        let arg = { (t: Term) in TermPrinter.print(t) }
        if m == .erlang && operators.contains(fn.name) && (1...2).contains(args.count) {
            let call = args.count == 1 ? "\(fn.name) \(arg(args[0]))"
                                       : "\(arg(args[0])) \(fn.name) \(arg(args[1]))"
            return "  in operator  \(fn.name)/\(args.count)\n     called as \(call)\n"
        }
        let name = m == .erlang && isAutoImportedBIF(fn.name, arity: args.count) ? function : "\(module):\(function)"
        var out = "  in function  \(name)/\(args.count)\n"
        out += "     called as \(name)(" + args.map(arg).joined(separator: ",") + ")\n"
        if hasErrorInfo(f.elements[3]) {
            for line in BIFErrorExplanations.lines(module: m.name, function: fn.name, args: args, reason: reason) {
                out += "     \(line)\n"
            }
        }
        return out
    }

    private static func hasErrorInfo(_ info: Term) -> Bool {
        guard let items = info.listElements else { return false }
        return items.contains {
            if case .tuple(let t) = $0, t.count == 2, case .atom(let k) = t.elements[0] { return k.name == "error_info" }
            return false
        }
    }

    /// The logger's report for a process that crashed with `reason`.
    public static func errorReport(pid: Pid, reason: Term) -> String {
        let stamp = timestamp()
        return "=ERROR REPORT==== \(stamp) ===\nError in process <0.\(pid.id).0> with exit value:\n"
            + TermPrinter.print(reason) + "\n\n"
    }

    /// function_clause and undef name the called function in the message's first line, so
    /// the stack trace's first frame (that function) is not listed again.
    private static func isFunctionClause(_ u: UncaughtException) -> Bool {
        u.kind == .error && (u.reason == .atom(.functionClause) || u.reason == .atom(.undef))
    }

    /// The one-line (or pretty-printed) description of a reason, as erl_error gives it.
    public static func describe(kind: Atom, reason: Term, stacktrace: Term, column: Int) -> String {
        func p(_ t: Term) -> String { TermPrinter.print(t, column: column) }
        guard kind == .error else { return p(reason) }
        switch reason {
        case .atom(let a):
            switch a.name {
            case "badarg": return "bad argument"
            case "badarith": return "an error occurred when evaluating an arithmetic expression"
            case "if_clause": return "no true branch found when evaluating an if expression"
            case "system_limit": return "a system limit has been reached"
            case "noproc": return "no such process or port"
            case "timeout_value": return "bad receive timeout value"
            case "notalive": return "the node cannot be part of a distributed system"
            case "function_clause":
                if case .cons(let top) = stacktrace, case .tuple(let f) = top.head, f.count == 4,
                   let args = f.elements[2].listElements {
                    let call = "\(TermWriter.write(f.elements[0])):\(TermWriter.write(f.elements[1]))("
                        + args.map { TermWriter.write($0) }.joined(separator: ",") + ")"
                    return "no function clause matching \(call)" + location(f.elements[3])
                }
                return "function_clause"
            case "undef":
                if case .cons(let top) = stacktrace, case .tuple(let f) = top.head, f.count == 4 {
                    let arity = f.elements[2].listElements?.count ?? f.elements[2].asInt ?? 0
                    return "undefined function \(TermWriter.write(f.elements[0])):\(TermWriter.write(f.elements[1]))/\(arity)"
                }
                return "undefined function"
            default: return p(reason)
            }
        case .tuple(let t) where t.count == 2:
            guard case .atom(let tag) = t.elements[0] else { return p(reason) }
            let v = t.elements[1]
            switch tag.name {
            case "badmatch": return "no match of right hand side value " + p(v)
            case "case_clause": return "no case clause matching " + p(v)
            case "try_clause": return "no try clause matching " + p(v)
            case "badfun": return "bad function " + p(v)
            case "badkey": return "bad key: " + p(v)
            case "badmap": return "bad map: " + p(v)
            case "badarg": return "bad argument: " + p(v)
            case "bad_generator": return "bad generator " + p(v)
            case "bad_filter": return "bad filter " + p(v)
            case "badarity":
                if case .tuple(let fa) = v, fa.count == 2, case .fun(let f) = fa.elements[0],
                   let args = fa.elements[1].listElements {
                    return "interpreted function with arity \(f.arity) called with \(words(args.count)) argument\(args.count == 1 ? "" : "s")"
                }
                return p(reason)
            default: return p(reason)
            }
        default:
            return p(reason)
        }
    }

    private static func words(_ n: Int) -> String {
        let names = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
        return n < names.count ? names[n] : String(n)
    }

    private static func location(_ info: Term) -> String {
        guard let items = info.listElements else { return "" }
        var file: String?, line: Int?
        for i in items {
            if case .tuple(let t) = i, t.count == 2, case .atom(let k) = t.elements[0] {
                if k.name == "file", let cs = t.elements[1].listElements {
                    file = String(String.UnicodeScalarView(cs.compactMap { $0.asInt.flatMap { Unicode.Scalar(UInt32($0)) } }))
                }
                if k.name == "line" { line = t.elements[1].asInt }
            }
        }
        guard let f = file, let l = line else { return "" }
        return " (\(f), line \(l))"
    }

    private static func stackLines(_ trace: Term, skipFirst: Bool, reason: Term) -> String {
        guard var frames = trace.listElements else { return "" }
        if skipFirst && !frames.isEmpty { frames.removeFirst() }
        var out = ""
        for (i, fr) in frames.enumerated() {
            guard case .tuple(let f) = fr, f.count == 4 else { continue }
            if i == 0, let args = f.elements[2].listElements {
                out += calledAsLines(f, args, reason: reason)
                continue
            }
            let arity = f.elements[2].listElements?.count ?? f.elements[2].asInt ?? 0
            let head = i == 0 ? "  in function  " : "  in call from "
            out += head + "\(TermWriter.write(f.elements[0])):\(TermWriter.write(f.elements[1]))/\(arity)" + location(f.elements[3]) + "\n"
        }
        return out
    }

    private static func timestamp() -> String {
        var t = time(nil)
        var tmv = tm()
        localtime_r(&t, &tmv)
        var tv = timeval()
        gettimeofday(&tv, nil)
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let time = String(format: "%04d::%02d:%02d:%02d.%06d", Int(tmv.tm_year) + 1900, Int(tmv.tm_hour),
                          Int(tmv.tm_min), Int(tmv.tm_sec), Int(tv.tv_usec))
        return "\(tmv.tm_mday)-\(months[Int(tmv.tm_mon)])-" + time
    }
}
