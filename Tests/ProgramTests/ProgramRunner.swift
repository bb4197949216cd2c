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
                    timeout: Double, environment: [String: String]? = nil) throws -> RunResult {
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("swerl-run-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let stdoutURL = scratch.appendingPathComponent("stdout")
        let stderrURL = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: stdoutURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: stderrURL.path, contents: nil)
        let stdoutHandle = try FileHandle(forWritingTo: stdoutURL)
        let stderrHandle = try FileHandle(forWritingTo: stderrURL)

        let child = Process()
        child.executableURL = executable
        child.arguments = arguments
        child.currentDirectoryURL = directory
        if let environment { child.environment = environment }
        child.standardInput = FileHandle.nullDevice
        child.standardOutput = stdoutHandle
        child.standardError = stderrHandle
        let finished = DispatchSemaphore(value: 0)
        child.terminationHandler = { _ in finished.signal() }
        do {
            try child.run()
        } catch {
            try? stdoutHandle.close()
            try? stderrHandle.close()
            throw error
        }

        var timedOut = false
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            timedOut = true
            // Descendants first: they may hold the child's inherited file descriptors, and
            // Foundation reports termination only once those are closed.
            let family = descendants(of: child.processIdentifier) + [child.processIdentifier]
            for pid in family { kill(pid, SIGKILL) }
            finished.wait()
        }
        try? stdoutHandle.close()
        try? stderrHandle.close()

        let ending: RunEnding
        if timedOut {
            ending = .timedOut
        } else if child.terminationReason == .uncaughtSignal {
            ending = .signaled(child.terminationStatus)
        } else {
            ending = .exited(child.terminationStatus)
        }
        return RunResult(stdout: (try? Data(contentsOf: stdoutURL)) ?? Data(),
                         stderr: (try? Data(contentsOf: stderrURL)) ?? Data(),
                         ending: ending)
    }

    /// Runs `work` for every index in 0..<count on `jobs` threads; results keep index order.
    static func parallelMap<T>(count: Int, jobs: Int, _ work: (Int) -> T) -> [T] {
        var results = [T?](repeating: nil, count: count)
        var next = 0
        let lock = NSLock()
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, count))) { _ in
            while true {
                lock.lock()
                let index = next
                next += 1
                lock.unlock()
                guard index < count else { return }
                let result = work(index)
                lock.lock()
                results[index] = result
                lock.unlock()
            }
        }
        return results.compactMap { $0 }
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
