/// The Licences screen: one tab per owner, each with its visible licences.
public enum OwnerRules {
    /// Owner order: `SUPEROFFICE` first, then by `OwnerName` (code-point order, locale-free).
    public static func precedes(_ lhs: LicenseOwner, _ rhs: LicenseOwner) -> Bool {
        if lhs.isSuperOffice != rhs.isSuperOffice { return lhs.isSuperOffice }
        return lhs.ownerName.unicodeScalars.lexicographicallyPrecedes(rhs.ownerName.unicodeScalars)
    }

    /// The owners as reported, sorted by `precedes`, with days left until their `ExpiryDate`.
    /// - Parameters:
    ///   - owners: the licence owners.
    ///   - asOf: the report date.
    /// - Returns: one `OwnerReport` per owner.
    public static func reports(of owners: [LicenseOwner], asOf: CalendarDate) -> [OwnerReport] {
        owners.sorted(by: precedes).map { owner in
            OwnerReport(ownerName: owner.ownerName, ownerDescription: owner.ownerDescription,
                        companyName: owner.companyName, serialNr: owner.serialNr, expiryDate: owner.expiryDate,
                        daysLeft: ExpiryRules.daysLeft(until: owner.expiryDate, asOf: asOf),
                        licenses: lines(of: owner))
        }
    }

    /// An owner's licence list: every licence without `IsHidden`, sorted by `SortOrder`, then `Name`;
    /// a user plan (ExtraFlags bit 1) is of kind `user`, any other licence `system`.
    public static func lines(of owner: LicenseOwner) -> [LicenseLine] {
        owner.moduleLicenses.filter { !$0.isHidden }
            .sorted { lhs, rhs in
                if lhs.sortOrder != rhs.sortOrder { return lhs.sortOrder < rhs.sortOrder }
                return lhs.name.unicodeScalars.lexicographicallyPrecedes(rhs.name.unicodeScalars)
            }
            .map { license in
                LicenseLine(name: license.name, description: license.description,
                            kind: license.isUserPlan ? .user : .system, total: license.total, inUse: license.inUse,
                            free: license.free, unrestricted: license.unrestricted, expiryDate: license.expiryDate)
            }
    }
}
