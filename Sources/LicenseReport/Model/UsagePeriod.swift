/// The period of one usage row: a whole month (`YYYY-MM`) or one day (`YYYY-MM-DD`).
public enum UsagePeriod: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// A month-level row (`YYYY-MM`).
    case month(YearMonth)
    /// A day-level row (`YYYY-MM-DD`).
    case day(CalendarDate)

    /// The month the row counts towards.
    public var month: YearMonth {
        switch self {
        case .month(let m): m
        case .day(let d): d.yearMonth
        }
    }

    /// `YYYY-MM` or `YYYY-MM-DD`.
    public var description: String {
        switch self {
        case .month(let m): m.description
        case .day(let d): d.description
        }
    }

    /// By text: months and days of one month sort together, days in calendar order.
    public static func < (lhs: UsagePeriod, rhs: UsagePeriod) -> Bool {
        lhs.description < rhs.description
    }
}
