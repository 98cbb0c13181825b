/// The view model of `licenses.html` / `licenses.md`: SuperOffice's Licences screen, one section per
/// licence owner (the owners arrive sorted SUPEROFFICE first, then by OwnerName), then the
/// "Licence types" reference.
struct LicensesPage: Sendable {
    /// One licence row: Total / In use / Free, or "Unlimited" for an unrestricted licence.
    struct LicenseRow: Sendable {
        /// Unique on the page, the headline's link target: "owner-superoffice-superoffice-salespremium".
        let rowID: String
        /// `Description`, or `Name` when the description is empty.
        let displayName: String
        /// `Name` (shown small when it differs from the display name).
        let licenseName: String?
        let total: String
        let inUse: String
        let free: String
        /// True for `Unrestricted`: "Unlimited" and no counter.
        let unrestricted: Bool
        /// The licence's own expiry, "2026-06-30 (12 days left)".
        let licenseExpiry: String?
        /// The licence's expiry indicator within `--warn-days` or once expired.
        let licenseExpiryIndicator: IndicatorView?
        /// In use against Total as a bar; `nil` for an unrestricted licence or a Total of 0.
        let inUseMeter: MeterView?
    }

    /// The expiry of a time-limited owner licence.
    struct OwnerExpiry: Sendable {
        let date: String
        /// "12 days left", "expires today" or "expired".
        let daysLeftText: String
        let isExpired: Bool
        /// The owner's expiry indicator within `--warn-days` or once expired.
        let ownerExpiryIndicator: IndicatorView?
    }

    /// One owner's tab.
    struct OwnerSection: Sendable {
        /// Unique id on the page: "owner-superoffice".
        let ownerID: String
        let ownerName: String
        let ownerDescription: String?
        let companyName: String
        let serialNr: String
        /// `nil` when the licence is not time-limited.
        let ownerExpiry: OwnerExpiry?
        let hasUserPlans: Bool
        let userPlans: [LicenseRow]
        let hasSystemLicenses: Bool
        let systemLicenses: [LicenseRow]
        let hasNoLicenses: Bool
    }

    let chrome: PageChrome
    let hasOwners: Bool
    let owners: [OwnerSection]
    let systemLicenseTypes: [LicenseTypeReference.Entry]
    let userPlanTypes: [LicenseTypeReference.Entry]

    /// Builds the page from the report alone.
    init(report: Report) {
        chrome = PageChrome(report: report, pageTitle: DisplayText.words("title_licences"), current: "licenses")
        let anchors = SiteAnchors(report: report)
        owners = report.owners.indices.map { index in
            LicensesPage.section(report.owners[index], id: anchors.ownerIDs[index], rowIDs: anchors.licenseIDs[index])
        }
        hasOwners = !owners.isEmpty
        systemLicenseTypes = LicenseTypeReference.systemLicenses
        userPlanTypes = LicenseTypeReference.userPlans
    }

    private static func section(_ owner: OwnerReport, id: String, rowIDs: [String]) -> OwnerSection {
        let rows = zip(owner.licenses, rowIDs).map(row)
        let userPlans = zip(owner.licenses, rows).filter { $0.0.kind == .user }.map(\.1)
        let system = zip(owner.licenses, rows).filter { $0.0.kind == .system }.map(\.1)
        var expiry: OwnerExpiry?
        if let date = owner.expiryDate, let days = owner.daysLeft {
            expiry = OwnerExpiry(date: DisplayText.date(date), daysLeftText: DisplayText.daysLeft(days), isExpired: days < 0,
                                 ownerExpiryIndicator: IndicatorView(owner.expiryLevel))
        }
        let description = owner.ownerDescription.trimmingSpaces
        return OwnerSection(
            ownerID: id, ownerName: owner.ownerName, ownerDescription: description.isEmpty ? nil : owner.ownerDescription,
            companyName: owner.companyName, serialNr: owner.serialNr, ownerExpiry: expiry,
            hasUserPlans: !userPlans.isEmpty, userPlans: userPlans,
            hasSystemLicenses: !system.isEmpty, systemLicenses: system, hasNoLicenses: rows.isEmpty)
    }

    private static func row(_ line: LicenseLine, id: String) -> LicenseRow {
        let display = line.displayName
        var expiry: String?
        if let date = line.expiryDate, let days = line.daysLeft { expiry = DisplayText.words("date_days_left", ["date": DisplayText.date(date), "days_left": DisplayText.daysLeft(days)]) }
        return LicenseRow(
            rowID: id, displayName: display, licenseName: display == line.name ? nil : line.name,
            total: DisplayText.count(line.total), inUse: DisplayText.count(line.inUse), free: line.free.map(DisplayText.count) ?? DisplayText.none,
            unrestricted: line.unrestricted, licenseExpiry: expiry, licenseExpiryIndicator: IndicatorView(line.expiryLevel),
            inUseMeter: MeterView(license: line, rowID: id))
    }
}

extension LicensesPage: MustacheViewModel {
    /// The stored properties of `LicensesPage`, by name.
    static let mustacheKeys: TemplateKeys<Self> = [
        "chrome": .init(\.chrome) { $0.chrome }, "hasOwners": .init(\.hasOwners) { $0.hasOwners }, "owners": .init(\.owners) { $0.owners }, "systemLicenseTypes": .init(\.systemLicenseTypes) { $0.systemLicenseTypes },
        "userPlanTypes": .init(\.userPlanTypes) { $0.userPlanTypes },
    ]
}

extension LicensesPage.LicenseRow: MustacheViewModel {
    /// The stored properties of `LicensesPage.LicenseRow`, by name.
    static let mustacheKeys: TemplateKeys<Self> = [
        "rowID": .init(\.rowID) { $0.rowID }, "displayName": .init(\.displayName) { $0.displayName }, "licenseName": .init(\.licenseName) { $0.licenseName }, "total": .init(\.total) { $0.total }, "inUse": .init(\.inUse) { $0.inUse },
        "free": .init(\.free) { $0.free }, "unrestricted": .init(\.unrestricted) { $0.unrestricted }, "licenseExpiry": .init(\.licenseExpiry) { $0.licenseExpiry },
        "licenseExpiryIndicator": .init(\.licenseExpiryIndicator) { $0.licenseExpiryIndicator }, "inUseMeter": .init(\.inUseMeter) { $0.inUseMeter },
    ]
}

extension LicensesPage.OwnerExpiry: MustacheViewModel {
    /// The stored properties of `LicensesPage.OwnerExpiry`, by name.
    static let mustacheKeys: TemplateKeys<Self> = [
        "date": .init(\.date) { $0.date }, "daysLeftText": .init(\.daysLeftText) { $0.daysLeftText }, "isExpired": .init(\.isExpired) { $0.isExpired },
        "ownerExpiryIndicator": .init(\.ownerExpiryIndicator) { $0.ownerExpiryIndicator },
    ]
}

extension LicensesPage.OwnerSection: MustacheViewModel {
    /// The stored properties of `LicensesPage.OwnerSection`, by name.
    static let mustacheKeys: TemplateKeys<Self> = [
        "ownerID": .init(\.ownerID) { $0.ownerID }, "ownerName": .init(\.ownerName) { $0.ownerName }, "ownerDescription": .init(\.ownerDescription) { $0.ownerDescription },
        "companyName": .init(\.companyName) { $0.companyName }, "serialNr": .init(\.serialNr) { $0.serialNr }, "ownerExpiry": .init(\.ownerExpiry) { $0.ownerExpiry },
        "hasUserPlans": .init(\.hasUserPlans) { $0.hasUserPlans }, "userPlans": .init(\.userPlans) { $0.userPlans }, "hasSystemLicenses": .init(\.hasSystemLicenses) { $0.hasSystemLicenses },
        "systemLicenses": .init(\.systemLicenses) { $0.systemLicenses }, "hasNoLicenses": .init(\.hasNoLicenses) { $0.hasNoLicenses },
    ]
}
