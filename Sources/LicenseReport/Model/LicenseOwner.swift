/// One licence owner, shaped like SuperOffice's `LicenseInfo` carrier: SuperOffice itself
/// (`OwnerName` "SUPEROFFICE") or a third-party add-on vendor. The Licences screen shows a tab per owner.
public struct LicenseOwner: Hashable, Sendable {
    /// `OwnerName`, e.g. "SUPEROFFICE". Unique within a dataset.
    public var ownerName: String
    /// `OwnerDescription`, free text.
    public var ownerDescription: String = ""
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

    /// True for SuperOffice's own licences (`OwnerName` "SUPEROFFICE", compared case-insensitively).
    public var isSuperOffice: Bool { ownerName.uppercased() == "SUPEROFFICE" }
}
