import ErlangRuntime

/// BIFs that have nothing to do in swerl but must exist.
extension ErlangBIFs {
    static let misc: [String: BIFFunction] = [
        // Memory is reclaimed by reference counting as soon as terms die.
        "garbage_collect/0": { _, _ in .true },
    ]
}
