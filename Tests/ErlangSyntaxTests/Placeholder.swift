import XCTest
final class PlaceholderErlangSyntaxTests: XCTestCase { func testNothing() {} }
