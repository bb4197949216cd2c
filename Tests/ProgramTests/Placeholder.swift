import XCTest
final class PlaceholderProgramTests: XCTestCase { func testNothing() {} }
