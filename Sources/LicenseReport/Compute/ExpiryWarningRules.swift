/// The expiry warning rule of `--warn-days` (issue 12): an owner or licence that expires within N days of
/// the report date is a warning, one whose date has passed an error. Whole days in the dataset's time zone
/// (`OwnerReport.daysLeft`, `LicenseLine.daysLeft`), so no clock is involved.
public enum ExpiryWarningRules {
    /// The default warning window, in days (`--warn-days`).
    public static let defaultWarnDays = 30

    /// The level of one expiry date.
    /// - Parameters:
    ///   - daysLeft: days from the report date to the expiry date (0 on the day, negative once expired);
    ///     `nil` when not time-limited.
    ///   - warnDays: the warning window, ≥ 0.
    /// - Returns: `nil` when not time-limited; `.expired` when `daysLeft` < 0; `.expiring` when
    ///   0 ≤ `daysLeft` ≤ `warnDays` (the day itself included: it still works today); else `.normal`.
    public static func level(daysLeft: Int?, warnDays: Int) -> ExpiryLevel? {
        guard let daysLeft else { return nil }
        if daysLeft < 0 { return .expired }
        return daysLeft <= warnDays ? .expiring : .normal
    }

    /// The owners with the level of every time-limited owner and visible licence set.
    public static func annotated(_ owners: [OwnerReport], warnDays: Int) -> [OwnerReport] {
        owners.map { owner in
            var owner = owner
            owner.expiryLevel = level(daysLeft: owner.daysLeft, warnDays: warnDays)
            owner.licenses = owner.licenses.map { line in
                var line = line
                line.expiryLevel = level(daysLeft: line.daysLeft, warnDays: warnDays)
                return line
            }
            return owner
        }
    }

    /// Every owner and visible licence that is expiring or expired. Hidden licences are left out: no page
    /// lists them, so no warning could point at a row (they still count for the next expiry).
    /// - Parameter owners: annotated owners (`annotated`), in report order.
    /// - Returns: earliest date first; on the same date an owner before its licences, owners in report order,
    ///   licences in report order.
    public static func warnings(of owners: [OwnerReport]) -> [ExpiryWarning] {
        var found: [(ExpiryWarning, Int)] = []
        for owner in owners {
            if let level = owner.expiryLevel, level != .normal, let date = owner.expiryDate, let days = owner.daysLeft {
                found.append((ExpiryWarning(ownerName: owner.ownerName, licenseName: nil, licenseDisplayName: nil,
                                            date: date, daysLeft: days, level: level), found.count))
            }
            for line in owner.licenses {
                guard let level = line.expiryLevel, level != .normal, let date = line.expiryDate, let days = line.daysLeft else { continue }
                found.append((ExpiryWarning(ownerName: owner.ownerName, licenseName: line.name,
                                            licenseDisplayName: line.displayName, date: date, daysLeft: days, level: level),
                              found.count))
            }
        }
        // Stable: by date, then in the order found (report order).
        return found.sorted { $0.0.date != $1.0.date ? $0.0.date < $1.0.date : $0.1 < $1.1 }.map(\.0)
    }
}
