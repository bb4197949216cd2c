import Foundation
import ErlangRuntime

/// The VM's standard input, as OTP 25's standard_io reads it under escript with stdin not a
/// terminal: a latin1 device (each byte is one character) unless `io:setopts` makes it
/// unicode (UTF-8), giving lists unless `io:setopts([binary])`.
///
/// Blocking: reads happen on one dedicated thread ("swerl-stdin"), never on a scheduler.
/// A reading process queues a request here and then waits in an ordinary `receive` for
/// `{swerl_stdin, Ref, Result}` (stdlib/io.erl), so only that process blocks; the others
/// keep running. Requests are served one at a time in arrival order, each one whole, so
/// several processes reading at once each get complete lines (as from OTP's io server).
final class StandardInput: @unchecked Sendable {
    static let shared = StandardInput()

    enum Request {
        case line
        /// A line with its "\r\n" kept (io:fread, whose line ends count as characters).
        case rawLine
        case chars(Int)
        /// An Erlang term ended by a dot (io:read).
        case term
        /// Characters a read took but did not use (io:fread's leftover of its last line),
        /// put back in front of the input.
        case unread([UInt32])
    }

    private struct Pending {
        let vm: ErlangVM
        let pid: Pid
        let ref: Term
        let request: Request
    }

    private let cond = NSCondition()
    private var queue: [Pending] = []
    private var started = false
    private var binaryMode = false
    private var unicodeMode = false

    // Reader-thread state: bytes read from fd 0 and not yet handed out.
    private var buffer: [UInt8] = []
    private var atEOF = false

    // MARK: options (io:setopts/getopts)

    var options: (binary: Bool, unicode: Bool) {
        cond.lock(); defer { cond.unlock() }
        return (binaryMode, unicodeMode)
    }

    func setOptions(binary: Bool?, unicode: Bool?) {
        cond.lock(); defer { cond.unlock() }
        if let binary { binaryMode = binary }
        if let unicode { unicodeMode = unicode }
    }

    // MARK: requests

    /// Queues `request` for `pid`; the result arrives as `{swerl_stdin, ref, Result}`.
    func submit(_ request: Request, vm: ErlangVM, pid: Pid, ref: Term) {
        cond.lock()
        queue.append(Pending(vm: vm, pid: pid, ref: ref, request: request))
        if !started {
            started = true
            let thread = Thread { [unowned self] in self.serve() }
            thread.name = "swerl-stdin"
            thread.start()
        }
        cond.signal()
        cond.unlock()
    }

    private func serve() {
        while true {
            cond.lock()
            while queue.isEmpty { cond.wait() }
            let next = queue.removeFirst()
            let (binary, unicode) = (binaryMode, unicodeMode)
            cond.unlock()
            let result = answer(next.request, binary: binary, unicode: unicode)
            try? next.vm.send(from: nil, to: .pid(next.pid), .tuple(.atom("swerl_stdin"), next.ref, result))
        }
    }

    private func answer(_ request: Request, binary: Bool, unicode: Bool) -> Term {
        switch request {
        case .line, .rawLine:
            guard let chars = takeLine(unicode: unicode, keepCR: request.isRaw) else { return .atom("eof") }
            return data(chars, binary: binary)
        case .chars(let n):
            guard let chars = takeChars(n, unicode: unicode) else { return .atom("eof") }
            return data(chars, binary: binary)
        case .term:
            var reader = TermReader(nextLine: { self.takeLine(unicode: unicode) })
            let result = reader.read()
            if !reader.unread.isEmpty { buffer.insert(contentsOf: encode(reader.unread, unicode: unicode), at: 0) }
            return result
        case .unread(let chars):
            buffer.insert(contentsOf: encode(chars, unicode: unicode), at: 0)
            return .ok
        }
    }

    /// A list of characters, or a binary holding their UTF-8 encoding (as OTP returns
    /// binaries even from a latin1 device).
    private func data(_ chars: [UInt32], binary: Bool) -> Term {
        if binary { return .binary(Array(IOText.string(chars).utf8)) }
        return Term.list(chars.map { Term.int(Int($0)) })
    }

    // MARK: reading fd 0

    /// Reads more bytes into `buffer`; false at end of input (or on a read error).
    private func fill() -> Bool {
        if atEOF { return false }
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = chunk.withUnsafeMutableBytes { Foundation.read(0, $0.baseAddress, 4096) }
            if n > 0 { buffer.append(contentsOf: chunk[0..<n]); return true }
            if n < 0 && errno == EINTR { continue }
            atEOF = true
            return false
        }
    }

    /// The next line with its newline, or what is left before the end of input; nil at the end.
    private func takeLine(unicode: Bool, keepCR: Bool = false) -> [UInt32]? {
        var scanned = 0
        while true {
            if let newline = buffer[scanned...].firstIndex(of: 10) {
                var line = take(newline + 1)
                // As OTP's io server: a line ending "\r\n" reads as ending "\n".
                if !keepCR && line.count >= 2 && line[line.count - 2] == 13 { line.remove(at: line.count - 2) }
                return decode(line, unicode: unicode)
            }
            scanned = buffer.count
            if !fill() { return buffer.isEmpty ? nil : decode(take(buffer.count), unicode: unicode) }
        }
    }

    /// The next `n` characters, or fewer at the end of input; nil when nothing is left
    /// (even for n = 0).
    private func takeChars(_ n: Int, unicode: Bool) -> [UInt32]? {
        if buffer.isEmpty && !fill() { return nil }
        while true {
            let length = byteLength(ofChars: n, unicode: unicode)
            if let length { return decode(take(length), unicode: unicode) }
            if !fill() { return buffer.isEmpty ? nil : decode(take(buffer.count), unicode: unicode) }
        }
    }

    /// How many bytes at the front of `buffer` hold `n` whole characters, if it has them.
    private func byteLength(ofChars n: Int, unicode: Bool) -> Int? {
        guard unicode else { return buffer.count >= n ? n : nil }
        var i = 0, count = 0
        while count < n {
            guard i < buffer.count else { return nil }
            let lead = buffer[i]
            let width = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
            guard i + width <= buffer.count else { return nil }
            i += width; count += 1
        }
        return i
    }

    private func take(_ count: Int) -> [UInt8] {
        let bytes = Array(buffer[0..<count])
        buffer.removeFirst(count)
        return bytes
    }

    private func decode(_ bytes: [UInt8], unicode: Bool) -> [UInt32] {
        guard unicode else { return bytes.map { UInt32($0) } }
        return String(decoding: bytes, as: UTF8.self).unicodeScalars.map(\.value)
    }

    private func encode(_ chars: [UInt32], unicode: Bool) -> [UInt8] {
        guard unicode else { return chars.map { UInt8(truncatingIfNeeded: $0) } }
        return Array(IOText.string(chars).utf8)
    }
}

private extension StandardInput.Request {
    var isRaw: Bool { if case .rawLine = self { return true }; return false }
}
