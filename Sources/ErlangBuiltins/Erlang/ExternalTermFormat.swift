/// Erlang's external term format (term_to_binary/binary_to_term): a version byte (131)
/// then one tagged term. Tags are the ones documented in OTP's erl_ext_dist.
enum ExternalTermFormat {
    static let version: UInt8 = 131

    enum Tag {
        static let newFloat: UInt8 = 70        // NEW_FLOAT_EXT: IEEE double, big-endian
        static let bitBinary: UInt8 = 77       // BIT_BINARY_EXT
        static let compressed: UInt8 = 80      // zlib-compressed term (not supported)
        static let newPid: UInt8 = 88          // NEW_PID_EXT
        static let newerReference: UInt8 = 90  // NEWER_REFERENCE_EXT
        static let smallInteger: UInt8 = 97    // SMALL_INTEGER_EXT: 0...255
        static let integer: UInt8 = 98         // INTEGER_EXT: signed 32-bit
        static let float: UInt8 = 99           // FLOAT_EXT: 31-byte "%.20e" text
        static let atom: UInt8 = 100           // ATOM_EXT: Latin-1, 16-bit length
        static let pid: UInt8 = 103            // PID_EXT
        static let smallTuple: UInt8 = 104     // SMALL_TUPLE_EXT
        static let largeTuple: UInt8 = 105     // LARGE_TUPLE_EXT
        static let `nil`: UInt8 = 106          // NIL_EXT
        static let string: UInt8 = 107         // STRING_EXT: list of bytes, 16-bit length
        static let list: UInt8 = 108           // LIST_EXT: length, elements, tail
        static let binary: UInt8 = 109         // BINARY_EXT
        static let smallBig: UInt8 = 110       // SMALL_BIG_EXT
        static let largeBig: UInt8 = 111       // LARGE_BIG_EXT
        static let newFun: UInt8 = 112         // NEW_FUN_EXT
        static let export: UInt8 = 113         // EXPORT_EXT: fun M:F/A
        static let newReference: UInt8 = 114   // NEW_REFERENCE_EXT
        static let smallAtom: UInt8 = 115      // SMALL_ATOM_EXT: Latin-1, 8-bit length
        static let map: UInt8 = 116            // MAP_EXT
        static let atomUTF8: UInt8 = 118       // ATOM_UTF8_EXT
        static let smallAtomUTF8: UInt8 = 119  // SMALL_ATOM_UTF8_EXT
    }

    /// The node name swerl writes into pids and references.
    static let nodeName = "nonode@nohost"
}
