extension ConstantTerm {
    /// The term as `io_lib:format("~tp", [Term])` prints it on one line: lists of
    /// printable characters as strings, maps in key order. (~p also breaks terms
    /// longer than a line; that is not reproduced.)
    var printed: String {
        var out = ""
        write(into: &out)
        return out
    }

    private func write(into out: inout String) {
        switch self {
        case .integer(let i): out += String(i)
        case .bigInteger(let digits): out += digits
        case .float(let f): out += ErlangFloatText.shortest(f)
        case .atom(let name): out += QuotedText.atom(name)
        case .tuple(let elements):
            out += "{"
            writeSequence(elements, into: &out)
            out += "}"
        case .map(let pairs):
            out += "#{"
            for (i, pair) in ConstantTerm.sortedPairs(pairs).enumerated() {
                if i > 0 { out += "," }
                pair.key.write(into: &out)
                out += " => "
                pair.value.write(into: &out)
            }
            out += "}"
        case .binary(let bytes): writeBinary(bytes, into: &out)
        case .list(let elements, let tail): writeList(elements, tail, into: &out)
        }
    }

    private func writeSequence(_ elements: [ConstantTerm], into out: inout String) {
        for (i, e) in elements.enumerated() {
            if i > 0 { out += "," }
            e.write(into: &out)
        }
    }

    private func writeList(_ elements: [ConstantTerm], _ tail: ConstantTerm?, into out: inout String) {
        if tail == nil, !elements.isEmpty, let codePoints = ConstantTerm.printableCodePoints(elements) {
            out += QuotedText.string(codePoints)
            return
        }
        out += "["
        writeSequence(elements, into: &out)
        if let tail {
            out += "|"
            tail.write(into: &out)
        }
        out += "]"
    }

    private func writeBinary(_ bytes: [UInt8], into out: inout String) {
        if !bytes.isEmpty, bytes.allSatisfy({ ConstantTerm.isPrintableLatin1(Int($0)) }) {
            out += "<<" + QuotedText.string(bytes.map(Int.init)) + ">>"
            return
        }
        out += "<<" + bytes.map { String($0) }.joined(separator: ",") + ">>"
    }

    /// The code points of a list that ~p shows as a string (`io_lib:printable_list/1`
    /// with the default latin1 printable range), or nil.
    static func printableCodePoints(_ elements: [ConstantTerm]) -> [Int]? {
        var codePoints: [Int] = []
        codePoints.reserveCapacity(elements.count)
        for e in elements {
            guard case .integer(let c) = e, isPrintableLatin1(c) else { return nil }
            codePoints.append(c)
        }
        return codePoints
    }

    static func isPrintableLatin1(_ c: Int) -> Bool {
        (32...126).contains(c) || (160...255).contains(c) || (8...13).contains(c) || c == 27
    }
}
