@testable import ErlangBuiltins
@testable import ErlangRuntime
import XCTest

/// erlang BIFs whose results cannot be recorded from OTP: clocks, unique values,
/// hashes, and terms (pids, refs, funs) that have no literal syntax.
final class ErlangBIFTests: XCTestCase {
    let bifs = BIFCaller()

    func testTableNamesAreUniqueAcrossParts() {
        // merging() keeps the first of two definitions; make sure there are none.
        let parts: [[String: BIFFunction]] = [
            ErlangBIFs.operators, ErlangBIFs.typeTests, ErlangBIFs.tuples, ErlangBIFs.numbers,
            ErlangBIFs.time, ErlangBIFs.hashing, ErlangBIFs.misc, ErlangBIFs.conversions,
            ErlangBIFs.binaries, ErlangBIFs.termFormat, ErlangBIFs.maps, ErlangBIFs.checksums,
            ErlangBIFs.calendarTime, ErlangBIFs.representations,
        ]
        XCTAssertEqual(parts.map(\.count).reduce(0, +), ErlangBIFs.table.functions.count)
    }

    func testClocksMoveForwardInTheirUnits() throws {
        let t0 = try bifs.call("erlang", "monotonic_time", [])
        let t1 = try bifs.call("erlang", "monotonic_time", [])
        XCTAssertLessThanOrEqual(compareTerms(t0, t1), 0)
        guard case .int(let ms) = try bifs.call("erlang", "system_time", [.atom("millisecond")]),
              case .int(let s) = try bifs.call("erlang", "system_time", [.atom("second")]) else {
            return XCTFail("system_time is not an integer")
        }
        XCTAssertTrue(abs(ms / 1000 - s) <= 1)
        XCTAssertGreaterThan(s, 1_700_000_000)
        XCTAssertEqual(bifs.reason("erlang", "system_time", [.atom("fortnight")]), .atom(.badarg))
    }

    func testCalendarTermsHaveOTPShape() throws {
        guard case .tuple(let stamp) = try bifs.call("erlang", "timestamp", []), stamp.count == 3,
              case .tuple(let now) = try bifs.call("erlang", "universaltime", []), now.count == 2,
              case .tuple(let date) = now.elements[0], date.count == 3,
              case .int(let month) = date.elements[1] else {
            return XCTFail("unexpected shape")
        }
        XCTAssertTrue((1...12).contains(month))
        guard case .tuple(let time) = try bifs.call("erlang", "time", []), time.count == 3 else {
            return XCTFail("time/0 is not {H,M,S}")
        }
    }

    func testUniqueIntegersAreStrictlyIncreasing() throws {
        var last = try bifs.call("erlang", "unique_integer", [])
        for _ in 0..<100 {
            let next = try bifs.call("erlang", "unique_integer", [Term.list([.atom("positive"), .atom("monotonic")])])
            XCTAssertLessThan(compareTerms(last, next), 0)
            last = next
        }
        XCTAssertEqual(bifs.reason("erlang", "unique_integer", [Term.list([.atom("sometimes")])]), .atom(.badarg))
    }

    func testPhash2IsStableAndRespectsRange() throws {
        let term = Term.tuple(.atom("key"), Term.string("value"), .float(1.5), .int(42))
        let h1 = try bifs.call("erlang", "phash2", [term])
        let h2 = try bifs.call("erlang", "phash2", [.tuple(.atom("key"), Term.string("value"), .float(1.5), .int(42))])
        XCTAssertEqual(h1, h2)
        guard case .int(let h) = h1 else { return XCTFail() }
        XCTAssertTrue((0..<(1 << 27)).contains(h))
        for range in [1, 7, 1000, 1 << 32] {
            guard case .int(let r) = try bifs.call("erlang", "phash2", [term, .int(range)]) else { return XCTFail() }
            XCTAssertTrue((0..<range).contains(r))
        }
        XCTAssertEqual(try bifs.call("erlang", "phash2", [.float(0.0)]), try bifs.call("erlang", "phash2", [.float(-0.0)]))
        XCTAssertNotEqual(try bifs.call("erlang", "phash2", [.int(1)]), try bifs.call("erlang", "phash2", [.float(1)]))
        XCTAssertEqual(bifs.reason("erlang", "phash2", [term, .int((1 << 32) + 1)]), .atom(.badarg))
    }

    func testIsFunctionChecksArity() throws {
        let f = Term.fun(ErlFun(kind: .external(module: Atom("lists"), function: Atom("map")),
                                module: Atom("lists"), name: "map", arity: 2, index: 0, uniq: 0))
        XCTAssertEqual(try bifs.call("erlang", "is_function", [f]), .true)
        XCTAssertEqual(try bifs.call("erlang", "is_function", [f, .int(2)]), .true)
        XCTAssertEqual(try bifs.call("erlang", "is_function", [f, .int(1)]), .false)
        XCTAssertEqual(try bifs.call("erlang", "is_pid", [.pid(Pid(3))]), .true)
        XCTAssertEqual(try bifs.call("erlang", "is_reference", [.ref(Ref(3))]), .true)
    }

    func testTermToBinaryRoundTripsPidsRefsFunsAndDeepTerms() throws {
        let f = Term.fun(ErlFun(kind: .external(module: Atom("m"), function: Atom("f")),
                                module: Atom("m"), name: "f", arity: 3, index: 0, uniq: 0))
        // Nested tuples stay shallow enough for the recursive Tuple deinit and compare; the decoder
        // itself handles any depth (see testBinaryToTermRejectsGarbageWithoutCrashing).
        var deep = Term.nil
        for i in 0..<1_000 { deep = .tuple(.int(i), Term.list([deep])) }
        let long = Term.list((0..<200_000).map { Term.int($0 % 1000) })
        let samples: [Term] = [
            .pid(Pid(12345)), .ref(Ref(1 << 40 | 7)), f, deep, long,
            Term.list([.atom("ünïcödé"), .atom(String(repeating: "x", count: 255))]),
            .map(ErlMap(.init(uniqueKeysWithValues: [(.int(1), .atom("a")), (.float(1), .atom("b"))]))),
        ]
        for t in samples {
            let bin = try bifs.call("erlang", "term_to_binary", [t])
            XCTAssertEqual(try bifs.call("erlang", "binary_to_term", [bin]), t)
        }
    }

    func testBinaryToTermRejectsGarbageWithoutCrashing() {
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let n = Int.random(in: 1...24, using: &rng)
            var bytes: [UInt8] = [131]
            for _ in 0..<n { bytes.append(UInt8.random(in: 0...255, using: &rng)) }
            _ = bifs.reason("erlang", "binary_to_term", [.binary(Bits(bytes))])
        }
        // A claimed length far beyond the data must not allocate it.
        let lying: [UInt8] = [131, 108, 0xFF, 0xFF, 0xFF, 0xFF, 106]
        XCTAssertEqual(bifs.reason("erlang", "binary_to_term", [.binary(Bits(lying))]), .atom(.badarg))
        // Nesting is decoded with an explicit stack. (Kept below the depth at which
        // freeing nested tuples, which Tuple's deinit does recursively, would overflow.)
        let nested: [UInt8] = [131] + Array(repeating: [UInt8]([104, 1]), count: 5_000).flatMap { $0 } + [106]
        XCTAssertNil(bifs.reason("erlang", "binary_to_term", [.binary(Bits(nested))]))
    }

    func testListToAtomLimits() {
        let long = Term.string(String(repeating: "a", count: 256))
        XCTAssertEqual(bifs.reason("erlang", "list_to_atom", [long]), .atom(.systemLimit))
        XCTAssertEqual(bifs.reason("erlang", "make_tuple", [.int(1 << 24), .nil]), .atom(.badarg))
    }
}
