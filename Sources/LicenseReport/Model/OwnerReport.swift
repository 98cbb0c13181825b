/// One owner as reported: owners come SUPEROFFICE first, then by OwnerName (`OwnerRules.precedes`);
/// hidden licences are left out; licences are sorted by SortOrder, then Name.
public struct OwnerReport: Hashable, Sendable {
    /// `OwnerName`, e.g. "SUPEROFFICE".
    public var ownerName: String
    /// `OwnerDescription`.
    public var ownerDescription: String
    /// `CompanyName`: the customer.
    public var companyName: String
    /// `SerialNr`: the licence serial number.
    public var serialNr: String
    /// `nil` when not time-limited.
    public var expiryDate: CalendarDate?
    /// Days from the report date to `expiryDate` (negative: expired); `nil` when not time-limited.
    public var daysLeft: Int?
    /// Visible licences, sorted by SortOrder, then Name.
    public var licenses: [LicenseLine]
    /// How close `expiryDate` is with the report's warning window; `nil` when not time-limited or before
    /// the warning rule ran (`ExpiryWarningRules.annotated`).
    public var expiryLevel: ExpiryLevel? = nil
}
