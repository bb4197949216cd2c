import ErlangRuntime

/// Building the measured tree from a term, applying the `~P` depth limit the way
/// io_lib_pretty does: each list, tuple or map element costs one level of depth, and each
/// successive element one more, so `[1,2,3,4,5]` at depth 3 is `[1,2|...]`.
struct PrettyMeasure {
    let encoding: TextEncoding
    /// False for `~lp`: lists and binaries are never shown as strings.
    let strings: Bool

    /// Nesting beyond which a subterm is kept on one line, so that the recursion over
    /// the tree stays within `DeepTermStack`'s largest stack.
    static let maxNesting = 200_000

    /// The node for `term` at `depth` (negative: unlimited).
    func node(_ term: Term, depth: Int, level: Int = 0) -> PrettyNode {
        if depth == 0 { return .leaf("...") }
        if level > Self.maxNesting { return .leaf(TermWriter.write(term, depth: depth, encoding: encoding)) }
        switch term {
        case .cons:
            return listNode(term, depth: depth, level: level)
        case .tuple(let tuple):
            if tuple.count == 0 { return .leaf("{}") }
            if depth == 1 { return .leaf("{...}") }
            return tupleNode(tuple, depth: depth, level: level)
        case .map(let map):
            if map.count == 0 { return .leaf("#{}") }
            if depth == 1 { return .leaf("#{...}") }
            return mapNode(map, depth: depth, level: level)
        case .binary(let bits):
            return PrettyBinary.node(bits, depth: depth, encoding: encoding, strings: strings)
        default:
            return .leaf(TermWriter.atomicText(term, encoding))
        }
    }

    private func listNode(_ list: Term, depth: Int, level: Int) -> PrettyNode {
        if strings, depth != 1, let chars = Printable.stringCharacters(list) {
            return .leaf(ErlangQuoting.string(chars, encoding))
        }
        var items: [PrettyNode] = []
        var end = PrettyNode.SequenceEnd.none
        var t = list
        var d = depth
        loop: while true {
            switch t {
            case .nil:
                break loop
            case .cons(let cell):
                if d == 1 { end = .dots; break loop }
                items.append(node(cell.head, depth: d - 1, level: level + 1))
                t = cell.tail
                d -= 1
            default:
                end = d == 1 ? .dots : .tail(node(t, depth: d - 1, level: level + 1))
                break loop
            }
        }
        return PrettyNode(.list(items, end: end), length: sequenceLength(items, end, open: 1, close: 1))
    }

    private func tupleNode(_ tuple: Tuple, depth: Int, level: Int) -> PrettyNode {
        var items: [PrettyNode] = []
        var end = PrettyNode.SequenceEnd.none
        var d = depth
        for element in tuple.elements {
            if d == 1 { end = .dots; break }
            items.append(node(element, depth: d - 1, level: level + 1))
            d -= 1
        }
        var tagged = false
        if tuple.count > 1, case .atom = tuple.elements[0] { tagged = true }
        return PrettyNode(.tuple(items, end: end, tagged: tagged),
                          length: sequenceLength(items, end, open: 1, close: 1))
    }

    private func mapNode(_ map: ErlMap, depth: Int, level: Int) -> PrettyNode {
        var items: [PrettyNode] = []
        var end = PrettyNode.SequenceEnd.none
        var d = depth
        // Every key and value gets the map's depth minus one; the entries themselves
        // count down from the map's depth.
        for entry in map.entriesInKeyOrder {
            if d == 1 { end = .dots; break }
            let k = node(entry.key, depth: depth - 1, level: level + 1)
            let v = node(entry.value, depth: depth - 1, level: level + 1)
            items.append(PrettyNode(.pair(key: k, value: v), length: k.length + 4 + v.length))
            d -= 1
        }
        return PrettyNode(.map(items, end: end), length: sequenceLength(items, end, open: 2, close: 1))
    }

    /// Width of brackets, items, separating commas and the end marker.
    private func sequenceLength(_ items: [PrettyNode], _ end: PrettyNode.SequenceEnd,
                                open: Int, close: Int) -> Int {
        var n = open + close
        for item in items { n += item.length }
        n += max(0, items.count - 1)
        switch end {
        case .none: break
        case .dots: n += items.isEmpty ? 3 : 4
        case .tail(let t): n += 1 + t.length
        }
        return n
    }
}
