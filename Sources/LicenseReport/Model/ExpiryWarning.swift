/// An owner's subscription or one of its visible licences that expires within the warning window or has
/// expired (`ExpiryWarningRules.warnings`): what the headline, the indicators and `--fail-on expiring` name.
public struct ExpiryWarning: Hashable, Sendable {
    /// `OwnerName` of the owner ("SUPEROFFICE"); unique in a checked dataset.
    public var ownerName: String
    /// The licence's `Name` (unique within its owner), or `nil` when the owner's subscription expires.
    public var licenseName: String?
    /// The licence's display name (`Description`, else `Name`), or `nil` for the subscription.
    public var licenseDisplayName: String?
    /// The `ExpiryDate`.
    public var date: CalendarDate
    /// Days from the report date to `date`: 0 on the day itself, negative once expired.
    public var daysLeft: Int
    /// `.expiring` or `.expired` (never `.normal`).
    public var level: ExpiryLevel
}
