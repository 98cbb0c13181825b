/// The ids of the rows that the headline links to, made once from the report so the pages that carry the
/// rows and the headline that points at them agree: restriction rows on status.html, owner sections and
/// licence rows on licenses.html.
struct SiteAnchors: Sendable {
    /// One per restriction, in report order: "restriction-sales-guides".
    let restrictionIDs: [String]
    /// One per owner, in report order: "owner-superoffice".
    let ownerIDs: [String]
    /// Per owner, one per visible licence: "owner-superoffice-superoffice-salespremium".
    let licenseIDs: [[String]]

    /// The ids of `report`'s rows.
    init(report: Report) {
        restrictionIDs = DisplayText.uniqueIDs(prefix: "restriction", for: report.restrictions.map(\.name))
        ownerIDs = DisplayText.uniqueIDs(prefix: "owner", for: report.owners.map(\.ownerName))
        licenseIDs = zip(report.owners, ownerIDs).map { owner, id in
            DisplayText.uniqueIDs(prefix: id, for: owner.licenses.map(\.name))
        }
        ownerIndex = Dictionary(report.owners.enumerated().map { ($0.element.ownerName, $0.offset) }, uniquingKeysWith: { first, _ in first })
        licenseIndex = report.owners.map { owner in
            Dictionary(owner.licenses.enumerated().map { ($0.element.name, $0.offset) }, uniquingKeysWith: { first, _ in first })
        }
    }

    private let ownerIndex: [String: Int]
    private let licenseIndex: [[String: Int]]

    /// "licenses.html#…": the row of an expiring licence, or the section of an owner whose subscription expires.
    func href(of warning: ExpiryWarning) -> String {
        guard let owner = ownerIndex[warning.ownerName] else { return "licenses.html" }
        if let name = warning.licenseName, let line = licenseIndex[owner][name] {
            return "licenses.html#" + licenseIDs[owner][line]
        }
        return "licenses.html#" + ownerIDs[owner]
    }

    /// "status.html#restriction-…": the row of the restriction at `index`.
    func href(ofRestriction index: Int) -> String { "status.html#" + restrictionIDs[index] }
}
