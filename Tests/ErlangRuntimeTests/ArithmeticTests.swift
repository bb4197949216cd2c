import BigInt
@testable import ErlangRuntime
import XCTest

/// The Arith API directly, for what the OTP-recorded cases (Tests/BIFCases/arith.*)
/// cannot hold: results too big to print, the exact limits, and float rounding.
/// Expected values were checked against `erl` (OTP 25).
final class ArithmeticTests: XCTestCase {
    private func big(_ s: String) -> Term { Term.integer(BigInt(s) ?? 0) }

    private func assertRaises(_ reason: Atom, _ body: () throws(ErlangError) -> Term,
                              file: StaticString = #filePath, line: UInt = #line) {
        do {
            let v = try body()
            XCTFail("expected \(reason.name), got \(v)", file: file, line: line)
        } catch {
            XCTAssertEqual(error.reason, .atom(reason), file: file, line: line)
        }
    }

    func testSmallIntegerFastPaths() throws {
        XCTAssertEqual(try Arith.add(.int(2), .int(3)), .int(5))
        XCTAssertEqual(try Arith.sub(.int(2), .int(3)), .int(-1))
        XCTAssertEqual(try Arith.mul(.int(-4), .int(3)), .int(-12))
        XCTAssertEqual(try Arith.intDiv(.int(-7), .int(2)), .int(-3))
        XCTAssertEqual(try Arith.rem(.int(-7), .int(2)), .int(-1))
        XCTAssertEqual(try Arith.neg(.int(5)), .int(-5))
        XCTAssertEqual(try Arith.bsl(.int(1), .int(62)), .int(1 << 62))
        XCTAssertEqual(try Arith.bsr(.int(-5), .int(1)), .int(-3))
        XCTAssertEqual(try Arith.bsr(.int(-5), .int(1000)), .int(-1))
    }

    func testOverflowPromotesAndShrinkingDemotes() throws {
        let max = Term.int(Int.max), min = Term.int(Int.min)
        XCTAssertEqual(try Arith.add(max, .int(1)), big("9223372036854775808"))
        XCTAssertEqual(try Arith.sub(min, .int(1)), big("-9223372036854775809"))
        XCTAssertEqual(try Arith.mul(min, .int(-1)), big("9223372036854775808"))
        XCTAssertEqual(try Arith.neg(min), big("9223372036854775808"))
        XCTAssertEqual(try Arith.intDiv(min, .int(-1)), big("9223372036854775808"))
        XCTAssertEqual(try Arith.rem(min, .int(-1)), .int(0))
        XCTAssertEqual(try Arith.bsl(.int(1), .int(63)), big("9223372036854775808"))
        // Back in range: the result must be a plain .int again.
        guard case .int(let back) = try Arith.sub(big("9223372036854775808"), .int(1)) else {
            return XCTFail("bignum result that fits was not normalised")
        }
        XCTAssertEqual(back, Int.max)
    }

    func testIntegerSizeLimitIsSystemLimit() throws {
        // OTP 25: `1 bsl 33554367` works, `1 bsl 33554368` is system_limit.
        let largest = try Arith.bsl(.int(1), .int(Arith.maxIntegerBits - 1))
        guard case .big(let b) = largest else { return XCTFail("expected a bignum") }
        XCTAssertEqual(b.value.magnitude.bitWidth, Arith.maxIntegerBits)
        assertRaises(.systemLimit) { () throws(ErlangError) in try Arith.bsl(.int(1), .int(Arith.maxIntegerBits)) }
        assertRaises(.systemLimit) { () throws(ErlangError) in try Arith.add(largest, largest) }
        assertRaises(.systemLimit) { () throws(ErlangError) in try Arith.mul(largest, largest) }
        assertRaises(.systemLimit) { () throws(ErlangError) in try Arith.bsl(.int(1), big("18446744073709551616")) }
        XCTAssertEqual(try Arith.bsl(.int(0), big("18446744073709551616")), .int(0))
        XCTAssertEqual(try Arith.bsr(.int(-7), big("18446744073709551616")), .int(-1))
    }

    func testFloatResultsMustBeFinite() throws {
        assertRaises(.badarith) { () throws(ErlangError) in try Arith.mul(.float(1e308), .int(10)) }
        assertRaises(.badarith) { () throws(ErlangError) in try Arith.fdiv(.int(1), .int(0)) }
        assertRaises(.badarith) { () throws(ErlangError) in try Arith.fdiv(.float(0), .float(-0.0)) }
        // An integer too large for a float cannot take part in float arithmetic.
        let huge = try Arith.bsl(.int(1), .int(1024))
        assertRaises(.badarith) { () throws(ErlangError) in try Arith.add(.float(1), huge) }
        assertRaises(.badarith) { () throws(ErlangError) in try Arith.fdiv(huge, .int(2)) }
        XCTAssertEqual(try Arith.fdiv(.int(7), .int(2)), .float(3.5))
    }

    func testBignumToFloatRoundsToNearestEven() throws {
        func double(_ t: Term) -> Double? { Arith.toDouble(t) }
        let two53 = BigInt(1) << 53
        XCTAssertEqual(Arith.double(two53 + 1), 9007199254740992.0)       // tie: to even
        XCTAssertEqual(Arith.double(two53 + 3), 9007199254740996.0)       // tie: to even (up)
        XCTAssertEqual(Arith.double((BigInt(1) << 100) + 1), 1.2676506002282294e30)
        XCTAssertEqual(Arith.double(-(BigInt(1) << 100)), -1.2676506002282294e30)
        // Just below the halfway point between the largest double and 2^1024 rounds down;
        // the halfway point itself rounds (to even) up to infinity.
        let limit = BigInt(1) << 1024
        XCTAssertEqual(double(Term.integer(limit - (BigInt(1) << 970) - 1)), Double.greatestFiniteMagnitude)
        XCTAssertNil(double(Term.integer(limit - (BigInt(1) << 970))))
    }

    func testFloatToIntegerIsExact() {
        XCTAssertEqual(Arith.integer(fromIntegral: 1e20), big("100000000000000000000"))
        XCTAssertEqual(Arith.integer(fromIntegral: -1e19), big("-10000000000000000000"))
        XCTAssertEqual(Arith.integer(fromIntegral: 9.0e18), .int(9_000_000_000_000_000_000))
        XCTAssertEqual(Arith.integer(fromIntegral: -0.0), .int(0))
    }

    func testBitwiseOnBignumsIsTwosComplement() throws {
        // Checked with erl: the word boundary cases attaswift/BigInt gets wrong.
        let twoTo64 = big("18446744073709551616")
        XCTAssertEqual(try Arith.bxor(big("18446744073709551615"), .int(-1)), big("-18446744073709551616"))
        XCTAssertEqual(try Arith.band(.int(-5), twoTo64), twoTo64)
        XCTAssertEqual(try Arith.bor(try Arith.neg(twoTo64), .int(1)), big("-18446744073709551615"))
        XCTAssertEqual(try Arith.bnot(twoTo64), big("-18446744073709551617"))
        XCTAssertEqual(try Arith.bsr(big("-18446744073709551617"), .int(64)), .int(-2))
    }

    /// (A table of the operator functions themselves crashes Swift 6.3's SILGen.)
    private func apply(_ op: String, _ a: Term, _ b: Term) throws(ErlangError) -> Term {
        switch op {
        case "+": return try Arith.add(a, b)
        case "-": return try Arith.sub(a, b)
        case "*": return try Arith.mul(a, b)
        case "/": return try Arith.fdiv(a, b)
        case "div": return try Arith.intDiv(a, b)
        case "rem": return try Arith.rem(a, b)
        case "band": return try Arith.band(a, b)
        case "bor": return try Arith.bor(a, b)
        case "bxor": return try Arith.bxor(a, b)
        case "bsl": return try Arith.bsl(a, b)
        default: return try Arith.bsr(a, b)
        }
    }

    func testNonNumbersAreBadarith() {
        for op in ["+", "-", "*", "/", "div", "rem", "band", "bor", "bxor", "bsl", "bsr"] {
            assertRaises(.badarith) { () throws(ErlangError) in try apply(op, .int(1), .atom(.ok)) }
            assertRaises(.badarith) { () throws(ErlangError) in try apply(op, .nil, .int(1)) }
        }
        assertRaises(.badarith) { () throws(ErlangError) in try Arith.intDiv(.float(4), .int(2)) }
        assertRaises(.badarith) { () throws(ErlangError) in try Arith.band(.float(1), .int(1)) }
        assertRaises(.badarith) { () throws(ErlangError) in try Arith.neg(.nil) }
        assertRaises(.badarith) { () throws(ErlangError) in try Arith.plus(.nil) }
        assertRaises(.badarith) { () throws(ErlangError) in try Arith.bnot(.float(1)) }
    }
}
