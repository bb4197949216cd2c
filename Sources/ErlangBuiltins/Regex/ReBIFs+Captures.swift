import ErlangRuntime

/// Turning a match's capture slots into run/3's result values.
extension ReBIFs {
    /// The group numbers the capture spec asks for; nil for `none`. `-1` stands for a
    /// name or number the pattern does not have (reported as unset).
    static func captureGroups(_ spec: ReOptions.CaptureValues, _ regex: CompiledRegex) throws(ErlangError) -> [Int]? {
        switch spec {
        case .none: return nil
        case .all: return [-2]
        case .allButFirst: return [-3]
        case .first: return [0]
        case .allNames: return regex.names.sorted { $0.key < $1.key }.map { $0.value }
        case .list(let items):
            var out: [Int] = []
            for item in items {
                switch item {
                case .int(let n): out.append(n >= 0 && n <= regex.groupCount ? n : -1)
                case .atom(let a): out.append(regex.names[a.name] ?? -1)
                default:
                    let name = String(String.UnicodeScalarView((item.listElements ?? []).compactMap {
                        if case .int(let c) = $0, c >= 0 { return Unicode.Scalar(UInt32(c)) }
                        return nil
                    }))
                    out.append(regex.names[name] ?? -1)
                }
            }
            return out
        }
    }

    /// Expands `all` (-2) and `all_but_first` (-3): like PCRE, they stop at the last
    /// group that took part in the match.
    static func selected(_ groups: [Int], _ slots: [Int], _ regex: CompiledRegex) -> [Int] {
        guard let first = groups.first, first == -2 || first == -3 else { return groups }
        var last = regex.groupCount
        while last > 0 && slots[2 * last] < 0 { last -= 1 }
        return Array((first == -2 ? 0 : 1)...max(last, first == -2 ? 0 : 1)).filter { $0 <= last }
    }

    static func capturedValue(_ group: Int, _ slots: [Int], _ bytes: [UInt8],
                              _ type: ReOptions.CaptureType, _ unicode: Bool) -> Term {
        let set = group >= 0 && 2 * group + 1 < slots.count && slots[2 * group] >= 0
        let s = set ? slots[2 * group] : -1
        let e = set ? slots[2 * group + 1] : -1
        switch type {
        case .index: return set ? .tuple(.int(s), .int(e - s)) : .tuple(.int(-1), .int(0))
        case .binary: return .binary(Bits(set ? Array(bytes[s..<e]) : []))
        case .list: return set ? listText(Array(bytes[s..<e]), unicode: unicode) : .nil
        }
    }

    /// Bytes as a string: code points of the UTF-8 in unicode mode, else the bytes.
    static func listText(_ bytes: [UInt8], unicode: Bool) -> Term {
        if unicode {
            return Term.list(String(decoding: bytes, as: UTF8.self).unicodeScalars.map { Term.int(Int($0.value)) })
        }
        return Term.list(bytes.map { Term.int(Int($0)) })
    }
}
