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

    /// The next expiry with what expires: the earliest `ExpiryDate` on or after the report date, as
    /// `nextExpiry(of:asOf:)`. When several items expire that day, an owner's subscription comes before
    /// its licences, owners in report order (`OwnerRules.ordered`), licences by display name (code-point
    /// order); the others are counted in `othersOnSameDay`.
    /// - Parameters:
    ///   - owners: the licence owners (any order).
    ///   - asOf: the report date.
    /// - Returns: the notice, or `nil` when nothing expires on or after `asOf`.
    public static func nextExpiryNotice(of owners: [LicenseOwner], asOf: CalendarDate) -> ExpiryNotice? {
        guard let date = nextExpiry(of: owners, asOf: asOf) else { return nil }
        let days = asOf.days(until: date)
        var items: [ExpiryNotice] = []
        for owner in OwnerRules.ordered(owners) {
            if owner.expiryDate == date {
                items.append(ExpiryNotice(date: date, ownerName: owner.ownerName, licenseName: nil, daysLeft: days))
            }
            let names = owner.moduleLicenses.filter { $0.expiryDate == date }
                .map { $0.description.trimmingSpaces.isEmpty ? $0.name : $0.description }
                .sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
            items += names.map { ExpiryNotice(date: date, ownerName: owner.ownerName, licenseName: $0, daysLeft: days) }
        }
        guard var first = items.first else { return nil }
        first.othersOnSameDay = items.count - 1
        return first
    }

    /// Days from the report date to an expiry date: 0 on the day itself, negative once expired.
    /// - Returns: `nil` when `expiryDate` is `nil` (not time-limited).
    public static func daysLeft(until expiryDate: CalendarDate?, asOf: CalendarDate) -> Int? {
        expiryDate.map { asOf.days(until: $0) }
    }
}
