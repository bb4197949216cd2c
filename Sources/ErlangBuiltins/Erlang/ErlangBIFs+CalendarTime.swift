import ErlangRuntime
import Foundation

/// Conversions between calendar datetimes (`{{Y,M,D},{H,Mi,S}}`), POSIX seconds and
/// local time. Local time uses the C library's time zone (TZ).
extension ErlangBIFs {
    static let calendarTime: [String: BIFFunction] = [
        "universaltime_to_posixtime/1": { a, _ throws(ErlangError) in
            .int(try CalendarTime.datetime(a[0], minYear: 1600).posixSeconds)
        },
        "posixtime_to_universaltime/1": { a, _ throws(ErlangError) in
            // OTP refuses seconds outside a signed 64-bit range of milliseconds' worth.
            guard case .int(let s) = a[0], abs(s) < Int.max / 1000 else { throw .badarg }
            return CalendarTime(posixSeconds: s).term
        },
        "universaltime_to_localtime/1": { a, _ throws(ErlangError) in
            let ut = try CalendarTime.datetime(a[0], minYear: 1902)
            return try CalendarTime.local(fromPosix: ut.posixSeconds).term
        },
        "localtime_to_universaltime/1": { a, _ throws(ErlangError) in
            try CalendarTime.universal(fromLocal: try CalendarTime.datetime(a[0], minYear: 1902), isDst: -1).term
        },
        "localtime_to_universaltime/2": { a, _ throws(ErlangError) in
            let dst: Int32
            switch a[1] {
            case .true: dst = 1
            case .false: dst = 0
            case .undefined: dst = -1
            default: throw .badarg
            }
            return try CalendarTime.universal(fromLocal: try CalendarTime.datetime(a[0], minYear: 1902), isDst: dst).term
        },
    ]
}

/// A proleptic Gregorian date and time of day.
struct CalendarTime {
    var year, month, day, hour, minute, second: Int

    init(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) {
        (self.year, self.month, self.day, self.hour, self.minute, self.second) = (year, month, day, hour, minute, second)
    }

    /// A valid `{{Y,M,D},{H,Mi,S}}` with Y >= minYear, else badarg.
    static func datetime(_ t: Term, minYear: Int) throws(ErlangError) -> CalendarTime {
        guard case .tuple(let dt) = t, dt.count == 2,
              case .tuple(let d) = dt.elements[0], d.count == 3, case .tuple(let tm) = dt.elements[1], tm.count == 3,
              case .int(let y) = d.elements[0], case .int(let mo) = d.elements[1], case .int(let da) = d.elements[2],
              case .int(let h) = tm.elements[0], case .int(let mi) = tm.elements[1], case .int(let s) = tm.elements[2],
              (minYear...100_000_000).contains(y), (1...12).contains(mo), (1...daysIn(year: y, month: mo)).contains(da),
              (0..<24).contains(h), (0..<60).contains(mi), (0..<60).contains(s)
        else { throw .badarg }
        return CalendarTime(year: y, month: mo, day: da, hour: h, minute: mi, second: s)
    }

    static func isLeap(_ y: Int) -> Bool { y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) }

    static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 of a date (March-based era arithmetic, valid for all years).
    static func daysSinceEpoch(_ y: Int, _ m: Int, _ d: Int) -> Int {
        let yy = m <= 2 ? y - 1 : y
        let era = (yy >= 0 ? yy : yy - 399) / 400
        let yearOfEra = yy - era * 400
        let dayOfYear = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    var posixSeconds: Int {
        Self.daysSinceEpoch(year, month, day) * 86_400 + hour * 3_600 + minute * 60 + second
    }

    init(posixSeconds s: Int) {
        let days = s >= 0 ? s / 86_400 : (s - 86_399) / 86_400
        let secs = s - days * 86_400
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let d = dayOfYear - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yearOfEra + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d,
                  hour: secs / 3_600, minute: secs % 3_600 / 60, second: secs % 60)
    }

    var term: Term {
        .tuple(.tuple(.int(year), .int(month), .int(day)), .tuple(.int(hour), .int(minute), .int(second)))
    }

    static func local(fromPosix s: Int) throws(ErlangError) -> CalendarTime {
        var t = time_t(s)
        var parts = tm()
        guard localtime_r(&t, &parts) != nil else { throw .badarg }
        return CalendarTime(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday),
                            hour: Int(parts.tm_hour), minute: Int(parts.tm_min), second: Int(parts.tm_sec))
    }

    /// `isDst`: 1 daylight saving time, 0 standard time, -1 let the time zone decide.
    static func universal(fromLocal l: CalendarTime, isDst: Int32) throws(ErlangError) -> CalendarTime {
        guard let year = Int32(exactly: l.year - 1900) else { throw .badarg }
        var parts = tm()
        parts.tm_year = year
        parts.tm_mon = Int32(l.month - 1); parts.tm_mday = Int32(l.day)
        parts.tm_hour = Int32(l.hour); parts.tm_min = Int32(l.minute); parts.tm_sec = Int32(l.second)
        parts.tm_isdst = isDst
        let s = mktime(&parts)
        guard s != -1 || (l.year == 1969 || l.year == 1970) else { throw .badarg }
        return CalendarTime(posixSeconds: Int(s))
    }
}
