import Foundation

/// Buffered standard output/error. Each write is appended whole under one lock, so
/// output of one io:format call is never interleaved with another's. Output to a
/// terminal is written through at once; otherwise it is flushed when the buffer grows,
/// when schedulers go idle, and at halt.
final class OutputChannel: @unchecked Sendable {
    private let lock = NSLock()
    private var buffer: [UInt8] = []
    private let stdoutIsTTY = isatty(1) != 0

    var capture: ((String, Int32) -> Void)?

    func write(_ text: String, fd: Int32) {
        write(bytes: Array(text.utf8), fd: fd)
    }

    func write(bytes: [UInt8], fd: Int32) {
        lock.lock(); defer { lock.unlock() }
        if let c = capture { c(String(decoding: bytes, as: UTF8.self), fd); return }
        if fd == 2 {
            flushLocked()
            writeAll(2, bytes)
            return
        }
        buffer.append(contentsOf: bytes)
        if stdoutIsTTY || buffer.count > 1 << 16 { flushLocked() }
    }

    func flush() {
        lock.lock(); defer { lock.unlock() }
        flushLocked()
    }

    private func flushLocked() {
        guard !buffer.isEmpty else { return }
        writeAll(1, buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    private func writeAll(_ fd: Int32, _ bytes: [UInt8]) {
        bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            var off = 0
            while off < raw.count {
                let n = Foundation.write(fd, base + off, raw.count - off)
                if n <= 0 { return }
                off += n
            }
        }
    }
}
