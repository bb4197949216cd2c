import ErlangRuntime
import Foundation

/// file:open/2 and the functions on open files (the pid it returns), plus swerl_file:get_line/1
/// on such a pid. io:format/3 and io:put_chars/2 reach files through IODevice.
enum FileDeviceBIFs {
    static let functions: [String: BIFFunction] = [
        "open/2": { a, p in
            // OTP starts an io server for every open, failed ones included.
            let pid = p.vm.newPid()
            return FileResult.run { () throws(FileResult) in
                let path = try FileName.required(a[0])
                let modes = try OpenModes(a[1])
                FileDevices.register(FileDevice(fd: try modes.open(path), modes: modes), pid)
                return .tuple(.ok, .pid(pid))
            }
        },
        "close/1": { a, _ in
            FileResult.run { () throws(FileResult) in
                guard let device = FileDevices.lookup(a[0]) else { throw .error(.atom(.badarg)) }
                device.close()
                return .ok
            }
        },
        "read/2": { a, p in
            FileResult.run { () throws(FileResult) in
                let device = try FileDevices.required(a[0])
                guard case .int(let n) = a[1], n >= 0 else { throw .error(.atom(.badarg)) }
                let bytes = try device.read(n)
                p.chargeWork(bytes.count / 8)
                if bytes.isEmpty && n > 0 { return .atom("eof") }
                return .tuple(.ok, device.data(bytes))
            }
        },
        "read_line/1": { a, _ in
            FileResult.run { () throws(FileResult) in
                let device = try FileDevices.required(a[0])
                var line = try device.readLine()
                if line.isEmpty { return .atom("eof") }
                // file:read_line turns a CR LF ending into LF (io:get_line does not).
                if line.count >= 2 && line[line.count - 2] == 13 && line.last == 10 { line.remove(at: line.count - 2) }
                return .tuple(.ok, device.data(line))
            }
        },
        "write/2": { a, _ in
            FileResult.run { () throws(FileResult) in
                let device = try FileDevices.required(a[0])
                try device.write(try bytes(a[1]))
                return .ok
            }
        },
        "position/2": { a, _ in
            FileResult.run { () throws(FileResult) in
                let device = try FileDevices.required(a[0])
                let (offset, whence) = try location(a[1])
                return .tuple(.ok, .int(try device.seek(offset, whence)))
            }
        },
        "pread/3": { a, _ in
            FileResult.run { () throws(FileResult) in
                let device = try FileDevices.required(a[0])
                guard case .int(let n) = a[2], n >= 0 else { throw .error(.atom(.badarg)) }
                let (offset, whence) = try location(a[1])
                _ = try device.seek(offset, whence)
                let bytes = try device.read(n)
                if bytes.isEmpty && n > 0 { return .atom("eof") }
                return .tuple(.ok, device.data(bytes))
            }
        },
        "pwrite/3": { a, _ in
            FileResult.run { () throws(FileResult) in
                let device = try FileDevices.required(a[0])
                let (offset, whence) = try location(a[1])
                let data = try bytes(a[2])
                _ = try device.seek(offset, whence)
                try device.write(data)
                return .ok
            }
        },
        "sync/1": { a, _ in FileResult.run { () throws(FileResult) in _ = try FileDevices.required(a[0]); return .ok } },
        "datasync/1": { a, _ in FileResult.run { () throws(FileResult) in _ = try FileDevices.required(a[0]); return .ok } },
    ]

    /// `swerl_file:get_line/1`, what io:get_line/2 (stdlib/io.erl) does with a pid: the
    /// next line of the open file it is, `eof`, or `not_a_file` for any other pid (which
    /// io reads standard input for, as it does for any process without an io server).
    static let swerlFileTable = BIFTable(module: "swerl_file", [
        "get_line/1": { a, _ throws(ErlangError) in
            guard let device = FileDevices.lookup(a[0]) else { return .atom("not_a_file") }
            return FileResult.run { () throws(FileResult) in
                let line = try device.readLine()
                if line.isEmpty { return .atom("eof") }
                return device.text(line)
            }
        },
    ])

    static func bytes(_ data: Term) throws(FileResult) -> [UInt8] {
        do throws(ErlangError) { return try IOList.bytes(data) } catch { throw .error(.atom(.badarg)) }
    }

    /// A position argument: an offset from the start, `{bof|cur|eof, Offset}` or one of
    /// those atoms alone.
    static func location(_ t: Term) throws(FileResult) -> (Int, Int32) {
        func whence(_ a: Atom) -> Int32? {
            switch a.name { case "bof": return SEEK_SET; case "cur": return SEEK_CUR; case "eof": return SEEK_END; default: return nil }
        }
        switch t {
        case .int(let n): return (n, SEEK_SET)
        case .atom(let a): if let w = whence(a) { return (0, w) }
        case .tuple(let tuple) where tuple.count == 2:
            if case .atom(let a) = tuple[0], let w = whence(a), case .int(let n) = tuple[1] { return (n, w) }
        default: break
        }
        throw .error(.atom(.badarg))
    }
}

extension FileDevice {
    /// Bytes read by the file functions: a binary, or a list of characters (UTF-8
    /// decoded for a `{encoding, utf8}` file, one byte each otherwise).
    func data(_ bytes: [UInt8]) -> Term {
        if modes.binary { return .binary(bytes) }
        if modes.utf8 { return .string(String(decoding: bytes, as: UTF8.self)) }
        return .list(bytes.map { Term.int(Int($0)) })
    }

    /// A line read by io:get_line: as `data`, except that a binary from a latin1 file
    /// holds the characters UTF-8 encoded (io's binaries are Unicode text).
    func text(_ bytes: [UInt8]) -> Term {
        if modes.binary && !modes.utf8 {
            return .binary(String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) })))
        }
        return data(bytes)
    }

    /// Text from io:format/io:put_chars: UTF-8 for a `{encoding, utf8}` file, latin1
    /// otherwise. A character above 255 on a latin1 file fails with no_translation and
    /// ends the device, as OTP's io server does.
    func writeText(_ text: String) throws(ErlangError) {
        var bytes: [UInt8]
        if modes.utf8 {
            bytes = Array(text.utf8)
        } else {
            bytes = []
            for u in text.unicodeScalars {
                guard u.value <= 255 else { close(); throw .error(.atom("no_translation")) }
                bytes.append(UInt8(u.value))
            }
        }
        do throws(FileResult) { try write(bytes) } catch {
            if case .error(let reason) = error, reason == .atom("terminated") { throw .error(reason) }
            throw .error(.atom("terminated"))
        }
    }
}
