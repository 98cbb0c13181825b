/// The Licences screen: one tab per owner, each with its visible licences, and the customer.
public enum OwnerRules {
    /// The one owner order of the program: `SUPEROFFICE` first, then by `OwnerName` (code-point order,
    /// locale-free).
    public static func precedes(_ lhs: LicenseOwner, _ rhs: LicenseOwner) -> Bool {
        if lhs.isSuperOffice != rhs.isSuperOffice { return lhs.isSuperOffice }
        return lhs.ownerName.unicodeScalars.lexicographicallyPrecedes(rhs.ownerName.unicodeScalars)
    }

    /// The owners in report order (`precedes`); the dataset keeps them in file order.
    public static func ordered(_ owners: [LicenseOwner]) -> [LicenseOwner] { owners.sorted(by: precedes) }

    /// The owners as reported, in report order, with days left until their `ExpiryDate` and their licences'.
    /// - Parameters:
    ///   - owners: the licence owners (any order).
    ///   - asOf: the report date.
    /// - Returns: one `OwnerReport` per owner.
    public static func reports(of owners: [LicenseOwner], asOf: CalendarDate) -> [OwnerReport] {
        ordered(owners).map { owner in
            OwnerReport(ownerName: owner.ownerName, ownerDescription: owner.ownerDescription,
                        companyName: owner.companyName, serialNr: owner.serialNr, expiryDate: owner.expiryDate,
                        daysLeft: ExpiryRules.daysLeft(until: owner.expiryDate, asOf: asOf),
                        licenses: lines(of: owner, asOf: asOf))
        }
    }

    /// An owner's licence list: every licence without `IsHidden`, sorted by `SortOrder`, then `Name`;
    /// a user plan (ExtraFlags bit 1) is of kind `user`, any other licence `system`.
    public static func lines(of owner: LicenseOwner, asOf: CalendarDate) -> [LicenseLine] {
        owner.moduleLicenses.filter { !$0.isHidden }
            .sorted { lhs, rhs in
                if lhs.sortOrder != rhs.sortOrder { return lhs.sortOrder < rhs.sortOrder }
                return lhs.name.unicodeScalars.lexicographicallyPrecedes(rhs.name.unicodeScalars)
            }
            .map { license in
                LicenseLine(name: license.name, description: license.description,
                            kind: license.isUserPlan ? .user : .system, total: license.total, inUse: license.inUse,
                            free: license.free, unrestricted: license.unrestricted, expiryDate: license.expiryDate,
                            daysLeft: ExpiryRules.daysLeft(until: license.expiryDate, asOf: asOf))
            }
    }

    /// The customer: the first owner in report order (SUPEROFFICE when present), or an empty customer
    /// when there is no owner.
    public static func customer(of owners: [OwnerReport]) -> Customer {
        guard let first = owners.first else { return Customer() }
        return Customer(companyName: first.companyName, serialNr: first.serialNr)
    }
}
