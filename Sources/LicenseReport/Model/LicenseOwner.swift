/// One licence owner, shaped like SuperOffice's `LicenseInfo` carrier: SuperOffice itself
/// (`OwnerName` "SUPEROFFICE") or a third-party add-on vendor. The Licences screen shows a tab per owner.
public struct LicenseOwner: Hashable, Sendable {
    /// `OwnerName`, e.g. "SUPEROFFICE". Unique within a dataset.
    public var ownerName: String
    /// `OwnerDescription`, free text.
    public var ownerDescription: String
    /// `CompanyName`: the customer the licence was issued to.
    public var companyName: String
    /// `SerialNr`: the licence serial number.
    public var serialNr: String
    /// `ExpiryDate`; `nil` when the licence is not time-limited (absent, null, or SuperOffice's "0 = forever").
    public var expiryDate: CalendarDate?
    /// `GraceDate`; `nil` when absent.
    public var graceDate: CalendarDate?
    /// `ModuleLicenses`, in input order.
    public var moduleLicenses: [ModuleLicense]

    /// Memberwise initializer.
    public init(ownerName: String, ownerDescription: String = "", companyName: String, serialNr: String,
                expiryDate: CalendarDate? = nil, graceDate: CalendarDate? = nil, moduleLicenses: [ModuleLicense]) {
        self.ownerName = ownerName
        self.ownerDescription = ownerDescription
        self.companyName = companyName
        self.serialNr = serialNr
        self.expiryDate = expiryDate
        self.graceDate = graceDate
        self.moduleLicenses = moduleLicenses
    }

    /// True for SuperOffice's own licences (`OwnerName` "SUPEROFFICE", compared case-insensitively).
    public var isSuperOffice: Bool { ownerName.uppercased() == "SUPEROFFICE" }
}

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
    /// `Free` = Total − InUse (checked when given in the input).
    public var free: Int
    /// `Unrestricted`: no counter applies; pages show "Unlimited".
    public var unrestricted: Bool
    /// `IsHidden`: not listed on pages.
    public var isHidden: Bool
    /// `ExtraFlags`; bit value 1 marks a user plan.
    public var extraFlags: Int
    /// `SortOrder`: listing order within an owner (ties broken by `name`).
    public var sortOrder: Int
    /// Optional `ExpiryDate` of this licence alone.
    public var expiryDate: CalendarDate?

    /// Memberwise initializer; `free` defaults to `total - inUse`.
    public init(name: String, description: String, licenseType: LicenseType, total: Int, inUse: Int, free: Int? = nil,
                unrestricted: Bool = false, isHidden: Bool = false, extraFlags: Int = 0, sortOrder: Int = 0,
                expiryDate: CalendarDate? = nil) {
        self.name = name
        self.description = description
        self.licenseType = licenseType
        self.total = total
        self.inUse = inUse
        self.free = free ?? (total - inUse)
        self.unrestricted = unrestricted
        self.isHidden = isHidden
        self.extraFlags = extraFlags
        self.sortOrder = sortOrder
        self.expiryDate = expiryDate
    }

    /// A user plan (CRM Suite, Sales-Premium, …) rather than a system licence: `ExtraFlags & 1 != 0`
    /// ("ExtraFlags bit 1 set", the lowest bit).
    public var isUserPlan: Bool { extraFlags & 1 != 0 }
}
