import LicenseReportCore

/// One tenant's row of the fleet overview: the few figures the overview shows, taken from its `Report`
/// (or, for a tenant that failed, its error count and first message). This is all a fleet build keeps of
/// a finished tenant, so memory grows by one small row per tenant and nothing else.
public struct FleetOverviewRow: Hashable, Sendable {
    /// Whether the tenant's site was published by this run.
    public enum Status: String, Hashable, Sendable {
        /// Built and published by this run.
        case built
        /// Not updated: its previous site (if any) is unchanged.
        case failed
    }

    /// The latest usage month's metered total.
    public struct MeteredTotal: Hashable, Sendable {
        /// `YYYY-MM`.
        public var month: String
        /// Plain amount with the currency's minor-unit decimals ("1234.50", "1200" for JPY), as report.json writes it.
        public var amount: String
        /// ISO 4217 code.
        public var currency: String
    }

    /// The tenant's folder name.
    public var tenant: String
    public var status: Status
    /// `CompanyName` of the customer (`nil` for a failed tenant).
    public var companyName: String?
    /// `SerialNr` of the customer (`nil` for a failed tenant).
    public var serialNr: String?
    /// The most severe level of the restrictions that can fill up (the status headline's; a Maximum of 0,
    /// "not in plan", counts for nothing); `nil` without such restrictions, or failed.
    public var worstLevel: RestrictionLevel?
    /// The next expiry on or after the report date, `YYYY-MM-DD`.
    public var nextExpiryDate: String?
    /// Days from the tenant's report date to `nextExpiryDate`.
    public var nextExpiryDaysLeft: Int?
    /// The latest usage month's total (`nil` without metered usage).
    public var latestMeteredTotal: MeteredTotal?
    /// Events still running on the report date (`nil` for a failed tenant).
    public var runningEvents: Int?
    /// Errors of a failed tenant (a `moreProblems` line counts what it stands for); 0 when built.
    public var errorCount: Int
    /// A failed tenant's first error, its position relative to the dataset folder (`license.json:4:7: error: …`).
    public var firstError: String?

    /// The row of a built tenant.
    public init(tenant: String, report: Report) {
        self.tenant = tenant
        status = .built
        companyName = report.customer.companyName
        serialNr = report.customer.serialNr
        // The headline's level, not `report.worstRestrictionLevel`: a Maximum of 0 ("not in plan") is
        // `reached` by the restriction rule but no limit that can fill up, and the tenant's own status
        // page and `--fail-on reached` count it for nothing; the overview must not rank it first.
        worstLevel = report.headline.worstLimitLevel
        nextExpiryDate = report.nextExpiry?.date.description
        nextExpiryDaysLeft = report.nextExpiry?.daysLeft
        latestMeteredTotal = report.usageMonths.last.map { month in
            MeteredTotal(month: month.month.description, amount: DisplayText.amountPlain(month.total, month.currency), currency: month.currency.code)
        }
        runningEvents = report.runningEventCount
        errorCount = 0
        firstError = nil
    }

    /// The row of a failed tenant.
    ///
    /// The overview is published, so its first error names no path of the machine that built it: a position
    /// in the dataset folder is shown relative to it (`license.json:4:7: error: …`), one on the folder itself
    /// without it, and the tenant's site folder, named inside a message, by the tenant's name (the overview's
    /// folder holds it). The diagnostics printed by the run keep the full paths.
    /// - Parameters:
    ///   - diagnostics: what failed.
    ///   - folder: the tenant's dataset folder.
    ///   - site: the tenant's site folder (`DIR/<tenant>`); `nil` when no message can name it.
    public init(tenant: String, failure diagnostics: [Diagnostic], folder: String, site: String? = nil) {
        self.tenant = tenant
        status = .failed
        errorCount = max(1, Diagnostic.counts(diagnostics).errors)
        let first = diagnostics.first { $0.severity == .error } ?? diagnostics.first
        var text = first?.description ?? "error: the build failed"
        let folder = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        if text.hasPrefix(folder + ": ") { text.removeFirst(folder.count + 2) }
        if let site, !site.isEmpty {
            let site = site.hasSuffix("/") ? String(site.dropLast()) : site
            text = text.replacingOccurrences(of: site, with: tenant)
        }
        text = text.replacingOccurrences(of: folder + "/", with: "")
        firstError = text
    }

    /// A row as read back from a shard's part (every field given).
    init(tenant: String, status: Status, companyName: String?, serialNr: String?, worstLevel: RestrictionLevel?,
         nextExpiryDate: String?, nextExpiryDaysLeft: Int?, latestMeteredTotal: MeteredTotal?, runningEvents: Int?,
         errorCount: Int, firstError: String?) {
        self.tenant = tenant
        self.status = status
        self.companyName = companyName
        self.serialNr = serialNr
        self.worstLevel = worstLevel
        self.nextExpiryDate = nextExpiryDate
        self.nextExpiryDaysLeft = nextExpiryDaysLeft
        self.latestMeteredTotal = latestMeteredTotal
        self.runningEvents = runningEvents
        self.errorCount = errorCount
        self.firstError = firstError
    }
}

/// The overview's order: most urgent first (issue 9).
public enum FleetOverviewOrder {
    /// The urgency group of a row: 0 a limit reached, 1 a limit approaching, 2 something time-limited
    /// expires (soonest first), 3 the rest (failed tenants without figures among them).
    public static func group(of row: FleetOverviewRow) -> Int {
        switch row.worstLevel {
        case .reached: 0
        case .approaching: 1
        default: row.nextExpiryDate == nil ? 3 : 2
        }
    }

    /// True when `lhs` comes before `rhs`: by group; in group 2 by next expiry date (earlier first);
    /// ties by name, which is the customer's `CompanyName` (the folder name for a failed tenant or an
    /// empty name), then the folder name (unique), both in the byte order of their UTF-8.
    public static func precedes(_ lhs: FleetOverviewRow, _ rhs: FleetOverviewRow) -> Bool {
        let (left, right) = (group(of: lhs), group(of: rhs))
        if left != right { return left < right }
        if left == 2, lhs.nextExpiryDate != rhs.nextExpiryDate { return (lhs.nextExpiryDate ?? "") < (rhs.nextExpiryDate ?? "") }
        let (leftName, rightName) = (displayName(lhs), displayName(rhs))
        if leftName != rightName { return bytesPrecede(leftName, rightName) }
        return bytesPrecede(lhs.tenant, rhs.tenant)
    }

    /// The rows in overview order.
    public static func ordered(_ rows: [FleetOverviewRow]) -> [FleetOverviewRow] { rows.sorted(by: precedes) }

    /// The name a row is sorted and shown by: the company name, else the folder name.
    static func displayName(_ row: FleetOverviewRow) -> String {
        guard let name = row.companyName, !name.trimmingSpaces.isEmpty else { return row.tenant }
        return name
    }

    /// Byte order of the UTF-8 texts: the same on every platform and locale.
    static func bytesPrecede(_ lhs: String, _ rhs: String) -> Bool {
        Array(lhs.utf8).lexicographicallyPrecedes(Array(rhs.utf8))
    }
}
