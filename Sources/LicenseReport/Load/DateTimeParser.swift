import Foundation

/// Parses the ISO 8601 dates and date-times of SuperOffice exports.
///
/// Accepted: `YYYY-MM-DD`, and `YYYY-MM-DDTHH:MM[:SS[.fraction]]` (a space may replace `T`) with an optional
/// offset `Z`, `±HH:MM`, `±HHMM` or `±HH`. Fractional seconds are truncated. A date-time without an offset
/// is local time in the dataset's time zone.
enum DateTimeParser {
    /// The parts of a date or date-time as written.
    struct Parts: Hashable {
        /// The calendar day as written.
        var date: CalendarDate
        /// Seconds after midnight, 0..<86400 (0 for a plain date).
        var secondOfDay: Int
        /// The written offset from UTC in seconds, `nil` when there is none (local time).
        var offsetSeconds: Int?
    }

    /// Parses a date or date-time; `nil` when the text is not one or names a day that does not exist.
    static func parts(_ text: some StringProtocol) -> Parts? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 10, let date = CalendarDate(iso: String(decoding: bytes[0..<10], as: UTF8.self)) else { return nil }
        if bytes.count == 10 { return Parts(date: date, secondOfDay: 0, offsetSeconds: nil) }
        guard bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: "t") || bytes[10] == UInt8(ascii: " ") else { return nil }
        var scanner = Scanner(bytes: bytes, index: 11)
        guard let hour = scanner.number(digits: 2), hour < 24, scanner.skip(":"),
              let minute = scanner.number(digits: 2), minute < 60 else { return nil }
        var second = 0
        if scanner.skip(":") {
            guard let value = scanner.number(digits: 2), value < 60 else { return nil }
            second = value
            if scanner.skip(".") || scanner.skip(",") {
                guard scanner.skipDigits() > 0 else { return nil }
            }
        }
        var offset: Int?
        if scanner.skip("Z") || scanner.skip("z") {
            offset = 0
        } else if let sign = scanner.sign() {
            guard let hours = scanner.number(digits: 2), hours <= 18 else { return nil }
            var minutes = 0
            if scanner.skip(":") {
                guard let value = scanner.number(digits: 2) else { return nil }
                minutes = value
            } else if let value = scanner.number(digits: 2) {
                minutes = value
            }
            guard minutes < 60 else { return nil }
            offset = sign * (hours * 3600 + minutes * 60)
        }
        guard scanner.atEnd else { return nil }
        return Parts(date: date, secondOfDay: hour * 3600 + minute * 60 + second, offsetSeconds: offset)
    }

    /// The instant a date-time names, shown in `timeZone`: with a written offset the instant is exact;
    /// without one the text is local time in `timeZone` (in a daylight-saving gap, the offset before the
    /// gap applies; in an overlap, the earlier instant). `nil` when the text is not a date-time.
    static func zonedDateTime(_ text: some StringProtocol, in timeZone: TimeZone) -> ZonedDateTime? {
        guard let parts = parts(text) else { return nil }
        let local = Int64(parts.date.daysSinceEpoch) * 86_400 + Int64(parts.secondOfDay)
        let instant: Int64
        if let offset = parts.offsetSeconds {
            instant = local - Int64(offset)
        } else {
            instant = localToInstant(local, in: timeZone)
        }
        return ZonedDateTime(secondsSinceEpoch: instant, utcOffsetSeconds: offset(of: instant, in: timeZone))
    }

    /// The UTC offset of `timeZone` at an instant, in seconds.
    static func offset(of instant: Int64, in timeZone: TimeZone) -> Int {
        timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(instant)))
    }

    private static func localToInstant(_ local: Int64, in timeZone: TimeZone) -> Int64 {
        // Try the offsets in force a day before and after; keep the earliest instant whose offset matches.
        let candidates = Set([offset(of: local - 86_400, in: timeZone), offset(of: local + 86_400, in: timeZone),
                              offset(of: local, in: timeZone)])
        let matching = candidates.map { local - Int64($0) }.filter { Int64(offset(of: $0, in: timeZone)) == local - $0 }
        if let earliest = matching.min() { return earliest }
        // A gap (spring forward): read the time with the offset in force before the gap.
        return local - Int64(offset(of: local - 86_400, in: timeZone))
    }

    /// A tiny cursor over ASCII bytes.
    private struct Scanner {
        let bytes: [UInt8]
        var index: Int
        var atEnd: Bool { index == bytes.count }

        mutating func skip(_ character: Unicode.Scalar) -> Bool {
            guard index < bytes.count, bytes[index] == UInt8(character.value) else { return false }
            index += 1
            return true
        }

        mutating func number(digits count: Int) -> Int? {
            guard index + count <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[index..<(index + count)] {
                guard (48...57).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            index += count
            return value
        }

        mutating func skipDigits() -> Int {
            let start = index
            while index < bytes.count, (48...57).contains(bytes[index]) { index += 1 }
            return index - start
        }

        mutating func sign() -> Int? {
            if skip("+") { return 1 }
            if skip("-") { return -1 }
            return nil
        }
    }
}
