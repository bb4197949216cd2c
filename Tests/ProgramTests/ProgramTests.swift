import Foundation
import XCTest

/// Runs every program of Tests/Programs through `swerl FILE.erl ARGS...` (from the file's own
/// directory, as scripts/golden.sh ran escript) and compares stdout and the exit status with
/// OTP's recorded results; for compile_errors also the diagnostics on stderr.
///
/// One test method per area, so `swift test --filter ProgramTests.testMaps` runs one folder.
/// Environment: SWERL_PROGRAM_FILTER=substring (of "area/name.erl"), SWERL_TEST_JOBS (3),
/// SWERL_PROGRAM_TIMEOUT seconds (30), SWERL_EXECUTABLE (path of the binary to test).
final class ProgramTests: XCTestCase {
    /// Every folder of Tests/Programs must appear here, with a test method below
    /// (checked by `testEveryAreaHasATestMethod`).
    static let areas = [
        "args", "arithmetic", "binaries", "comparison", "compile_errors", "comprehensions",
        "control", "errors", "ets", "eunit", "exceptions", "funs", "guards", "halt", "io_format", "io_input",
        "lexical", "lists", "maps", "os_file", "otp", "patterns", "preprocessor", "processes", "re", "records",
        "recursion", "stdlib_data", "stdlib_misc", "tutorial",
    ]

    func testArgs() throws { try runArea("args") }
    func testArithmetic() throws { try runArea("arithmetic") }
    func testBinaries() throws { try runArea("binaries") }
    func testComparison() throws { try runArea("comparison") }
    func testCompileErrors() throws { try runArea("compile_errors") }
    func testComprehensions() throws { try runArea("comprehensions") }
    func testControl() throws { try runArea("control") }
    func testErrors() throws { try runArea("errors") }
    func testEts() throws { try runArea("ets") }
    func testEunit() throws { try runArea("eunit") }
    func testExceptions() throws { try runArea("exceptions") }
    func testFuns() throws { try runArea("funs") }
    func testGuards() throws { try runArea("guards") }
    func testHalt() throws { try runArea("halt") }
    func testIOFormat() throws { try runArea("io_format") }
    func testIOInput() throws { try runArea("io_input") }
    func testLexical() throws { try runArea("lexical") }
    func testLists() throws { try runArea("lists") }
    func testMaps() throws { try runArea("maps") }
    func testOSFile() throws { try runArea("os_file") }
    func testOtp() throws { try runArea("otp") }
    func testPatterns() throws { try runArea("patterns") }
    func testPreprocessor() throws { try runArea("preprocessor") }
    func testProcesses() throws { try runArea("processes") }
    func testRe() throws { try runArea("re") }
    func testRecords() throws { try runArea("records") }
    func testRecursion() throws { try runArea("recursion") }
    func testStdlibData() throws { try runArea("stdlib_data") }
    func testStdlibMisc() throws { try runArea("stdlib_misc") }
    func testTutorial() throws { try runArea("tutorial") }

    func testEveryAreaHasATestMethod() throws {
        let onDisk = try ProgramCase.areas(in: SwerlExecutable.programsDirectory)
        XCTAssertFalse(onDisk.isEmpty, "no areas found in \(SwerlExecutable.programsDirectory.path)")
        for area in onDisk where !Self.areas.contains(area) {
            XCTFail("Tests/Programs/\(area) has no test method: add it to ProgramTests.areas and a test\(area)()")
        }
        for area in Self.areas where !onDisk.contains(area) {
            XCTFail("ProgramTests.areas lists \(area), but Tests/Programs/\(area) does not exist")
        }
    }

    // MARK: - Running an area

    private func runArea(_ area: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let root = SwerlExecutable.programsDirectory
        let loaded = try ProgramCase.load(area: area, in: root)
        var programs: [ProgramCase] = []
        for entry in loaded {
            switch entry {
            case .success(let program): programs.append(program)
            case .failure(let problem): XCTFail("\(problem.file): \(problem.message)", file: file, line: line)
            }
        }
        if let filter = TestSettings.programFilter {
            programs = programs.filter { $0.displayName.contains(filter) }
        }
        guard !programs.isEmpty else { return }
        guard let swerl = SwerlExecutable.locate(near: Self.self) else {
            XCTFail("swerl executable not found beside the test bundle; build it (swift build) "
                    + "or set SWERL_EXECUTABLE", file: file, line: line)
            return
        }

        let timeout = TestSettings.programTimeout
        let outcomes = ProgramRunner.parallelMap(count: programs.count, jobs: TestSettings.jobs) { index in
            Self.check(programs[index], swerl: swerl, timeout: timeout)
        }
        // Failures are recorded here, on the test's own thread, after all runs finished.
        let known = KnownDeviations.load(from: root)
        for (program, problems) in zip(programs, outcomes) {
            if let reason = known[program.displayName] {
                // A documented deviation must still deviate; once fixed, it must leave the list.
                if problems.isEmpty {
                    XCTFail("\(program.displayName) now matches OTP: remove it from Tests/Programs/KNOWN_DEVIATIONS",
                            file: file, line: line)
                } else {
                    print("known deviation, not counted: \(program.displayName): \(reason)")
                }
                continue
            }
            guard !problems.isEmpty else { continue }
            XCTFail("\(program.displayName)\(program.arguments.isEmpty ? "" : " \(program.arguments)"): "
                    + problems.joined(separator: "\n"), file: file, line: line)
        }
    }

    private static func check(_ program: ProgramCase, swerl: URL, timeout: Double) -> [String] {
        do {
            let result = try ProgramRunner.run(executable: swerl,
                                               arguments: [program.source.lastPathComponent] + program.arguments,
                                               in: program.directory, timeout: timeout,
                                               environment: childEnvironment, stdin: program.stdin)
            return OutputComparison.mismatches(of: program, result: result)
        } catch {
            return ["could not run \(swerl.path): \(error)"]
        }
    }

    /// The environment for swerl: this process's, with the UTF-8 locale golden.sh recorded under
    /// (it decides how command-line arguments are decoded).
    static let childEnvironment: [String: String] = {
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        environment["LC_ALL"] = "C.UTF-8"
        return environment
    }()
}

/// Programs whose output is known to differ from OTP's, each with the reason (and the
/// matching entry in docs/SUPPORTED.md). Format of Tests/Programs/KNOWN_DEVIATIONS:
/// `area/name.erl: reason`, one per line; `#` starts a comment.
enum KnownDeviations {
    static func load(from root: URL) -> [String: String] {
        let url = root.appendingPathComponent("KNOWN_DEVIATIONS")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [:] }
        var out: [String: String] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].trimmingCharacters(in: .whitespaces)
            out[name] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return out
    }
}
