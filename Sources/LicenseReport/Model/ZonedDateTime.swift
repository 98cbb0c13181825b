/// An instant (whole seconds since 1970-01-01T00:00:00Z) together with the UTC offset it is
/// shown in: the offset of the dataset's time zone at that instant.
///
/// Load/check resolves time zones (with Foundation's `TimeZone`); everything after that is
/// integer arithmetic, so rendering never depends on the machine's zone or clock.
public struct ZonedDateTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Seconds since the Unix epoch, UTC. Fractional seconds in the input are truncated.
    public let secondsSinceEpoch: Int64
    /// Offset from UTC in seconds of the zone this value is displayed in (e.g. 3600 for +01:00).
    public let utcOffsetSeconds: Int

    /// Creates a value from an instant and the display offset.
    public init(secondsSinceEpoch: Int64, utcOffsetSeconds: Int) {
        self.secondsSinceEpoch = secondsSinceEpoch
        self.utcOffsetSeconds = utcOffsetSeconds
    }

    private var localSeconds: Int64 { secondsSinceEpoch + Int64(utcOffsetSeconds) }

    /// The calendar day at the display offset.
    public var localDate: CalendarDate {
        let days = Int((localSeconds - (((localSeconds % 86_400) + 86_400) % 86_400)) / 86_400)
        return CalendarDate(daysSinceEpoch: days)
    }

    /// Seconds after local midnight, 0..<86400.
    private var localSecondOfDay: Int { Int(((localSeconds % 86_400) + 86_400) % 86_400) }

    /// The offset written out: `+01:00`, `-05:30`, `+00:00`.
    public var offsetText: String {
        let sign = utcOffsetSeconds < 0 ? "-" : "+"
        let magnitude = abs(utcOffsetSeconds) / 60
        return "\(sign)\(pad(magnitude / 60, 2)):\(pad(magnitude % 60, 2))"
    }

    /// For display: `2026-03-04 14:05 +01:00` (local date, hours and minutes, offset).
    public var displayText: String {
        let s = localSecondOfDay
        return "\(localDate) \(pad(s / 3600, 2)):\(pad(s / 60 % 60, 2)) \(offsetText)"
    }

    /// ISO 8601 with the offset: `2026-03-04T14:05:09+01:00`.
    public var description: String {
        let s = localSecondOfDay
        return "\(localDate)T\(pad(s / 3600, 2)):\(pad(s / 60 % 60, 2)):\(pad(s % 60, 2))\(offsetText)"
    }

    /// Ordered by instant only.
    public static func < (lhs: ZonedDateTime, rhs: ZonedDateTime) -> Bool {
        lhs.secondsSinceEpoch < rhs.secondsSinceEpoch
    }
}
