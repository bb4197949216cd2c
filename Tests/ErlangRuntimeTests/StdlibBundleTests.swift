import Foundation
import XCTest
import ErlangBuiltins

/// The bundle compiled into the binary must be the text of stdlib/*.erl.
final class StdlibBundleTests: XCTestCase {
    /// <repo>/stdlib, found from this file's path (<repo>/Tests/ErlangRuntimeTests/).
    private var stdlibDirectory: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()
            .deletingLastPathComponent()
            .deletingLastPathComponent()
            .appendingPathComponent("stdlib")
    }

    private let hint = "the stdlib bundle is stale: run `make stdlib` and commit the result"

    func testBundleHasEveryStdlibModule() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: stdlibDirectory.path)
        let onDisk = Set(files.filter { $0.hasSuffix(".erl") }.map { String($0.dropLast(4)) })
        XCTAssertFalse(onDisk.isEmpty, "no .erl files in \(stdlibDirectory.path)")
        XCTAssertEqual(onDisk, Set(StdlibBundle.sources.keys), hint)
    }

    func testBundledTextMatchesStdlibFiles() throws {
        for (module, bundled) in StdlibBundle.sources {
            let file = stdlibDirectory.appendingPathComponent("\(module).erl")
            guard let text = try? String(contentsOf: file, encoding: .utf8) else {
                XCTFail("\(file.path) is missing or not UTF-8; \(hint)")
                continue
            }
            XCTAssertTrue(text == bundled, "stdlib/\(module).erl differs from the bundle; \(hint)")
        }
    }

    /// stdlib/include/APP/NAME.hrl is bundled as "APP/include/NAME.hrl", with the same text.
    func testBundledHeadersMatchIncludeFiles() throws {
        let includeDirectory = stdlibDirectory.appendingPathComponent("include")
        var onDisk: [String: String] = [:]
        for app in try FileManager.default.contentsOfDirectory(atPath: includeDirectory.path) {
            let appDirectory = includeDirectory.appendingPathComponent(app)
            for file in try FileManager.default.contentsOfDirectory(atPath: appDirectory.path) where file.hasSuffix(".hrl") {
                onDisk["\(app)/include/\(file)"] = try String(contentsOf: appDirectory.appendingPathComponent(file), encoding: .utf8)
            }
        }
        XCTAssertFalse(onDisk.isEmpty, "no headers under \(includeDirectory.path)")
        XCTAssertEqual(Set(onDisk.keys), Set(StdlibBundle.headers.keys), hint)
        for (name, text) in onDisk {
            XCTAssertTrue(StdlibBundle.headers[name] == text, "\(name) differs from the bundle; \(hint)")
        }
    }

    func testEveryModuleDeclaresItsName() {
        for (module, source) in StdlibBundle.sources {
            XCTAssertTrue(source.contains("-module(\(module))."), "stdlib/\(module).erl lacks -module(\(module)).")
        }
    }
}
