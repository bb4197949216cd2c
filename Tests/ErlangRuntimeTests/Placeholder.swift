import XCTest
final class PlaceholderErlangRuntimeTests: XCTestCase { func testNothing() {} }
