// Bit syntax: type specifier lists, segment sizes, and the rules for binary patterns.

/// A segment's type specifiers, after checking them.
struct BitType {
    var type: String?
    var unit: Int?

    /// binary, bytes, bitstring and bits are one type with different default units.
    static func family(_ t: String) -> String {
        ["bytes", "bitstring", "bits"].contains(t) ? "binary" : t
    }
    var isBinary: Bool { type.map { Self.family($0) == "binary" } ?? false }
    var isUTF: Bool { type.map { $0.hasPrefix("utf") } ?? false }
}

private let bitTypes: Set<String> = ["integer", "float", "binary", "bytes", "bitstring", "bits", "utf8", "utf16", "utf32"]
private let bitSigns: Set<String> = ["signed", "unsigned"]
private let bitEndians: Set<String> = ["big", "little", "native"]

extension BodyChecker {
    func binaryConstruction(_ segments: [BinElement], _ vt: VarTable) -> VarTable {
        for s in segments { _ = checkBitTypes(s, inPattern: false) }
        return parallel(segments.flatMap { [$0.value] + ($0.size.map { [$0] } ?? []) }, vt)
    }

    /// A size may use variables bound before the pattern or by earlier segments of the same
    /// binary, nothing else: in `f(N, <<X:N>>)` N is unbound.
    func binaryPattern(_ segments: [BinElement], _ vt: VarTable, _ scope: inout PatternScope) {
        var sizeScope = vt
        for (i, s) in segments.enumerated() {
            let type = checkBitTypes(s, inPattern: true)
            if let size = s.size {
                for name in size.isShallow() ? variables(in: size) : [] where sizeScope[name] == nil { scope.usedBySize.insert(name) }
                guardExpr(size, sizeScope)
            } else if type?.isBinary == true && i < segments.count - 1 {
                report.add(.unsizedBinaryNotAtEnd, at: s.loc)
            }
            segmentPattern(s.value, vt, &scope)
            for (name, id) in scope.fresh where sizeScope[name] == nil {
                sizeScope[name] = VarState(status: .bound, bindings: [id])
            }
        }
    }

    /// A segment's value in a pattern: a variable or a literal.
    private func segmentPattern(_ value: Expr, _ vt: VarTable, _ scope: inout PatternScope) {
        switch value.kind {
        case .variable(let name): patternVariable(name, at: value.loc, vt, &scope)
        case .integer, .bigInteger, .float, .char, .string: return
        default:
            if !(value.isShallow() && isConstantNumber(value)) { report.add(.illegalPattern, at: value.loc) }
        }
    }

    /// Checks `Value:Size/Specifiers`; returns the specifiers when they are valid.
    @discardableResult
    func checkBitTypes(_ s: BinElement, inPattern: Bool) -> BitType? {
        var result = BitType()
        var sign: String?, endian: String?
        for spec in s.specifiers {
            if let conflict = addSpecifier(spec, to: &result, sign: &sign, endian: &endian) {
                report.add(conflict, at: s.loc)
                return nil
            }
        }
        if result.isUTF && (s.size != nil || result.unit != nil) {
            report.add(.utfSizeOrUnit, at: s.loc)
            return nil
        }
        if result.unit != nil && s.size == nil && !result.isBinary {
            report.add(.unitWithoutSize, at: s.loc)
            return nil
        }
        checkLiteralSize(s, result, inPattern: inPattern)
        return result
    }

    /// Adds one specifier; returns the message when it is unknown or contradicts an earlier one.
    private func addSpecifier(_ spec: String, to bits: inout BitType, sign: inout String?,
                              endian: inout String?) -> LintMessage? {
        if spec.hasPrefix("unit:") {
            guard let n = Int(spec.dropFirst(5)), (1...256).contains(n) else {
                return .undefinedBitType("{unit,\(spec.dropFirst(5))}")
            }
            if let old = bits.unit, old != n { return .bitTypeConflict(what: "unit", new: "\(n)", old: "\(old)") }
            bits.unit = n
        } else if bitTypes.contains(spec) {
            if let old = bits.type, BitType.family(old) != BitType.family(spec) {
                return .bitTypeConflict(what: "type", new: spec, old: old)
            }
            bits.type = spec
        } else if bitSigns.contains(spec) {
            if let old = sign, old != spec { return .bitTypeConflict(what: "sign", new: spec, old: old) }
            sign = spec
        } else if bitEndians.contains(spec) {
            if let old = endian, old != spec { return .bitTypeConflict(what: "endianness", new: spec, old: old) }
            endian = spec
        } else {
            return .undefinedBitType(atomText(spec))
        }
        return nil
    }

    /// Literal sizes that cannot work: floats are 16, 32 or 64 bits; a pattern size must be an integer.
    private func checkLiteralSize(_ s: BinElement, _ bits: BitType, inPattern: Bool) {
        guard let size = s.size else { return }
        switch size.kind {
        case .integer(let n):
            if bits.type == "float" && ![16, 32, 64].contains(n * (bits.unit ?? 1)) {
                report.add(.badFloatSize, at: s.loc)
            }
        case .atom, .float, .string, .nil, .tuple, .cons:
            if inPattern { report.add(.nonIntegerSize, at: size.loc) }
        default:
            break
        }
    }

    /// Names of the variables an expression reads (for size expressions, which are small).
    func variables(in e: Expr) -> [String] {
        switch e.kind {
        case .variable(let name): return [name]
        case .binaryOp(_, let l, let r): return variables(in: l) + variables(in: r)
        case .unaryOp(_, let x): return variables(in: x)
        case .call(_, let args): return args.flatMap { variables(in: $0) }
        case .tuple(let xs): return xs.flatMap { variables(in: $0) }
        default: return []
        }
    }
}
