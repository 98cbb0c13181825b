/// The years a date may have, in the data and on the command line: 1900 through 9998.
///
/// Every date is a four-digit year in every output, and usage in a month is invoiced the month after:
/// usage in 9999-12 would be invoiced in "10000-01". Years before 1900 are typing mistakes or a
/// "no date" marker (SuperOffice writes `0001-01-01` for "never", which the readers turn into no date
/// before this rule applies). One rule for `--as-of`, `SOURCE_DATE_EPOCH`, `--month` and every date,
/// date-time and usage `Period` of the data; readers of other sources call `check` too.
public enum DateRange {
    /// The accepted years.
    public static let years = 1900...9998

    /// Whether `date` lies in an accepted year.
    public static func contains(_ date: CalendarDate) -> Bool { years.contains(date.year) }

    /// The instants (seconds since 1970-01-01T00:00:00Z) whose UTC date lies in an accepted year, for
    /// `SOURCE_DATE_EPOCH`: checked before any date arithmetic, which would overflow for the extremes of `Int64`.
    public static let instants: ClosedRange<Int64> = {
        let first = CalendarDate(year: years.lowerBound, month: 1, day: 1)!
        let afterLast = CalendarDate(year: years.upperBound, month: 12, day: 31)!.adding(days: 1)
        return Int64(first.daysSinceEpoch) * 86_400...Int64(afterLast.daysSinceEpoch) * 86_400 - 1
    }()

    /// Whether `month` lies in an accepted year.
    public static func contains(_ month: YearMonth) -> Bool { years.contains(month.year) }

    /// The reason for a value of `field`, written as `text`, outside the accepted years.
    public static func outOfRange(field: String, text: String) -> Reason {
        .dateOutOfRange(field: field, value: text, first: years.lowerBound, last: years.upperBound)
    }

    /// Records `dateOutOfRange` at `location` when `year` is outside the accepted years.
    /// - Returns: whether the year is accepted.
    static func check(year: Int, field: String, text: String, at location: SourceLocation, log: inout DiagnosticLog) -> Bool {
        guard !years.contains(year) else { return true }
        log.error(outOfRange(field: field, text: text), at: location)
        return false
    }
}
