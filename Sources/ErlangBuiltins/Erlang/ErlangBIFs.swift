import ErlangRuntime

/// The Swift built-ins of module `erlang`, gathered from one file per area
/// (`ErlangBIFs+TypeTests.swift`, `ErlangBIFs+Tuples.swift`, ...).
/// Process, message and code BIFs (spawn, send, apply, ...) live with the VM.
enum ErlangBIFs {
    static let table = BIFTable(module: "erlang", merging([
        operators, typeTests, tuples, numbers, time, hashing, misc, conversions, binaries, termFormat, maps, checksums,
        calendarTime, representations,
    ]))
}

/// One dictionary from several; a name defined twice is a bug caught by the tests.
func merging(_ parts: [[String: BIFFunction]]) -> [String: BIFFunction] {
    var all: [String: BIFFunction] = [:]
    for part in parts { all.merge(part) { first, _ in first } }
    return all
}
