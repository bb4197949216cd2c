import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How a child run ended.
enum RunEnding: Equatable, CustomStringConvertible {
    /// Exited normally with this status (0...255).
    case exited(Int32)
    /// Killed by a signal it raised itself (a crash: SIGSEGV, SIGABRT, SIGILL, SIGTRAP...).
    case signaled(Int32)
    /// Still running at the deadline; the runner killed it.
    case timedOut

    /// Died by a signal it did not get from the runner's timeout.
    var isCrash: Bool {
        if case .signaled = self { return true }
        return false
    }

    var description: String {
        switch self {
        case .exited(let status): return "exit status \(status)"
        case .signaled(let signal): return "killed by signal \(signal) (\(signalName(signal)))"
        case .timedOut: return "timed out"
        }
    }
}

/// What a child run produced.
struct RunResult {
    var stdout: Data
    var stderr: Data
    var ending: RunEnding

    var stderrText: String { String(decoding: stderr, as: UTF8.self) }
}

/// Runs one executable to completion with a deadline.
///
/// Output goes to temporary files rather than pipes: a pipe fills after 64 KB and a child
/// blocked on a full pipe would look like a hang, and files need no reader threads.
enum ProgramRunner {
    static func run(executable: URL, arguments: [String], in directory: URL,
                    timeout: Double, environment: [String: String]? = nil,
                    stdin: URL? = nil) throws -> RunResult {
        let output = try OutputFiles()
        defer { output.remove() }

        let child = Process()
        child.executableURL = executable
        child.arguments = arguments
        child.currentDirectoryURL = directory
        if let environment { child.environment = environment }
        // Without a stdin file: empty (as golden.sh gives escript </dev/null).
        if let stdin {
            child.standardInput = try FileHandle(forReadingFrom: stdin)
        } else {
            child.standardInput = FileHandle.nullDevice
        }
        child.standardOutput = output.stdoutHandle
        child.standardError = output.stderrHandle
        let finished = DispatchSemaphore(value: 0)
        child.terminationHandler = { _ in finished.signal() }
        do {
            try child.run()
        } catch {
            output.close()
            throw error
        }
        let timedOut = waitOrKill(child, finished: finished, timeout: timeout)
        output.close()

        let ending: RunEnding
        if timedOut {
            ending = .timedOut
        } else if child.terminationReason == .uncaughtSignal {
            ending = .signaled(child.terminationStatus)
        } else {
            ending = .exited(child.terminationStatus)
        }
        return RunResult(stdout: output.stdout(), stderr: output.stderr(), ending: ending)
    }

    /// Waits for `child` to end; past the deadline kills it and says so.
    private static func waitOrKill(_ child: Process, finished: DispatchSemaphore, timeout: Double) -> Bool {
        guard finished.wait(timeout: .now() + timeout) == .timedOut else { return false }
        // Descendants first: they may hold the child's inherited file descriptors, and
        // Foundation reports termination only once those are closed.
        for pid in descendants(of: child.processIdentifier) + [child.processIdentifier] {
            kill(pid, SIGKILL)
        }
        finished.wait()
        return true
    }

    /// Runs `work` for every index in 0..<count on `jobs` threads; results keep index order.
    /// Plain threads rather than concurrentPerform: the work mostly waits for a child process,
    /// so the pool should not be capped at the number of cores.
    static func parallelMap<T>(count: Int, jobs: Int, _ work: @escaping (Int) -> T) -> [T] {
        let shared = WorkQueue<T>(count: count)
        let finished = DispatchGroup()
        for _ in 0..<max(1, min(jobs, count)) {
            finished.enter()
            let thread = Thread {
                while let index = shared.take() { shared.store(work(index), at: index) }
                finished.leave()
            }
            thread.start()
        }
        finished.wait()
        return shared.results()
    }
}

/// A fresh directory holding a child's stdout and stderr files.
private struct OutputFiles {
    let directory: URL
    let stdoutHandle: FileHandle
    let stderrHandle: FileHandle

    init() throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("swerl-run-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for name in ["stdout", "stderr"] {
            _ = FileManager.default.createFile(atPath: directory.appendingPathComponent(name).path, contents: nil)
        }
        stdoutHandle = try FileHandle(forWritingTo: directory.appendingPathComponent("stdout"))
        stderrHandle = try FileHandle(forWritingTo: directory.appendingPathComponent("stderr"))
    }

    func stdout() -> Data { (try? Data(contentsOf: directory.appendingPathComponent("stdout"))) ?? Data() }
    func stderr() -> Data { (try? Data(contentsOf: directory.appendingPathComponent("stderr"))) ?? Data() }

    func close() {
        try? stdoutHandle.close()
        try? stderrHandle.close()
    }

    func remove() { try? FileManager.default.removeItem(at: directory) }
}

/// Indices to hand out and the results coming back, shared by `parallelMap`'s threads.
private final class WorkQueue<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private var slots: [T?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func take() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < slots.count else { return nil }
        next += 1
        return next - 1
    }

    func store(_ value: T, at index: Int) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    func results() -> [T] {
        lock.lock()
        defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}

/// The processes started by `pid`, transitively (Linux /proc; empty elsewhere). swerl itself
/// starts none, but a wrapper script standing in for it (SWERL_EXECUTABLE) may.
private func descendants(of pid: Int32) -> [Int32] {
    let listing = "/proc/\(pid)/task/\(pid)/children"
    guard let text = try? String(contentsOfFile: listing, encoding: .utf8) else { return [] }
    let children = text.split(separator: " ").compactMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    return children.flatMap { descendants(of: $0) + [$0] }
}

private func signalName(_ signal: Int32) -> String {
    switch signal {
    case SIGSEGV: return "SIGSEGV"
    case SIGABRT: return "SIGABRT"
    case SIGILL: return "SIGILL"
    case SIGTRAP: return "SIGTRAP"
    case SIGBUS: return "SIGBUS"
    case SIGFPE: return "SIGFPE"
    case SIGKILL: return "SIGKILL"
    case SIGTERM: return "SIGTERM"
    default: return "signal \(signal)"
    }
}
