/// A term measured for pretty printing (io_lib_pretty's intermediate form): every node
/// knows the width it takes when written on one line, so the layout can decide where to
/// break without re-measuring.
final class PrettyNode {
    enum Kind {
        /// Text that is never broken: numbers, atoms, strings, binaries, `...`.
        case leaf(String)
        /// `[A,B|Tail]`: `end` says what follows the last item.
        case list([PrettyNode], end: SequenceEnd)
        /// `{A,B,...}`; `tagged` when the first element is an atom and there are at least
        /// two elements, which earns the `{tag,First,\n     Second}` layout.
        case tuple([PrettyNode], end: SequenceEnd, tagged: Bool)
        /// `#{K => V,...}`: the items are `.pair` nodes.
        case map([PrettyNode], end: SequenceEnd)
        case pair(key: PrettyNode, value: PrettyNode)
        /// A binary written as its bytes (`<<1,2,3>>`): not a leaf, because a long one
        /// is broken into lines of bytes.
        case bytes([String])
    }

    /// What closes a list, tuple or map after its items.
    enum SequenceEnd {
        case none
        /// The depth limit cut the sequence: `|...` in lists, `,...` elsewhere.
        case dots
        /// The tail of an improper list: `|Tail`.
        case tail(PrettyNode)
    }

    let kind: Kind
    /// Characters (code points) taken when written flat.
    let length: Int

    init(_ kind: Kind, length: Int) {
        self.kind = kind
        self.length = length
    }

    static func leaf(_ text: String) -> PrettyNode {
        PrettyNode(.leaf(text), length: text.unicodeScalars.count)
    }

    /// io_lib_pretty's "atomic" test: a leaf, which is never broken and may share a line.
    var isLeaf: Bool {
        if case .leaf = kind { return true }
        return false
    }

    /// Both halves of a map entry are leaves.
    var isLeafPair: Bool {
        if case .pair(let k, let v) = kind { return k.isLeaf && v.isLeaf }
        return false
    }

    /// The node written on one line.
    func write(into out: inout String) {
        switch kind {
        case .leaf(let s):
            out += s
        case .list(let items, let end):
            out += "["
            writeItems(items, into: &out)
            switch end {
            case .none: break
            case .dots: out += items.isEmpty ? "..." : "|..."
            case .tail(let t): out += "|"; t.write(into: &out)
            }
            out += "]"
        case .tuple(let items, let end, _):
            out += "{"
            writeItems(items, into: &out)
            if case .dots = end { out += ",..." }
            out += "}"
        case .map(let items, let end):
            out += "#{"
            writeItems(items, into: &out)
            if case .dots = end { out += items.isEmpty ? "..." : ",..." }
            out += "}"
        case .pair(let k, let v):
            k.write(into: &out)
            out += " => "
            v.write(into: &out)
        case .bytes(let segments):
            out += "<<" + segments.joined(separator: ",") + ">>"
        }
    }

    private func writeItems(_ items: [PrettyNode], into out: inout String) {
        for (i, item) in items.enumerated() {
            if i > 0 { out += "," }
            item.write(into: &out)
        }
    }
}
