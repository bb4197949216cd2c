import ErlangSyntax

extension FunctionCompiler {
    /// The segment descriptor for `el`'s type specifier list (size handled separately).
    func bitSegment(_ el: BinElement, constSize: Int?) -> BitSegment {
        var seg = BitSegment(kind: .integer, constSize: constSize, unit: 1, signed: false, little: false, native: false)
        var unit: Int?
        for s in el.specifiers {
            switch s {
            case "integer": seg.kind = .integer
            case "float": seg.kind = .float
            case "binary", "bytes": seg.kind = .binary
            case "bitstring", "bits": seg.kind = .bitstring
            case "utf8": seg.kind = .utf8
            case "utf16": seg.kind = .utf16
            case "utf32": seg.kind = .utf32
            case "signed": seg.signed = true
            case "unsigned": seg.signed = false
            case "little": seg.little = true
            case "big": seg.little = false
            case "native": seg.little = true; seg.native = true
            default:
                if s.hasPrefix("unit:"), let u = Int(s.dropFirst(5)) { unit = u }
            }
        }
        switch seg.kind {
        case .binary: seg.unit = unit ?? 8
        default: seg.unit = unit ?? 1
        }
        return seg
    }

    /// Literal strings in a binary (`<<"abc">>`, `<<"x"/utf8>>`) become one segment per character.
    private func expandStrings(_ elems: [BinElement]) -> [BinElement] {
        var out: [BinElement] = []
        for el in elems {
            if case .string(let cs) = el.value.kind {
                for c in cs { out.append(BinElement(value: Expr(.integer(c), el.value.loc), size: el.size, specifiers: el.specifiers, loc: el.loc)) }
            } else {
                out.append(el)
            }
        }
        return out
    }

    func compileBinaryConstruction(_ elems: [BinElement], dst: Int) {
        let segs = expandStrings(elems)
        // Descriptors first, contiguously: compiling a value may append nested
        // binaries' own segments.
        var descriptors: [BitSegment] = []
        for el in segs {
            var constSize: Int? = nil
            if let s = el.size, let c = constValue(s), case .int(let n) = c { constSize = n }
            var seg = bitSegment(el, constSize: constSize)
            if el.size != nil && constSize == nil { seg.constSize = -1 }  // -1: size in register
            descriptors.append(seg)
        }
        let first = code.bitSegments.count
        code.bitSegments.append(contentsOf: descriptors)
        let base = allocTemps(segs.count * 2)
        for (i, el) in segs.enumerated() {
            compileExpr(el.value, dst: base + 2 * i, tail: false)
            if let s = el.size, descriptors[i].constSize == -1 {
                compileExpr(s, dst: base + 2 * i + 1, tail: false)
            }
        }
        emit(.makeBinary(dst: dst, first: first, count: segs.count, base: base))
    }

    func compileBinaryPattern(_ elems: [BinElement], src: Int, fail: Int) {
        let segs = expandStrings(elems)
        let offset = allocTemp()
        emit(.bsStart(src: src, offset: offset, fail: fail))
        var consumedRest = false
        for el in segs {
            var constSize: Int? = nil
            var sizeReg = -1
            if let s = el.size {
                if let c = constValue(s), case .int(let n) = c { constSize = n } else { sizeReg = operand(s) }
            }
            var seg = bitSegment(el, constSize: constSize)
            if sizeReg >= 0 { seg.constSize = -1 }
            if el.size == nil && (seg.kind == .binary || seg.kind == .bitstring) { consumedRest = true }
            let idx = code.bitSegments.count
            code.bitSegments.append(seg)
            let v: Int
            if case .variable(let n) = el.value.kind, !bound.contains(n), let r = vars[n] { v = r }
            else { v = allocTemp() }
            emit(.bsGet(segment: idx, bin: src, offset: offset, dst: v, size: sizeReg, fail: fail))
            compilePattern(el.value, src: v, fail: fail)
        }
        if !consumedRest { emit(.bsTestEnd(bin: src, offset: offset, fail: fail)) }
    }
}
