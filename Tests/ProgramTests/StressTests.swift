import Foundation
import XCTest

/// Runs the stress programs of Tests/Stress (a million processes, a million-message mailbox,
/// selective receive over 100,000 messages, 10,000 linked processes killed at once, busy loops
/// that must not starve others, signals racing with exits, registry and timer races) through
/// `swerl NAME.erl` and compares stdout and the exit status with OTP's recorded results
/// (scripts/record_stress.sh).
///
/// They need a release build: a debug swerl takes many minutes and gigabytes for them, so the
/// tests skip unless the binary is a release build (its path has a `release` component, as
/// `.build/release/swerl` has) or SWERL_STRESS=1. SWERL_STRESS=0 skips them always.
/// Environment: SWERL_EXECUTABLE (binary to test), SWERL_STRESS_TIMEOUT seconds per program (600).
/// The programs run one at a time: each keeps every core busy, and no_starvation measures
/// latencies.
final class StressTests: XCTestCase {
    /// Every program of Tests/Stress must appear here with a test method below
    /// (checked by `testEveryStressProgramHasATestMethod`).
    static let programs = [
        "exit_races", "kill_linked", "mailbox_flood", "million_procs", "no_starvation",
        "register_races", "ring_tokens", "selective_receive", "timer_races",
    ]

    func testExitRaces() throws { try runStress("exit_races") }
    func testKillLinked() throws { try runStress("kill_linked") }
    func testMailboxFlood() throws { try runStress("mailbox_flood") }
    func testMillionProcesses() throws { try runStress("million_procs") }
    func testNoStarvation() throws { try runStress("no_starvation") }
    func testRegisterRaces() throws { try runStress("register_races") }
    func testRingTokens() throws { try runStress("ring_tokens") }
    func testSelectiveReceive() throws { try runStress("selective_receive") }
    func testTimerRaces() throws { try runStress("timer_races") }

    static let stressDirectory: URL = SwerlExecutable.programsDirectory
        .deletingLastPathComponent()   // Tests
        .appendingPathComponent("Stress", isDirectory: true)

    func testEveryStressProgramHasATestMethod() throws {
        let onDisk = try FileManager.default.contentsOfDirectory(atPath: Self.stressDirectory.path)
            .filter { $0.hasSuffix(".erl") }
            .map { String($0.dropLast(4)) }
        XCTAssertFalse(onDisk.isEmpty, "no programs found in \(Self.stressDirectory.path)")
        for name in onDisk where !Self.programs.contains(name) {
            XCTFail("Tests/Stress/\(name).erl has no test method: add it to StressTests.programs and a test method")
        }
        for name in Self.programs where !onDisk.contains(name) {
            XCTFail("StressTests.programs lists \(name), but Tests/Stress/\(name).erl does not exist")
        }
    }

    // MARK: - Running one program

    private func runStress(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        guard let swerl = SwerlExecutable.locate(near: Self.self) else {
            XCTFail("swerl executable not found beside the test bundle; build it (swift build) "
                    + "or set SWERL_EXECUTABLE", file: file, line: line)
            return
        }
        try Self.skipUnlessWanted(swerl)

        let loaded = try ProgramCase.load(area: "Stress", in: Self.stressDirectory.deletingLastPathComponent())
        let found = loaded.first { entry in
            switch entry {
            case .success(let program): return program.name == name
            case .failure(let problem): return problem.file == "Stress/\(name).erl"
            }
        }
        let program: ProgramCase
        switch found {
        case .success(let p)?: program = p
        case .failure(let problem)?:
            XCTFail("\(problem.file): \(problem.message) (record it with scripts/record_stress.sh)", file: file, line: line)
            return
        case nil:
            XCTFail("Tests/Stress/\(name).erl not found", file: file, line: line)
            return
        }

        let started = Date()
        let result = try ProgramRunner.run(executable: swerl, arguments: [program.source.lastPathComponent],
                                           in: program.directory, timeout: Self.timeout,
                                           environment: ProgramTests.childEnvironment)
        let elapsed = Date().timeIntervalSince(started)
        print("StressTests: \(name).erl: \(result.ending), \(String(format: "%.1f", elapsed)) s")
        let problems = OutputComparison.mismatches(of: program, result: result)
        if !problems.isEmpty {
            let stderr = result.stderrText
            XCTFail("\(program.displayName): " + problems.joined(separator: "\n")
                    + (stderr.isEmpty ? "" : "\nstderr:\n" + String(stderr.prefix(2000))), file: file, line: line)
        }
    }

    private static var environment: [String: String] { ProcessInfo.processInfo.environment }

    private static var timeout: Double {
        Double(environment["SWERL_STRESS_TIMEOUT"].flatMap { Int($0) } ?? 600)
    }

    /// Skips unless SWERL_STRESS=1 or `swerl` is a release build.
    private static func skipUnlessWanted(_ swerl: URL) throws {
        switch environment["SWERL_STRESS"] {
        case "1": return
        case "0": throw XCTSkip("SWERL_STRESS=0")
        default: break
        }
        let components = swerl.resolvingSymlinksInPath().pathComponents
        if !components.contains("release") {
            throw XCTSkip("stress tests need a release build of swerl (\(swerl.path) is not one): "
                          + "swift build -c release and set SWERL_EXECUTABLE=.build/release/swerl, or SWERL_STRESS=1")
        }
    }
}
