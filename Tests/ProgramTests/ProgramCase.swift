import Foundation

/// One program of the corpus, Tests/Programs/<area>/<name>.erl, with the results OTP's escript
/// gave for it (recorded by scripts/golden.sh, never written by hand):
///   <name>.stdout           exact stdout (logger reports removed, see `OutputComparison`)
///   <name>.exit             exit status
///   <name>.args             optional, one command-line argument per line
///   <name>.stdin            optional, fed to the program's standard input (else /dev/null)
///   <name>.stderr_contains  optional (compile_errors), lines that must appear in stderr
struct ProgramCase {
    var area: String
    var name: String
    var source: URL
    var arguments: [String]
    /// The file to feed to standard input, or nil for an empty stdin (/dev/null).
    var stdin: URL?
    var expectedStdout: Data
    var expectedExit: Int32
    var stderrMustContain: [String]

    /// "area/name.erl": how failures name the case and what SWERL_PROGRAM_FILTER matches.
    var displayName: String { "\(area)/\(name).erl" }
    var directory: URL { source.deletingLastPathComponent() }

    /// The areas: one folder each under Tests/Programs.
    static func areas(in root: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: root.path)
            .filter { isDirectory(root.appendingPathComponent($0)) }
            .sorted()
    }

    /// Every case of one area, sorted by name. A program without recorded results is a
    /// `CorpusProblem`, so a forgotten `make golden` cannot pass silently.
    static func load(area: String, in root: URL) throws -> [Result<ProgramCase, CorpusProblem>] {
        let folder = root.appendingPathComponent(area, isDirectory: true)
        return try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".erl") }
            .sorted()
            .map { file in
                let source = folder.appendingPathComponent(file)
                do {
                    return .success(try load(area: area, source: source))
                } catch let problem as CorpusProblem {
                    return .failure(problem)
                } catch {
                    return .failure(CorpusProblem(file: "\(area)/\(file)", message: "\(error)"))
                }
            }
    }

    private static func load(area: String, source: URL) throws -> ProgramCase {
        let name = source.deletingPathExtension().lastPathComponent
        let sibling = { (ext: String) in source.deletingPathExtension().appendingPathExtension(ext) }
        let display = "\(area)/\(name).erl"

        guard let stdout = try? Data(contentsOf: sibling("stdout")) else {
            throw CorpusProblem(file: display, message: "no \(name).stdout: run scripts/golden.sh")
        }
        guard let exitText = try? String(contentsOf: sibling("exit"), encoding: .utf8),
              let exit = Int32(exitText.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw CorpusProblem(file: display, message: "no readable \(name).exit: run scripts/golden.sh")
        }
        return ProgramCase(area: area, name: name, source: source,
                           arguments: lines(of: sibling("args")),
                           stdin: FileManager.default.fileExists(atPath: sibling("stdin").path) ? sibling("stdin") : nil,
                           expectedStdout: stdout, expectedExit: exit,
                           stderrMustContain: lines(of: sibling("stderr_contains")).filter { !$0.isEmpty })
    }

    /// The lines of an optional text file ([] when it does not exist); a final newline ends
    /// the last line rather than starting an empty one.
    private static func lines(of url: URL) -> [String] {
        guard let text = try? String(contentsOf: url, encoding: .utf8), !text.isEmpty else { return [] }
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    private static func isDirectory(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}

/// A corpus file that cannot be used as a test (missing or unreadable expectations).
struct CorpusProblem: Error {
    var file: String
    var message: String
}
