// TEMPORARY until the format branch lands.
import ErlangRuntime

enum TermWriter {
    static func write(_ t: Term) -> String {
        switch t {
        case .int(let i): return String(i)
        case .big(let b): return String(b.value)
        case .float(let f): return String(f)
        case .atom(let a): return a.name
        case .nil: return "[]"
        case .cons:
            var parts: [String] = []
            var x = t
            while case .cons(let c) = x { parts.append(write(c.head)); x = c.tail }
            if case .nil = x { return "[" + parts.joined(separator: ",") + "]" }
            return "[" + parts.joined(separator: ",") + "|" + write(x) + "]"
        case .tuple(let tp): return "{" + tp.elements.map(write).joined(separator: ",") + "}"
        case .binary(let b): return "<<" + b.bytes.map { String($0) }.joined(separator: ",") + ">>"
        case .map(let m): return "#{" + m.sortedPairs.map { write($0.key) + " => " + write($0.value) }.joined(separator: ",") + "}"
        case .fun(let f): return "#Fun<\(f.module.name).\(f.index).\(f.uniq)>"
        case .pid(let p): return "<0.\(p.id).0>"
        case .ref(let r): return "#Ref<0.0.0.\(r.id)>"
        }
    }
}
enum TermPrinter {
    static func print(_ t: Term, column: Int = 1) -> String { TermWriter.write(t) }
}
enum TempIO {
    static let table = BIFTable(module: "io", [
        "format/2": { a, p throws(ErlangError) in
            guard let f = a[0].listElements, var args = a[1].listElements else { throw .badarg }
            var out = ""
            var i = 0
            let chars = f.compactMap { $0.asInt }
            while i < chars.count {
                let c = chars[i]
                if c == 126, i + 1 < chars.count {
                    i += 1
                    switch chars[i] {
                    case 110: out += "\n"
                    case 112, 119: out += TermWriter.write(args.removeFirst())
                    case 115:
                        let s = args.removeFirst()
                        out += String(String.UnicodeScalarView((s.listElements ?? []).compactMap { $0.asInt.flatMap { Unicode.Scalar(UInt32($0)) } }))
                    default: break
                    }
                } else if let u = Unicode.Scalar(UInt32(c)) { out.unicodeScalars.append(u) }
                i += 1
            }
            p.vm.writeStdout(out)
            return .ok
        },
    ])
}
