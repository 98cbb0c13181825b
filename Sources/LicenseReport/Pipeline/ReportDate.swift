import Foundation

/// How the report date is chosen: `--as-of`, else `SOURCE_DATE_EPOCH`, else today.
/// An instant is turned into a date in the dataset's time zone, after the dataset is loaded.
public enum ReportDateSource: Hashable, Sendable {
    /// An explicit calendar date (`--as-of YYYY-MM-DD`).
    case date(CalendarDate)
    /// An instant in seconds since the epoch (`SOURCE_DATE_EPOCH`, or the clock read by the command line).
    case instant(Int64)

    /// The calendar date in `timeZoneIdentifier` (an IANA name the check stage accepted; UTC if unknown).
    public func resolve(timeZoneIdentifier: String) -> CalendarDate {
        switch self {
        case .date(let date):
            return date
        case .instant(let seconds):
            let zone = TimeZone(identifier: timeZoneIdentifier) ?? TimeZone(identifier: "UTC")!
            let offset = zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds)))
            return ZonedDateTime(secondsSinceEpoch: seconds, utcOffsetSeconds: offset).localDate
        }
    }
}
