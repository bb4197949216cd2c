import ErlangBuiltins
@testable import ErlangRuntime
import XCTest

/// lists BIFs on lists far longer than any native stack could recurse over, and the
/// reductions they charge.
final class ListsBIFTests: XCTestCase {
    let bifs = BIFCaller()
    let n = 1_000_000

    private func numbers(_ count: Int) -> Term { Term.list((0..<count).map { Term.int($0) }) }

    func testLongListsAreWalkedIteratively() throws {
        let list = numbers(n)
        XCTAssertEqual(try bifs.call("erlang", "length", [try bifs.call("lists", "reverse", [list])]), .int(n))
        XCTAssertEqual(try bifs.call("lists", "last", [list]), .int(n - 1))
        XCTAssertEqual(try bifs.call("lists", "sum", [list]), .int(n * (n - 1) / 2))
        XCTAssertEqual(try bifs.call("lists", "member", [.int(n - 1), list]), .true)
        let sorted = try bifs.call("lists", "sort", [try bifs.call("lists", "reverse", [list])])
        XCTAssertEqual(try bifs.call("lists", "nth", [.int(n), sorted]), .int(n - 1))
        XCTAssertEqual(try bifs.call("erlang", "length", [try bifs.call("lists", "seq", [.int(1), .int(n)])]), .int(n))
    }

    func testDeeplyNestedListsFlatten() throws {
        // The walk itself is iterative; the depth is kept where freeing the nested cells
        // (Cons's deinit is iterative along tails only, not heads) stays safe.
        let depth = 10_000
        var deep = Term.nil
        for i in 0..<depth { deep = Term.list([.int(i), deep]) }
        XCTAssertEqual(try bifs.call("lists", "flatlength", [deep]), .int(depth))
        var bytes = Term.nil
        for i in 0..<depth { bytes = Term.list([bytes, .int(i % 256)]) }
        XCTAssertEqual(try bifs.call("erlang", "iolist_size", [bytes]), .int(depth))
        XCTAssertEqual(bifs.reason("erlang", "iolist_size", [deep]), .atom(.badarg))
    }

    func testLongWorkChargesReductions() throws {
        bifs.process.reductionsLeft = 4000
        _ = try bifs.call("lists", "reverse", [numbers(100_000)])
        XCTAssertLessThan(bifs.process.reductionsLeft, 0, "reversing 100,000 elements should exhaust a time slice")
    }
}
