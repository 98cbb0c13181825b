/// SuperOffice's `LicenseType` of a module licence.
public enum LicenseType: String, CaseIterable, Hashable, Sendable {
    /// Licences the whole site (database).
    case siteLicense = "SiteLicense"
    /// Licences a satellite (Travel) database.
    case satelliteLicense = "SatelliteLicense"
    /// Assigned to individual users; counted in InUse.
    case userLicense = "UserLicense"
}

/// One licence of an owner, shaped like SuperOffice's `ModuleLicenseLink` carrier.
public struct ModuleLicense: Hashable, Sendable {
    /// `Name`, e.g. "SuperOffice.CrmSuite" or "Sales-Premium". Unique within its owner.
    public var name: String
    /// `Description`: the display name.
    public var description: String
    /// `LicenseType`.
    public var licenseType: LicenseType
    /// `Total`: licences bought, >= 0.
    public var total: Int
    /// `InUse`: licences assigned, >= 0 and <= `total` unless `unrestricted`.
    public var inUse: Int
    /// `Unrestricted`: no counter applies; pages show "Unlimited".
    public var unrestricted: Bool = false
    /// `IsHidden`: not listed on pages.
    public var isHidden: Bool = false
    /// `ExtraFlags`; bit value 1 marks a user plan.
    public var extraFlags: Int = 0
    /// `SortOrder`: listing order within an owner (ties broken by `name`).
    public var sortOrder: Int = 0
    /// Optional `ExpiryDate` of this licence alone.
    public var expiryDate: CalendarDate?

    /// A user plan (CRM Suite, Sales-Premium, …) rather than a system licence: `ExtraFlags & 1 != 0`
    /// ("ExtraFlags bit 1 set", the lowest bit).
    public var isUserPlan: Bool { extraFlags & 1 != 0 }

    /// `Free` = Total − InUse; `nil` for an unrestricted licence, whose counters mean nothing (SuperOffice
    /// exports any Total and Free for it; pages show "Unlimited", report.json `null`). A `Free` given in the
    /// input is checked against Total − InUse (`LicenseRules`).
    public var free: Int? { unrestricted ? nil : total - inUse }
}
