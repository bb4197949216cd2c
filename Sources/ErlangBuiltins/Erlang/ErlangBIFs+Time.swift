import BigInt
import ErlangRuntime
import Foundation

/// Clocks, calendars and unique integers. The native time unit is the nanosecond, as
/// on OTP for Linux.
extension ErlangBIFs {
    static let time: [String: BIFFunction] = [
        "monotonic_time/0": { _, _ in .int(Clock.monotonicNanoseconds()) },
        "monotonic_time/1": { a, _ throws(ErlangError) in
            try TimeUnit(a[0]).fromNanoseconds(Clock.monotonicNanoseconds())
        },
        "system_time/0": { _, _ in .int(Clock.systemNanoseconds()) },
        "system_time/1": { a, _ throws(ErlangError) in
            try TimeUnit(a[0]).fromNanoseconds(Clock.systemNanoseconds())
        },
        "time_offset/0": { _, _ in .int(Clock.offsetNanoseconds) },
        "time_offset/1": { a, _ throws(ErlangError) in
            try TimeUnit(a[0]).fromNanoseconds(Clock.offsetNanoseconds)
        },
        "timestamp/0": { _, _ in
            let micros = Clock.systemNanoseconds() / 1000
            return .tuple(.int(micros / 1_000_000_000_000), .int(micros / 1_000_000 % 1_000_000),
                          .int(micros % 1_000_000))
        },
        "now/0": { _, _ in
            // Deprecated in OTP, but still used: a timestamp that never repeats.
            let micros = Clock.uniqueMicroseconds()
            return .tuple(.int(micros / 1_000_000_000_000), .int(micros / 1_000_000 % 1_000_000),
                          .int(micros % 1_000_000))
        },
        "convert_time_unit/3": { a, _ throws(ErlangError) in
            guard let value = Arith.bigValue(a[0]) else { throw .badarg }
            let from = try TimeUnit(a[1]), to = try TimeUnit(a[2])
            return TimeUnit.convert(value, from: from, to: to)
        },
        "localtime/0": { _, _ in Clock.calendarTime(local: true) },
        "universaltime/0": { _, _ in Clock.calendarTime(local: false) },
        "date/0": { _, _ in
            guard case .tuple(let dt) = Clock.calendarTime(local: true) else { return .nil }
            return dt.elements[0]
        },
        "time/0": { _, _ in
            guard case .tuple(let dt) = Clock.calendarTime(local: true) else { return .nil }
            return dt.elements[1]
        },
        "unique_integer/0": { _, _ in .int(UniqueIntegers.shared.next()) },
        "unique_integer/1": { a, _ throws(ErlangError) in
            // Options are `positive` and `monotonic`; ours are always both.
            for option in try listArg(a[0]) {
                guard case .atom(let name) = option, name.name == "positive" || name.name == "monotonic" else {
                    throw .badarg
                }
            }
            return .int(UniqueIntegers.shared.next())
        },
    ]
}

/// A time unit argument: `second`, `millisecond`, ..., `native`, or a number of parts
/// per second.
struct TimeUnit {
    let perSecond: Int

    init(_ t: Term) throws(ErlangError) {
        switch t {
        case .int(let n) where n > 0: perSecond = n
        case .atom(let a):
            switch a.name {
            case "second", "seconds": perSecond = 1
            case "millisecond", "milli_seconds": perSecond = 1_000
            case "microsecond", "micro_seconds": perSecond = 1_000_000
            case "nanosecond", "nano_seconds", "native", "perf_counter": perSecond = 1_000_000_000
            default: throw .badarg
            }
        default: throw .badarg
        }
    }

    /// `value` in `from` units, converted to `to` units rounding down (as OTP does).
    static func convert(_ value: BigInt, from: TimeUnit, to: TimeUnit) -> Term {
        let scaled = value * BigInt(to.perSecond)
        let divisor = BigInt(from.perSecond)
        var (q, r) = scaled.quotientAndRemainder(dividingBy: divisor)
        if r.sign == .minus && !r.isZero { q -= 1 }
        return Term.integer(q)
    }

    func fromNanoseconds(_ ns: Int) -> Term {
        TimeUnit.convert(BigInt(ns), from: TimeUnit(perSecondUnchecked: 1_000_000_000), to: self)
    }

    private init(perSecondUnchecked n: Int) { perSecond = n }
}

/// The operating system clocks.
enum Clock {
    static func monotonicNanoseconds() -> Int {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return ts.tv_sec * 1_000_000_000 + ts.tv_nsec
    }

    static func systemNanoseconds() -> Int {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return ts.tv_sec * 1_000_000_000 + ts.tv_nsec
    }

    private static let lastNowLock = NSLock()
    nonisolated(unsafe) private static var lastNow = 0

    /// System time in microseconds, bumped so that no two calls return the same value.
    static func uniqueMicroseconds() -> Int {
        lastNowLock.lock(); defer { lastNowLock.unlock() }
        lastNow = max(lastNow + 1, systemNanoseconds() / 1000)
        return lastNow
    }

    /// system time - monotonic time, fixed when first read (OTP's default time mode
    /// also keeps the offset constant).
    static let offsetNanoseconds = systemNanoseconds() - monotonicNanoseconds()

    /// `{{Year, Month, Day}, {Hour, Minute, Second}}` now, local or UTC.
    static func calendarTime(local: Bool) -> Term {
        datetime(time_t(systemNanoseconds() / 1_000_000_000), local: local)
    }

    /// `{{Year, Month, Day}, {Hour, Minute, Second}}` of a POSIX time, local or UTC.
    static func datetime(_ seconds: time_t, local: Bool) -> Term {
        var now = seconds
        var parts = tm()
        if local { localtime_r(&now, &parts) } else { gmtime_r(&now, &parts) }
        return .tuple(
            .tuple(.int(Int(parts.tm_year) + 1900), .int(Int(parts.tm_mon) + 1), .int(Int(parts.tm_mday))),
            .tuple(.int(Int(parts.tm_hour)), .int(Int(parts.tm_min)), .int(Int(parts.tm_sec))))
    }
}

/// erlang:unique_integer/0,1: one counter for the whole runtime, so values are unique
/// across processes and strictly increasing.
final class UniqueIntegers: @unchecked Sendable {
    static let shared = UniqueIntegers()
    private var counter = 0
    private let lock = NSLock()

    func next() -> Int {
        lock.lock(); defer { lock.unlock() }
        counter += 1
        return counter
    }
}
