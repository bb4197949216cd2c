import Foundation
import XCTest

/// Robustness: swerl must never crash (die by a signal) on broken input. Any exit status is
/// fine: a clear diagnostic and exit 127 is the expected outcome for most mutants.
///
/// Environment: SWERL_FUZZ_SEED (reproduce a run), SWERL_FUZZ_CASES (300),
/// SWERL_FUZZ_TIMEOUT seconds per run (5), SWERL_TEST_JOBS (3).
final class FuzzTests: XCTestCase {
    /// Valid programs to damage: they cover most syntax and finish quickly (no receive that
    /// could wait forever once mutated).
    static let seeds = [
        "lexical/atoms.erl", "lexical/escapes.erl", "lexical/integers.erl", "lexical/floats.erl",
        "preprocessor/define_args.erl", "preprocessor/if_elif.erl", "preprocessor/stringify.erl",
        "patterns/binary_patterns.erl", "patterns/map_patterns.erl", "guards/guard_bifs.erl",
        "records/basics.erl", "maps/nested_update.erl", "binaries/construction.erl",
        "comprehensions/binary_comp.erl", "funs/recursive_funs.erl", "exceptions/try_after.erl",
        "io_format/p_line_breaking.erl", "control/case_expr.erl",
    ]

    func testMutatedProgramsNeverCrashSwerl() throws {
        guard let swerl = SwerlExecutable.locate(near: Self.self) else {
            XCTFail("swerl executable not found beside the test bundle; build it (swift build) or set SWERL_EXECUTABLE")
            return
        }
        let root = SwerlExecutable.programsDirectory
        let sources = try Self.seeds.map { ($0, try Data(contentsOf: root.appendingPathComponent($0))) }
        let seed = TestSettings.fuzzSeed
        var mutator = SourceMutator(generator: SplitMix64(seed: seed))
        let mutants = (0..<TestSettings.fuzzCases).map { index in
            let (name, source) = sources[index % sources.count]
            return mutator.mutate(source, named: name, kind: index, others: sources.map { $0.1 })
        }

        let workspace = FileManager.default.temporaryDirectory
            .appendingPathComponent("swerl-fuzz-\(seed)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: workspace, withIntermediateDirectories: true)
        let timeout = TestSettings.fuzzTimeout
        let endings = ProgramRunner.parallelMap(count: mutants.count, jobs: TestSettings.jobs) { index in
            Self.run(mutants[index], number: index, swerl: swerl, in: workspace, timeout: timeout)
        }

        var crashed = false
        for (index, ending) in endings.enumerated() {
            switch ending {
            case .failure(let message):
                XCTFail("mutant #\(index) (\(mutants[index].description)): \(message)")
            case .success(let runEnding) where runEnding.isCrash:
                crashed = true
                XCTFail("swerl \(runEnding) on mutant #\(index) (\(mutants[index].description)); input kept at "
                        + Self.fileURL(number: index, in: workspace).path + "; reproduce with SWERL_FUZZ_SEED=\(seed)")
            case .success:
                break
            }
        }
        let timeouts = endings.filter { if case .success(.timedOut) = $0 { return true } else { return false } }.count
        if timeouts > 0 {
            print("FuzzTests: \(timeouts) of \(mutants.count) mutants ran past \(timeout) s and were killed (not a failure)")
        }
        if !crashed { try? FileManager.default.removeItem(at: workspace) }
    }

    /// Writes the mutant and runs it; only crashing inputs stay on disk for inspection.
    private static func run(_ mutant: Mutant, number: Int, swerl: URL, in workspace: URL,
                            timeout: Double) -> Result<RunEnding, FuzzRunError> {
        let file = fileURL(number: number, in: workspace)
        do {
            try mutant.bytes.write(to: file)
            let result = try ProgramRunner.run(executable: swerl, arguments: [file.lastPathComponent],
                                               in: workspace, timeout: timeout)
            if !result.ending.isCrash { try? FileManager.default.removeItem(at: file) }
            return .success(result.ending)
        } catch {
            return .failure(FuzzRunError(message: "could not run swerl: \(error)"))
        }
    }

    private static func fileURL(number: Int, in workspace: URL) -> URL {
        workspace.appendingPathComponent("mutant_\(number).erl")
    }
}

struct FuzzRunError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
