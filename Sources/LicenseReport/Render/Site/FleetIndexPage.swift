/// The view model of the fleet overview `OUTPUT/index.html` / `index.md` (`build-all`, `index`): one row
/// per tenant in `FleetOverviewOrder`, each with a link to the tenant's site. Pre-formatted strings only.
struct FleetIndexPage: Sendable {
    /// One tenant.
    struct Row: Sendable {
        /// The folder name, also the link target's first segment.
        let tenant: String
        /// The customer's CompanyName, or the folder name when there is none.
        let customer: String
        /// SerialNr, or "—".
        let serialNr: String
        /// The CSS class `indicator-…`: the level ("reached", "approaching", "normal", "unlimited"), "unlimited"
        /// without restrictions, "expired" (shown red) for a tenant that was not updated.
        let indicatorLevel: String
        let indicatorSymbol: String
        /// "At the limit", …, "No restrictions", or "Not updated" for a failed tenant.
        let indicatorLabel: String
        /// "2027-01-31 (63 days left)" or "None".
        let nextExpiry: String
        /// "1,234.50 NOK (October 2026)" or "—".
        let meteredTotal: String
        /// "2", or "—" for a failed tenant.
        let runningEvents: String
        /// `tenant/index.html` when the tenant has a site (built now, or the previous one of a failed tenant).
        let htmlHref: String?
        /// `tenant/index.md`, under the same condition.
        let markdownHref: String?
        /// True for a tenant this run did not update.
        let isFailed: Bool
        /// "3 errors; the first: license.json:4:7: error: …" for a failed tenant.
        let failure: String?
        /// "Previous site" / "No previous site", for a failed tenant.
        let previousSite: String?
    }

    /// "Customer licence status".
    let pageTitle: String
    /// The report date, `YYYY-MM-DD` (the `datetime` attribute).
    let asOf: String
    /// The report date in the page's language ("29 November 2026").
    let asOfText: String
    /// "Licence status of every customer as of 29 November 2026 · made by license-report build-all; …".
    let footer: String
    /// "12 customers: 2 at a limit, 3 approaching a limit, 1 not updated."
    let summary: String
    /// The stylesheet of the sites, inlined so that the overview needs no `assets/` folder (which could be a tenant's name).
    let stylesheet: String
    let rows: [Row]
    /// True when there is no tenant at all.
    let isEmpty: Bool

    /// Builds the page.
    /// - Parameters:
    ///   - rows: in overview order.
    ///   - hasSite: whether `OUTPUT/<tenant>/` holds a published site.
    init(asOf: String, rows: [FleetOverviewRow], hasSite: (String) -> Bool, stylesheet: String) {
        pageTitle = DisplayText.words("fleet_title")
        self.asOf = asOf
        asOfText = CalendarDate(iso: asOf).map { DisplayText.date($0) } ?? asOf
        footer = DisplayText.words("fleet_footer", ["date": asOfText])
        self.stylesheet = stylesheet
        isEmpty = rows.isEmpty
        let reached = rows.filter { $0.worstLevel == .reached }.count
        let approaching = rows.filter { $0.worstLevel == .approaching }.count
        let failed = rows.filter { $0.status == .failed }.count
        var parts = [DisplayText.words("fleet_at_limit", ["count": DisplayText.count(reached)]),
                     DisplayText.words("fleet_approaching", ["count": DisplayText.count(approaching)])]
        if failed > 0 { parts.append(DisplayText.words("fleet_not_updated_count", ["count": DisplayText.count(failed)])) }
        summary = DisplayText.words("fleet_summary", ["customers": DisplayText.plural("fleet_customers", rows.count, ["count": DisplayText.count(rows.count)]),
                                                       "parts": parts.joined(separator: ", ")])
        self.rows = rows.map { row in
            let site = row.status == .built || hasSite(row.tenant)
            let level = row.worstLevel
            return Row(
                tenant: row.tenant,
                customer: FleetOverviewOrder.displayName(row),
                serialNr: (row.serialNr?.isEmpty ?? true) ? DisplayText.none : row.serialNr!,
                indicatorLevel: row.status == .failed ? "expired" : level?.rawValue ?? "unlimited",
                indicatorSymbol: row.status == .failed ? "✕" : level.map { DisplayText.symbol($0) } ?? "–",
                indicatorLabel: row.status == .failed ? DisplayText.words("fleet_not_updated")
                    : level.map { DisplayText.label($0) } ?? DisplayText.words("fleet_no_restrictions"),
                nextExpiry: row.status == .failed ? DisplayText.none : row.nextExpiryDate.map { date in
                    let shown = CalendarDate(iso: date).map { DisplayText.date($0) } ?? date
                    return row.nextExpiryDaysLeft.map { "\(shown) (\(DisplayText.daysLeft($0)))" } ?? shown
                } ?? DisplayText.words("fleet_no_expiry"),
                meteredTotal: row.latestMeteredTotal.map { FleetText.meteredTotal($0) } ?? DisplayText.none,
                runningEvents: row.runningEvents.map { DisplayText.count($0) } ?? DisplayText.none,
                htmlHref: site ? "\(row.tenant)/index.html" : nil,
                markdownHref: site ? "\(row.tenant)/index.md" : nil,
                isFailed: row.status == .failed,
                failure: row.status == .failed
                    ? DisplayText.words("fleet_failure", ["errors": DisplayText.plural("fleet_errors", row.errorCount, ["count": DisplayText.count(row.errorCount)]),
                                                          "message": row.firstError ?? ""]) : nil,
                previousSite: row.status == .failed ? DisplayText.words(site ? "fleet_previous_site" : "fleet_no_previous_site") : nil)
        }
    }
}

/// Words and numbers of the fleet's texts (the overview and the run's summary line).
public enum FleetText {
    /// "1 customer", "9,998 customers".
    public static func customers(_ count: Int) -> String {
        "\(DisplayText.count(count)) customer\(count == 1 ? "" : "s")"
    }

    /// "1,234.50 NOK (October 2026)" in the page's language: the amount report.json wrote ("1234.50") with the
    /// locale's separators around its digits, then the usage month by name.
    static func meteredTotal(_ total: FleetOverviewRow.MeteredTotal) -> String {
        let month = YearMonth(iso: total.month).map { DisplayText.monthName($0) } ?? total.month
        return DisplayText.words("fleet_metered_total", ["amount": DisplayText.formats.money(plain: total.amount, currency: total.currency),
                                                         "month": month])
    }

    /// The summary line of a run: "Built 9,998 of 10,000 customers; 2 failed.", "Built 1 of 1 customer."
    public static func summary(built: Int, total: Int, failed: Int) -> String {
        "Built \(DisplayText.count(built)) of \(customers(total))" + (failed > 0 ? "; \(DisplayText.count(failed)) failed." : ".")
    }
}

extension FleetIndexPage: MustacheViewModel {
    /// The stored properties of `FleetIndexPage`, by name.
    static let mustacheKeys: TemplateKeys<Self> = [
        "pageTitle": .init(\.pageTitle) { $0.pageTitle }, "asOf": .init(\.asOf) { $0.asOf }, "asOfText": .init(\.asOfText) { $0.asOfText }, "footer": .init(\.footer) { $0.footer }, "summary": .init(\.summary) { $0.summary }, "stylesheet": .init(\.stylesheet) { $0.stylesheet }, "rows": .init(\.rows) { $0.rows }, "isEmpty": .init(\.isEmpty) { $0.isEmpty },
    ]
}

extension FleetIndexPage.Row: MustacheViewModel {
    /// The stored properties of `FleetIndexPage.Row`, by name.
    static let mustacheKeys: TemplateKeys<Self> = [
        "tenant": .init(\.tenant) { $0.tenant }, "customer": .init(\.customer) { $0.customer }, "serialNr": .init(\.serialNr) { $0.serialNr }, "indicatorLevel": .init(\.indicatorLevel) { $0.indicatorLevel },
        "indicatorSymbol": .init(\.indicatorSymbol) { $0.indicatorSymbol }, "indicatorLabel": .init(\.indicatorLabel) { $0.indicatorLabel }, "nextExpiry": .init(\.nextExpiry) { $0.nextExpiry },
        "meteredTotal": .init(\.meteredTotal) { $0.meteredTotal }, "runningEvents": .init(\.runningEvents) { $0.runningEvents }, "htmlHref": .init(\.htmlHref) { $0.htmlHref }, "markdownHref": .init(\.markdownHref) { $0.markdownHref },
        "isFailed": .init(\.isFailed) { $0.isFailed }, "failure": .init(\.failure) { $0.failure }, "previousSite": .init(\.previousSite) { $0.previousSite },
    ]
}
