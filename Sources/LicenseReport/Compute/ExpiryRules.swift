/// Licence expiry as of the report date. Dates are calendar days in the dataset's time zone, so the
/// arithmetic is on whole days only.
public enum ExpiryRules {
    /// Every `ExpiryDate` in the dataset: each owner's and each licence's (hidden licences included,
    /// since a hidden licence that expires still stops working).
    public static func expiryDates(of owners: [LicenseOwner]) -> [CalendarDate] {
        owners.compactMap(\.expiryDate) + owners.flatMap(\.moduleLicenses).compactMap(\.expiryDate)
    }

    /// The next expiry: the earliest `ExpiryDate` of any owner or licence on or after the report date.
    /// - Parameters:
    ///   - owners: the licence owners.
    ///   - asOf: the report date.
    /// - Returns: that date, or `nil` when nothing expires on or after `asOf` (nothing time-limited, or
    ///   everything already expired).
    public static func nextExpiry(of owners: [LicenseOwner], asOf: CalendarDate) -> CalendarDate? {
        expiryDates(of: owners).filter { $0 >= asOf }.min()
    }

    /// Days from the report date to an expiry date: 0 on the day itself, negative once expired.
    /// - Returns: `nil` when `expiryDate` is `nil` (not time-limited).
    public static func daysLeft(until expiryDate: CalendarDate?, asOf: CalendarDate) -> Int? {
        expiryDate.map { asOf.days(until: $0) }
    }
}
