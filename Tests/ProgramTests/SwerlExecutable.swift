import Foundation

/// Where the program tests find things: the built `swerl` binary and the corpus folder.
enum SwerlExecutable {
    /// The `swerl` executable built beside this test bundle (SwiftPM puts every product of a
    /// configuration in one directory), or the path in `SWERL_EXECUTABLE` when set.
    static func locate(near testClass: AnyClass) -> URL? {
        if let override = ProcessInfo.processInfo.environment["SWERL_EXECUTABLE"], !override.isEmpty {
            return URL(fileURLWithPath: override)
        }
        let bundleURL = Bundle(for: testClass).bundleURL
        // On macOS the bundle is a directory inside the products directory; on Linux
        // `bundleURL` may already be the products directory or the test executable itself.
        let candidates = [
            bundleURL.deletingLastPathComponent().appendingPathComponent("swerl"),
            bundleURL.appendingPathComponent("swerl"),
            Bundle.main.bundleURL.appendingPathComponent("swerl"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("swerl"),
        ]
        return candidates.first { isExecutableFile($0) }
    }

    /// Tests/Programs, found from this source file's path so it works from any working directory.
    static let programsDirectory: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()   // Tests/ProgramTests
        .deletingLastPathComponent()   // Tests
        .appendingPathComponent("Programs", isDirectory: true)

    private static func isExecutableFile(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
            && !isDirectory.boolValue
            && FileManager.default.isExecutableFile(atPath: url.path)
    }
}

/// Knobs read from the environment, with the defaults used by `swift test`.
enum TestSettings {
    private static var environment: [String: String] { ProcessInfo.processInfo.environment }

    /// SWERL_PROGRAM_FILTER=substring: run only programs whose "area/name.erl" contains it.
    static var programFilter: String? {
        guard let filter = environment["SWERL_PROGRAM_FILTER"], !filter.isEmpty else { return nil }
        return filter
    }

    /// SWERL_TEST_JOBS: concurrent swerl runs (the machine is shared; 2-4 is sensible).
    static var jobs: Int { max(1, min(16, integer("SWERL_TEST_JOBS") ?? 3)) }

    /// SWERL_PROGRAM_TIMEOUT: seconds before a program run is killed.
    static var programTimeout: Double { Double(integer("SWERL_PROGRAM_TIMEOUT") ?? 30) }

    /// SWERL_FUZZ_TIMEOUT: seconds before a fuzzed run is killed.
    static var fuzzTimeout: Double { Double(integer("SWERL_FUZZ_TIMEOUT") ?? 5) }

    /// SWERL_FUZZ_SEED: seed of the mutation generator, to reproduce a failing fuzz run.
    static var fuzzSeed: UInt64 { UInt64(environment["SWERL_FUZZ_SEED"] ?? "") ?? 0x5EED_E71A }

    /// SWERL_FUZZ_CASES: how many mutated programs to run.
    static var fuzzCases: Int { max(1, integer("SWERL_FUZZ_CASES") ?? 300) }

    private static func integer(_ name: String) -> Int? {
        environment[name].flatMap { Int($0) }
    }
}
