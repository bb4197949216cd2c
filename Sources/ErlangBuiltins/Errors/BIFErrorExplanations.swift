import ErlangRuntime

/// The `*** argument N: ...` lines escript prints under a failed BIF call, saying which
/// arguments were wrong. OTP derives them from the BIF's error_info (erl_erts_errors for
/// erlang, erl_stdlib_errors for lists/maps/binary); these rules were found by calling the
/// BIFs with bad arguments under OTP 25. BIFs not listed here get no lines (a documented gap).
enum BIFErrorExplanations {
    /// Explanation lines (without indentation) for `module:function(args)` failing with `reason`.
    static func lines(module: String, function: String, args: [Term], reason: Term) -> [String] {
        var found: [(Int, String)] = []
        switch module {
        case "erlang": found = erlang(function, args)
        case "lists": found = lists(function, args)
        case "maps": found = maps(function, args)
        case "binary": found = binary(function, args)
        default: break
        }
        return found.map { "*** argument \($0.0): \($0.1)" }
    }

    // MARK: erlang

    private static func erlang(_ f: String, _ a: [Term]) -> [(Int, String)] {
        switch (f, a.count) {
        case ("element", 2), ("setelement", 3):
            var out: [(Int, String)] = []
            if a[0].asInt == nil { out.append((1, isInteger(a[0]) ? "out of range" : "not an integer")) }
            if !isTuple(a[1]) { out.append((2, "not a tuple")) }
            return out.isEmpty ? [(1, "out of range")] : out
        case ("atom_to_list", 1), ("atom_to_binary", 1), ("atom_length", 1):
            return isAtom(a[0]) ? [] : [(1, "not an atom")]
        case ("atom_to_binary", 2):
            if !isAtom(a[0]) { return [(1, "not an atom")] }
            return isEncoding(a[1]) ? [] : [(2, "is an invalid encoding option")]
        case ("list_to_integer", 1):
            return [(1, isList(a[0]) ? "not a textual representation of an integer" : "not a list")]
        case ("binary_to_integer", 1):
            return [(1, isBinary(a[0]) ? "not a textual representation of an integer" : "not a binary")]
        case ("list_to_integer", 2), ("binary_to_integer", 2):
            let listLike = f == "list_to_integer"
            if !(listLike ? isList(a[0]) : isBinary(a[0])) { return [(1, listLike ? "not a list" : "not a binary")] }
            if !isBase(a[1]) { return [(2, "not an integer in the range 2 through 36")] }
            return [(1, "not a textual representation of an integer")]
        case ("list_to_float", 1):
            return [(1, isList(a[0]) ? "not a textual representation of a float" : "not a list")]
        case ("binary_to_float", 1):
            return [(1, isBinary(a[0]) ? "not a textual representation of a float" : "not a binary")]
        case ("integer_to_list", 1), ("integer_to_binary", 1):
            return isInteger(a[0]) ? [] : [(1, "not an integer")]
        case ("integer_to_list", 2), ("integer_to_binary", 2):
            if !isInteger(a[0]) { return [(1, "not an integer")] }
            return isBase(a[1]) ? [] : [(2, "not an integer in the range 2 through 36")]
        case ("binary_to_atom", 1), ("binary_to_existing_atom", 1):
            if !isBinary(a[0]) { return [(1, "not a binary")] }
            return f == "binary_to_existing_atom" ? [(1, "not an already existing atom")] : []
        case ("binary_to_atom", 2), ("binary_to_existing_atom", 2):
            var out: [(Int, String)] = []
            if !isBinary(a[0]) { out.append((1, "not a binary")) }
            if !isEncoding(a[1]) { out.append((2, "not one of the atoms: latin1, utf8, or unicode")) }
            if out.isEmpty && f == "binary_to_existing_atom" { out.append((1, "not an already existing atom")) }
            return out
        case ("list_to_atom", 1), ("list_to_existing_atom", 1):
            guard let items = a[0].listElements else { return [(1, "not a list")] }
            if !items.allSatisfy(isCharacter) { return [(1, "not a list of characters")] }
            return f == "list_to_existing_atom" ? [(1, "not an already existing atom")] : []
        case ("hd", 1), ("tl", 1):
            return [(1, "not a nonempty list")]
        case ("length", 1), ("list_to_tuple", 1):
            return isList(a[0]) ? [] : [(1, "not a list")]
        case ("tuple_size", 1), ("tuple_to_list", 1):
            return isTuple(a[0]) ? [] : [(1, "not a tuple")]
        case ("append_element", 2):
            return isTuple(a[0]) ? [] : [(1, "not a tuple")]
        case ("byte_size", 1), ("bit_size", 1):
            return isBitstring(a[0]) ? [] : [(1, "not a bitstring")]
        case ("size", 1):
            return isTuple(a[0]) || isBitstring(a[0]) ? [] : [(1, "not tuple or binary")]
        case ("map_size", 1):
            return isMap(a[0]) ? [] : [(1, "not a map")]
        case ("map_get", 2):
            return [isMap(a[1]) ? (1, "not present in map") : (2, "not a map")]
        case ("is_map_key", 2):
            return isMap(a[1]) ? [] : [(2, "not a map")]
        case ("abs", 1), ("float", 1), ("round", 1), ("trunc", 1):
            return isNumber(a[0]) ? [] : [(1, "not a number")]
        case ("list_to_binary", 1):
            return [(1, "not an iolist term")]
        case ("iolist_to_binary", 1):
            return [(1, "not an iodata term")]
        case ("binary_to_list", 1):
            return isBinary(a[0]) ? [] : [(1, "not a binary")]
        case ("make_tuple", 2):
            return [(1, "out of range")]
        case ("is_process_alive", 1), ("link", 1):
            return isPid(a[0]) ? [] : [(1, "not a pid")]
        case ("exit", 2):
            return isPid(a[0]) ? [] : [(1, "not a pid")]
        case ("monitor", 2):
            guard case .atom(let type) = a[0], type.name == "process" else { return [(1, "invalid monitor type")] }
            return isPid(a[1]) || isAtom(a[1]) ? [] : [(2, "not a pid")]
        case ("binary_to_list", 3):
            guard isBinary(a[0]) else { return [(1, "not a binary")] }
            if let start = a[1].asInt, let stop = a[2].asInt, start > stop {
                return [(2, "start position greater than stop position")]
            }
            return []
        case ("phash2", 2):
            // OTP 25 blames argument 1 for a bad range (argument 2).
            return [(1, "out of range")]
        case ("register", 2), ("unregister", 1), ("whereis", 1):
            return isAtom(a[0]) ? [] : [(1, "not an atom")]
        case ("send", 2), ("send", 3):
            return [(1, "invalid destination")]
        case ("spawn", 1), ("spawn_link", 1):
            return isFun(a[0]) ? [] : [(1, "not a fun")]
        case ("apply", 3):
            var out: [(Int, String)] = []
            if !isAtom(a[0]) { out.append((1, "not an atom")) }
            if !isAtom(a[1]) { out.append((2, "not an atom")) }
            if !isList(a[2]) { out.append((3, "not a list")) }
            return out
        case ("binary_part", 3):
            return [isBinary(a[0]) ? (2, "out of range") : (1, "not a binary")]
        case ("split_binary", 2):
            return [isBinary(a[0]) ? (2, "out of range") : (1, "not a binary")]
        default:
            return []
        }
    }

    // MARK: lists, maps, binary (erl_stdlib_errors)

    private static func lists(_ f: String, _ a: [Term]) -> [(Int, String)] {
        switch (f, a.count) {
        case ("member", 2):
            return isList(a[1]) ? [] : [(2, "not a list")]
        case ("reverse", 2):
            return isList(a[0]) ? [] : [(1, "not a list")]
        case ("keyfind", 3), ("keymember", 3), ("keysearch", 3):
            var out: [(Int, String)] = []
            if let n = a[1].asInt {
                if n < 1 { out.append((2, "out of range")) }
            } else {
                out.append((2, isInteger(a[1]) ? "out of range" : "not an integer"))
            }
            if !isList(a[2]) { out.append((3, "not a list")) }
            return out
        default:
            return []
        }
    }

    private static func maps(_ f: String, _ a: [Term]) -> [(Int, String)] {
        switch (f, a.count) {
        case ("get", 2):
            return [isMap(a[1]) ? (1, "not present in map") : (2, "not a map")]
        case ("get", 3), ("find", 2), ("remove", 2), ("take", 2), ("is_key", 2):
            return isMap(a[1]) ? [] : [(2, "not a map")]
        case ("put", 3), ("update", 3):
            // OTP 25 says "not a map" for update/3 of a missing key too.
            return [(3, "not a map")]
        case ("keys", 1), ("values", 1), ("to_list", 1), ("size", 1), ("iterator", 1):
            return isMap(a[0]) ? [] : [(1, "not a map")]
        case ("merge", 2):
            var out: [(Int, String)] = []
            if !isMap(a[0]) { out.append((1, "not a map")) }
            if !isMap(a[1]) { out.append((2, "not a map")) }
            return out
        case ("from_list", 1):
            return isList(a[0]) ? [] : [(1, "not a list")]
        default:
            return []
        }
    }

    private static func binary(_ f: String, _ a: [Term]) -> [(Int, String)] {
        switch (f, a.count) {
        case ("part", 3):
            return [isBinary(a[0]) ? (2, "out of range") : (1, "not a binary")]
        default:
            return []
        }
    }

    // MARK: argument kinds

    private static func isInteger(_ t: Term) -> Bool {
        switch t { case .int, .big: return true; default: return false }
    }
    private static func isNumber(_ t: Term) -> Bool {
        switch t { case .int, .big, .float: return true; default: return false }
    }
    private static func isAtom(_ t: Term) -> Bool {
        if case .atom = t { return true }
        return false
    }
    private static func isTuple(_ t: Term) -> Bool {
        if case .tuple = t { return true }
        return false
    }
    private static func isMap(_ t: Term) -> Bool {
        if case .map = t { return true }
        return false
    }
    private static func isPid(_ t: Term) -> Bool {
        if case .pid = t { return true }
        return false
    }
    private static func isFun(_ t: Term) -> Bool {
        if case .fun = t { return true }
        return false
    }
    private static func isBitstring(_ t: Term) -> Bool {
        if case .binary = t { return true }
        return false
    }
    private static func isBinary(_ t: Term) -> Bool {
        if case .binary(let b) = t { return b.bitCount % 8 == 0 }
        return false
    }
    /// A proper list.
    private static func isList(_ t: Term) -> Bool { t.listElements != nil }
    private static func isCharacter(_ t: Term) -> Bool {
        guard let c = t.asInt else { return false }
        return c >= 0 && c <= 0x10FFFF
    }
    private static func isBase(_ t: Term) -> Bool {
        guard let b = t.asInt else { return false }
        return b >= 2 && b <= 36
    }
    private static func isEncoding(_ t: Term) -> Bool {
        guard case .atom(let e) = t else { return false }
        return e.name == "latin1" || e.name == "utf8" || e.name == "unicode"
    }
}
