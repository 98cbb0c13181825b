import Foundation
import Testing
@testable import LicenseReport

/// The view models' display rules: days left, indicators, "N of M <limit>", Upgrade links, safe links,
/// unique ids, metered months.
@Suite struct SiteRendererViewModelTests {
    @Test(arguments: [(-14, "expired"), (-1, "expired"), (0, "expires today"), (1, "1 day left"), (107, "107 days left"),
                      (1500, "1,500 days left")])
    func daysLeft(days: Int, expected: String) {
        #expect(DisplayText.daysLeft(days) == expected)
    }

    @Test(arguments: [
        ("Active projects", 1, 100, 1, RestrictionLevel.normal, "1 of 100 active projects", "1 %", "●", "Normal"),
        ("Dashboards", 85, 100, 85, .approaching, "85 of 100 dashboards", "85 %", "▲", "Approaching limit"),
        ("Custom objects", 15, 15, 100, .reached, "15 of 15 custom objects", "100 %", "■", "Limit reached"),
        ("Active marketing flows", 0, 0, nil, .reached, "0 of 0 active marketing flows", "—", "○", "Not in plan"),
        ("CRM objects", 1200, 1000, 120, .reached, "1,200 of 1,000 CRM objects", "120 %", "■", "Limit reached"),
    ] as [(String, Int, Int, Int?, RestrictionLevel, String, String, String, String)])
    func restrictionRow(name: String, active: Int, maximum: Int, percent: Int?, level: RestrictionLevel,
                        usage: String, percentText: String, symbol: String, label: String) {
        let row = StatusPage.row(RestrictionStatus(name: name, activeCount: active, maximum: maximum, percent: percent, level: level),
                                 id: "restriction-1", infoLink: nil, upgradeLink: nil)
        #expect(row.usageText == usage)
        #expect(row.percentText == percentText)
        #expect(row.indicatorSymbol == symbol)
        #expect(row.indicatorLabel == label)
        #expect(row.level == level.rawValue)
    }

    @Test func unlimitedRestrictionHasNoMaximum() {
        let row = StatusPage.row(RestrictionStatus(name: "Selections", activeCount: 1234, maximum: nil, percent: nil, level: .unlimited),
                                 id: "restriction-1", infoLink: "https://i", upgradeLink: "https://u")
        #expect(row.usageText == "1,234 selections, no limit")
        #expect(row.percentText == "—")
        #expect(row.indicatorLabel == "Unlimited")
        #expect(row.infoLink == "https://i")
        #expect(row.upgradeLink == nil)
    }

    @Test(arguments: [(Audience.admin, ["dashboards", "custom-objects", "flows"]), (.user, [])])
    func upgradeLinksOnlyForAdminNextToApproachingOrReached(audience: Audience, expected: [String]) {
        let page = StatusPage(report: SampleReport.moduleBased(), audience: audience)
        let withUpgrade = page.restrictions.filter { $0.upgradeLink != nil }.map(\.restrictionName)
        let names = ["dashboards": "Dashboards", "custom-objects": "Custom objects", "flows": "Active marketing flows"]
        #expect(withUpgrade == expected.map { names[$0]! })
        if audience == .admin {
            #expect(page.restrictions[1].upgradeLink == "https://www.superoffice.com/upgrade?plan=core&from=report")
        }
        #expect(page.restrictions.allSatisfy { $0.infoLink == "https://docs.superoffice.com/en/admin/license/crm-suite.html" })
    }

    @Test(arguments: [
        ("https://example.com/a b", "https://example.com/a%20b"),
        ("HTTP://example.com/(x)", "HTTP://example.com/%28x%29"),
        ("  https://example.com/  ", "https://example.com/"),
        ("https://example.com/æ", "https://example.com/%C3%A6"),
    ])
    func webLinksArePercentEncoded(input: String, expected: String) {
        #expect(DisplayText.webLink(input) == expected)
    }

    @Test(arguments: ["javascript:alert(1)", "data:text/html,<b>", "ftp://example.com", "//example.com", "", "mailto:a@b"])
    func unsafeLinksAreDropped(input: String) {
        #expect(DisplayText.webLink(input) == nil)
        #expect(DisplayText.imageSource(input) == nil)
    }

    @Test func portraitSourcesAllowRasterDataURIsOnly() {
        #expect(DisplayText.imageSource("data:image/png;base64,AAAA") == "data:image/png;base64,AAAA")
        #expect(DisplayText.imageSource("data:image/svg+xml,<svg/>") == nil)
        #expect(DisplayText.imageSource("https://cdn.example.com/p.jpg") == "https://cdn.example.com/p.jpg")
    }

    @Test(arguments: [
        (["SUPEROFFICE", "ACME-SYNC"], ["owner-superoffice", "owner-acme-sync"]),
        (["Acme", "ACME", "acme!"], ["owner-acme", "owner-acme-2", "owner-acme-3"]),
        (["<>", "!!"], ["owner-1", "owner-2"]),
        (["Ærø Data"], ["owner-r-data"]),
    ])
    func ownerIDsAreUnique(names: [String], expected: [String]) {
        #expect(DisplayText.uniqueIDs(prefix: "owner", for: names) == expected)
    }

    @Test(arguments: [("Active projects", "active projects"), ("CRM objects", "CRM objects"), ("dashboards", "dashboards"), ("", "")])
    func limitPhrase(name: String, expected: String) {
        #expect(DisplayText.limitPhrase(name) == expected)
    }

    @Test func licensesPageSplitsUserPlansFromSystemLicences() {
        let page = LicensesPage(report: SampleReport.moduleBased())
        #expect(page.owners.map(\.ownerID) == ["owner-superoffice", "owner-acme-sync"])
        let superOffice = page.owners[0]
        #expect(superOffice.userPlans.map(\.displayName) == ["Sales Premium", "Service Essentials"])
        #expect(superOffice.systemLicenses.map(\.displayName) == ["SuperOffice Server", "Online Web Services",
                                                                  "SuperOffice.QuoteManagement"])
        #expect(superOffice.systemLicenses[1].unrestricted)
        #expect(superOffice.systemLicenses[2].licenseName == nil)
        #expect(superOffice.systemLicenses[2].total == "1,200")
        #expect(superOffice.systemLicenses[2].licenseExpiry == "2026-04-01 (17 days left)")
        #expect(superOffice.ownerExpiry?.daysLeftText == "107 days left")
        #expect(page.owners[1].ownerExpiry?.daysLeftText == "expired")
        #expect(page.owners[1].ownerExpiry?.isExpired == true)
        #expect(page.systemLicenseTypes.count == 8)
        #expect(page.userPlanTypes.map(\.typeName) == ["CRM Suite", "Sales-Essentials", "Sales-Premium", "Service-Essentials",
                                                        "Service-Premium", "Marketing-Essentials", "Marketing-Premium"])
    }

    @Test func meteredMonthsGroupLinesAndCarryTotals() {
        let months = StatusPage(report: SampleReport.moduleBased(), audience: .user).meteredMonths
        // Newest first, like usage/index (report.json keeps the oldest first).
        #expect(months.map(\.month) == ["2026-02", "2026-01"])
        #expect(months.map(\.invoiceMonth) == ["2026-03", "2026-02"])
        #expect(months.map(\.total) == ["42.51 NOK", "212.53 NOK"])
        #expect(months.map(\.totalLabel) == ["Total for February 2026, billed on the invoice for March 2026",
                                              "Total for January 2026, billed on the invoice for February 2026"])
        let january = months[1], february = months[0]
        #expect(january.lines.map(\.service) == ["StorageSpace", "MailingsEmails"])
        #expect(january.lines[0].usage == "41.2 (peak 2026-01-28)")
        #expect(january.lines[1].threshold == "8,300")
        #expect(january.lines[1].isBilled)
        #expect(!february.lines[0].isBilled)
        #expect(january.usersNote == "33 users, the active users reported for the month")
        #expect(february.usersNote.hasSuffix(", the user plans in use (the usage data gives no active users for the month)"))
    }

    @Test func statusAndUsagePagesWordTheMonthTotalAlike() throws {
        let report = SampleReport.moduleBased()
        let january = try #require(report.usageMonths.first { $0.month.description == "2026-01" })
        let usage = UsageMonthPage(january, of: report)
        #expect(usage.totalLabel == StatusPage(report: report, audience: .user).meteredMonths[1].totalLabel)
    }

    @Test func crmSuiteShowsMyAppsNoteInsteadOfMeteredServices() {
        let page = StatusPage(report: SampleReport.crmSuite(), audience: .user)
        #expect(page.showMyAppsNote)
        #expect(!page.showMetered)
        #expect(page.showPlan)
        #expect(!page.hasUsagePages)
        let index = IndexPage(report: SampleReport.crmSuite())
        #expect(index.latestUsage == nil)
        #expect(index.usageAbsentText.contains("My Apps"))
        #expect(!index.chrome.nav.contains { $0.label == "Usage" })
    }

    @Test func indexSummarisesTheReport() {
        let index = IndexPage(report: SampleReport.moduleBased())
        #expect(index.ownerCompany == "Nordlys Regnskap AS")
        #expect(index.nextExpiry == "2026-06-30 (107 days left): SUPEROFFICE subscription")
        #expect(index.worstLevel?.indicatorLabel == "Limit reached")
        // Maximum 0 ("not in plan") is not counted: it is no alarm (issue 12).
        #expect(index.worstLevel?.worstNote == "2 of 5 restrictions approaching or at their limit")
        #expect(index.latestUsage?.usageTotal == "42.51 NOK")
        #expect(index.latestUsage?.usageInvoiceMonth == "2026-03")
        #expect(index.runningEvents == "1 running of 3")
        #expect(index.chrome.nav.map(\.htmlHref) == ["index.html", "licenses.html", "status.html", "usage/index.html"])
    }

    @Test func siteTitleNamesTheCustomerNotTheFolder() {
        #expect(PageChrome.siteTitle(UsageFixture.report().customer) == "Nordlys Fjellsport AS — SuperOffice licences")
        #expect(PageChrome.siteTitle(Customer(companyName: "  ", serialNr: "1")) == "SuperOffice licences")
        #expect(PageChrome.siteTitle(SampleReport.empty().customer) == "SuperOffice licences")
        let chrome = PageChrome(report: SampleReport.moduleBased(), pageTitle: "Status", current: "status")
        #expect(chrome.siteTitle == "Nordlys Regnskap AS — SuperOffice licences")
        #expect(chrome.datasetName == "nordlys-production")
    }

    @Test func nextExpirySaysWhatExpires() {
        var report = SampleReport.moduleBased()
        report.nextExpiry = ExpiryNotice(date: CalendarDate(iso: "2026-03-16")!, ownerName: "SUPEROFFICE",
                                         licenseName: "Sales Intelligence", daysLeft: 1)
        #expect(IndexPage(report: report).nextExpiry == "2026-03-16 (1 day left): Sales Intelligence licence (SUPEROFFICE)")
        let fact = StatusPage(report: report, audience: .user).facts.first { $0.factLabel == "Next expiry" }
        #expect(fact?.factValue == "2026-03-16 (1 day left): Sales Intelligence licence (SUPEROFFICE)")
        #expect(report.nextExpiryDate == CalendarDate(iso: "2026-03-16"))
        let empty = SampleReport.empty()
        #expect(IndexPage(report: empty).nextExpiry == "No time-limited licences")
        #expect(StatusPage(report: empty, audience: .user).facts.first { $0.factLabel == "Next expiry" }?.factValue
                == "No time-limited licences")
    }

    @Test func eventRowsShowPortraitOrInitials() {
        let rows = SampleReport.events.map(StatusPage.EventRow.init)
        #expect(rows[0].activatedBy?.portrait == SampleReport.portrait)
        #expect(rows[0].activatedBy?.portraitAlt == "Portrait of Kari Nordmann")
        #expect(rows[0].activatedBy?.hasInitials == false)
        #expect(rows[1].activatedBy?.initials == "OH")
        #expect(rows[1].activatedBy?.portrait == nil)
        #expect(rows[0].activated == "2026-03-02 09:30 +01:00")
        #expect(rows[1].finished == "—")
        #expect(rows[2].activatedBy == nil)
        #expect(rows[1].eventDescription == nil)
        #expect(rows[0].eventKind == "Maintenance")     // the exported type
        #expect(rows[0].eventType == "System-wide")     // the scope label
        #expect(rows[1].eventKind == nil)
        #expect(rows[0].eventDescription == "Database upgrade to version 11.\nExpect short interruptions.")
    }
}
