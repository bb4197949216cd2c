/// io_lib_pretty's line breaking, over a measured `PrettyNode` tree.
///
/// A node that fits in what is left of the line is written flat. Otherwise its items go
/// one per line, aligned one column inside the opening bracket; leaves (numbers, atoms,
/// strings) keep filling a line while they fit, but an item that is itself a list, tuple
/// or map always ends its line. Tagged tuples align their elements after the tag
/// (`{tag,A,\n     B}`) or, when `tagIndent` > 0 and the tag is long, indent by
/// `tagIndent` instead.
///
/// The same traversal runs in two modes. In checking mode it writes nothing and gives up
/// (`rejected`) as soon as a tagged tuple's elements would start past the middle of the
/// line; `TermPrinter` uses it to pick the tag indentation (io_lib_pretty's `cind`).
///
/// Parameter names follow io_lib_pretty: `col` is the 1-based column where the node
/// starts, `ind` the indentation of continuation lines, `ld` ("last depth") the number of
/// closing brackets that must still fit after the node, and `w` the characters already
/// on the current line counted against `maxChars`.
struct PrettyLayout {
    let lineLength: Int
    let maxChars: Int
    let tagIndent: Int
    let checking: Bool
    private(set) var rejected = false
    private(set) var out = ""

    init(lineLength: Int, maxChars: Int, tagIndent: Int, checking: Bool) {
        self.lineLength = lineLength
        self.maxChars = maxChars
        self.tagIndent = tagIndent
        self.checking = checking
    }

    private func fits(_ n: PrettyNode, col: Int, ld: Int, w: Int) -> Bool {
        n.length < lineLength - col - ld && n.length + w + ld <= maxChars
    }

    private mutating func emit(_ s: String) {
        if !checking { out += s }
    }

    private mutating func emit(_ n: PrettyNode) {
        if !checking { n.write(into: &out) }
    }

    private mutating func newline(indent: Int) {
        if !checking { out += "\n"; out += String(repeating: " ", count: max(0, indent)) }
    }

    /// Closing brackets that follow item `i` if it is the last one.
    private func lastDepth(_ items: [PrettyNode], after i: Int, _ ld: Int) -> Int {
        i + 1 < items.count ? 0 : ld + 1
    }

    mutating func layout(_ n: PrettyNode, col: Int, ind: Int, ld: Int, w: Int) {
        if rejected { return }
        if fits(n, col: col, ld: ld, w: w) { emit(n); return }
        switch n.kind {
        case .list(let items, let end):
            emit("[")
            layoutItems(items, end, col: col + 1, ind: ind + 1, ld: ld, separator: "|", w: w + 1)
            emit("]")
        case .tuple(let items, let end, let tagged):
            emit("{")
            if tagged {
                layoutTagged(items, end, col: col, ind: ind, ld: ld, w: w + 1)
            } else {
                layoutItems(items, end, col: col + 1, ind: ind + 1, ld: ld, separator: ",", w: w + 1)
            }
            emit("}")
        case .map(let pairs, let end):
            emit("#{")
            layoutPairs(pairs, end, col: col + 2, ind: ind + 2, ld: ld, w: w + 1)
            emit("}")
        case .bytes(let segments):
            layoutBytes(segments, col: col, ind: ind, ld: ld)
        case .leaf, .pair:
            emit(n)
        }
    }

    /// A binary's bytes, greedily filling lines of at most `budget` characters (the
    /// trailing comma included) and never fewer than 8, continuation lines aligned after
    /// the `<<`.
    private mutating func layoutBytes(_ segments: [String], col: Int, ind: Int, ld: Int) {
        if checking { return }
        let budget = max(8, lineLength - col - 2 - ld)
        out += "<<"
        var lineWidth = 0
        for (i, segment) in segments.enumerated() {
            let piece = i + 1 < segments.count ? segment + "," : segment
            if lineWidth > 0 && lineWidth + piece.utf8.count > budget {
                newline(indent: ind + 2)
                lineWidth = 0
            }
            out += piece
            lineWidth += piece.utf8.count
        }
        out += ">>"
    }

    /// One item at the start of a line; returns the width it took, or the whole line
    /// length when the next item must go on a new line.
    private mutating func layoutElement(_ e: PrettyNode, col: Int, ind: Int, ld: Int, w: Int) -> Int {
        if e.isLeaf && fits(e, col: col, ld: ld, w: w) { emit(e); return e.length }
        layout(e, col: col, ind: ind, ld: ld, w: w)
        return lineLength
    }

    /// Whether `,Item` (`itemWidth` including the comma) fits on the current line with
    /// room for what must follow it: a comma, or the closing brackets.
    private func fitsAfter(_ itemWidth: Int, col: Int, ld: Int, w: Int) -> Bool {
        let follow = ld == 0 ? 1 : ld
        return itemWidth + follow < lineLength - col && w + itemWidth + follow <= maxChars
    }

    private mutating func layoutItems(_ items: [PrettyNode], _ end: PrettyNode.SequenceEnd,
                                      col: Int, ind: Int, ld: Int, separator: String, w: Int) {
        guard let first = items.first else {
            if case .dots = end { emit("...") }
            return
        }
        let width = layoutElement(first, col: col, ind: ind, ld: lastDepth(items, after: 0, ld), w: w)
        layoutTail(items, from: 1, end, lineStart: col, col: col + width, ind: ind, ld: ld,
                   separator: separator, w: w + width)
    }

    /// Items from index `from` on, each after a comma: on the same line while leaves fit,
    /// else on a new line at `lineStart`.
    private mutating func layoutTail(_ items: [PrettyNode], from start: Int, _ end: PrettyNode.SequenceEnd,
                                     lineStart: Int, col: Int, ind: Int, ld: Int,
                                     separator: String, w: Int) {
        var col = col, w = w
        for i in start..<max(start, items.count) {
            if rejected { return }
            let e = items[i]
            let ld1 = lastDepth(items, after: i, ld)
            let width = 1 + e.length
            if e.isLeaf && fitsAfter(width, col: col, ld: ld1, w: w) {
                emit(","); emit(e)
                col += width; w += width
            } else {
                emit(","); newline(indent: ind)
                let taken = layoutElement(e, col: lineStart, ind: ind, ld: ld1, w: 0)
                col = lineStart + taken; w = taken
            }
        }
        switch end {
        case .none:
            break
        case .dots:
            emit(separator + "...")
        case .tail(let t):
            if t.isLeaf && t.length + 1 < lineLength - col - (ld + 1)
                && t.length + 1 + w + (ld + 1) <= maxChars {
                emit(separator); emit(t)
            } else {
                emit(separator); newline(indent: ind)
                layout(t, col: lineStart, ind: ind, ld: ld + 1, w: 0)
            }
        }
    }

    /// `{tag,...}`: the items after the tag align after `{tag,`, unless the tag is
    /// longer than `tagIndent`, in which case they are indented by `tagIndent`.
    private mutating func layoutTagged(_ items: [PrettyNode], _ end: PrettyNode.SequenceEnd,
                                       col: Int, ind: Int, ld: Int, w: Int) {
        guard let tag = items.first else { return }
        let tagWidth = tag.length + 2
        let tagCol = col + tagWidth
        if tagIndent > 0 && tagWidth > tagIndent {
            let lineStart = col + tagIndent
            if checking && !(maxChars + lineStart <= lineLength || lineStart <= lineLength / 2) {
                rejected = true; return
            }
            emit(tag)
            layoutTail(items, from: 1, end, lineStart: lineStart, col: tagCol, ind: ind + tagIndent,
                       ld: ld, separator: ",", w: w + tag.length)
        } else {
            if checking && !(maxChars + tagCol < lineLength || tagCol < lineLength / 2) {
                rejected = true; return
            }
            emit(tag); emit(",")
            layoutItems(Array(items.dropFirst()), end, col: tagCol, ind: ind + tagWidth, ld: ld,
                        separator: ",", w: w + tag.length + 1)
        }
    }

    /// How far a map value that does not fit after its key is indented.
    private var mapValueIndent: Int { tagIndent > 0 ? tagIndent : 4 }

    private mutating func layoutPairs(_ pairs: [PrettyNode], _ end: PrettyNode.SequenceEnd,
                                      col: Int, ind: Int, ld: Int, w: Int) {
        guard let first = pairs.first else {
            if case .dots = end { emit("...") }
            return
        }
        let width = layoutPair(first, col: col, ind: ind, ld: lastDepth(pairs, after: 0, ld), w: w)
        var column = col + width, used = w + width
        for i in 1..<max(1, pairs.count) {
            if rejected { return }
            let p = pairs[i]
            let ld1 = lastDepth(pairs, after: i, ld)
            let itemWidth = 1 + p.length
            if p.isLeafPair && fitsAfter(itemWidth, col: column, ld: ld1, w: used) {
                emit(","); emit(p)
                column += itemWidth; used += itemWidth
            } else {
                emit(","); newline(indent: ind)
                let taken = layoutPair(p, col: col, ind: ind, ld: ld1, w: 0)
                column = col + taken; used = taken
            }
        }
        if case .dots = end { emit(",...") }
    }

    /// `Key => Value`, breaking after `=>` when it does not fit.
    private mutating func layoutPair(_ p: PrettyNode, col: Int, ind: Int, ld: Int, w: Int) -> Int {
        if fits(p, col: col, ld: ld, w: w) {
            emit(p)
            return p.isLeafPair ? p.length : lineLength
        }
        guard case .pair(let key, let value) = p.kind else { return lineLength }
        let indent = mapValueIndent
        layout(key, col: col, ind: ind, ld: ld, w: w)
        emit(" =>"); newline(indent: ind + indent)
        layout(value, col: col + indent, ind: ind + indent, ld: ld, w: 0)
        return lineLength
    }
}
