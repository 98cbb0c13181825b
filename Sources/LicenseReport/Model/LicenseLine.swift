/// Whether a licence is a system licence or a user plan (ExtraFlags bit 1).
public enum LicenseKind: String, Hashable, Sendable {
    /// A system licence.
    case system
    /// A user plan.
    case user
}

/// One licence line of an owner, as listed on the Licences screen.
public struct LicenseLine: Hashable, Sendable {
    /// ModuleLicense `Name`, e.g. "SuperOffice.SalesPremium".
    public var name: String
    /// ModuleLicense `Description`: the display name.
    public var description: String
    /// `.user` for user plans (ExtraFlags bit 1), else `.system`.
    public var kind: LicenseKind
    /// `Total`: licences bought.
    public var total: Int
    /// `InUse`: licences assigned.
    public var inUse: Int
    /// `Free` = Total − InUse; `nil` for an unrestricted licence.
    public var free: Int?
    /// `Unrestricted`: pages show "Unlimited" and no counter.
    public var unrestricted: Bool
    /// The licence's own `ExpiryDate`, if any.
    public var expiryDate: CalendarDate? = nil
    /// Days from the report date to `expiryDate` (negative: expired); `nil` when not time-limited.
    public var daysLeft: Int? = nil
    /// How close `expiryDate` is with the report's warning window; `nil` when not time-limited or before
    /// the warning rule ran (`ExpiryWarningRules.annotated`).
    public var expiryLevel: ExpiryLevel? = nil

    /// `Description`, or `Name` when the description is blank: what pages and notices call the licence.
    public var displayName: String { description.trimmingSpaces.isEmpty ? name : description }
}
