import Foundation
import Testing
@testable import LicenseReport

/// What a month's report says: issue 5's list, checked on the rendered text.
@Suite struct UsageContentTests {
    func file(_ path: String, _ report: Report = UsageFixture.report(), dialect: CSVDialect = .standard) throws -> RenderedFile {
        let files = try UsageReportRenderer.render(report, templates: UsageFixture.templates(), stylesheet: UsageFixture.stylesheet(), dialect: dialect)
        return try #require(files.first { $0.path == path })
    }

    @Test(arguments: ["usage/2026-03.html", "usage/2026-03.md"])
    func pageStatesEveryFigure(path: String) throws {
        // Formulas are split into two nowrap spans in HTML; read them as text.
        let text = try file(path).text.replacingOccurrences(of: "<span>", with: "").replacingOccurrences(of: "</span>", with: "")
            .replacingOccurrences(of: "<span class=\"usage-rounded\">", with: "")
        for expected in [
            "Nordlys Fjellsport AS", "4711-2026-0042", "March 2026", "April 2026", "NOK",
            "the active users reported for the month", "10 + 0.5 × 42 = 31 GB", "41.2 − 31 = 10.2 GB",
            "10.2 ÷ 5, rounded up = 3", "3 × 100.00 NOK = 300.00 NOK",
            "1,000 + 100 × 42 = 5,200 e-mails", "1,340 ≤ 1,340, none", "0 × 50.00 NOK = 0.00 NOK",
            "1 × 0.125 NOK = 0.125 NOK → 0.13 NOK", "299.00 NOK", "599.13 NOK", "2026-03-17",
            "Storage space", "E-mails sent via Mailings", "Customer Centre logins", "Chat sessions", "Form submissions",
        ] {
            #expect(text.contains(expected), "\(path) lacks \(expected)")
        }
        #expect(!text.contains("Acme Add-ons Ltd"), "the customer is the SUPEROFFICE owner")
    }

    @Test func htmlMarksEveryServiceAndWithinThresholdLines() throws {
        let html = try file("usage/2026-03.html").text
        for service in MeteredService.allCases {
            #expect(html.components(separatedBy: "data-service=\"\(service.rawValue)\"").count == 3, "\(service) in both tables")
        }
        #expect(html.components(separatedBy: "class=\"usage-within\"").count == 3, "logins and chat are within")
    }

    /// Issue 12's leftover (issue 13): inside a site a month's pages carry the status headline and the
    /// feed link like every other page; the standalone report (`license-report usage`, the PDF) has neither.
    @Test func monthPagesOfASiteCarryTheHeadlineAndTheFeed() throws {
        let html = try file("usage/2026-03.html").text
        #expect(html.contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"../feed.xml\""))
        #expect(html.contains("<p class=\"headline\" data-level=\""))
        let markdown = try file("usage/2026-03.md").text
        #expect(markdown.contains("\n**Status:** "))
        let report = UsageFixture.report()
        let month = try #require(report.usageMonths.first { $0.month.description == "2026-03" })
        let alone = try UsageReportRenderer.monthFiles(month, of: report, templates: UsageFixture.templates(),
                                                       stylesheet: UsageFixture.stylesheet(), dialect: .standard, chrome: nil)
        for page in alone where page.path.hasSuffix(".html") || page.path.hasSuffix(".md") {
            #expect(!page.text.contains("atom+xml") && !page.text.contains("class=\"headline\"") && !page.text.contains("**Status:**"), "\(page.path)")
        }
    }

    @Test func usersFromLicencesAreExplained() throws {
        let text = try file("usage/2026-02.md").text
        #expect(text.contains("40 – the user plans in use (their In use added up), since the usage data gives no active users for the month"))
    }

    @Test func zeroDecimalCurrencyHasNoMinorUnits() throws {
        let jpy = Currency(code: "JPY")!
        let line = UsageFixture.line(.storageSpace, unit: "GB", quantity: "41.2", base: "10", perUser: "0.5",
                                     threshold: "31", overage: "10.2", blockSize: "5", blocks: "3", price: "1200",
                                     amount: "3600")
        let report = UsageFixture.report(months: [UsageFixture.month(UsageFixture.march, users: 42, source: .usage,
                                                                     lines: [line], currency: jpy)])
        let html = try file("usage/2026-03.html", report).text
        #expect(html.contains("<span>3 × 1,200 JPY</span> <span>= 3,600 JPY</span>"))
        #expect(!html.contains("3,600.00"))
        let json = try file("usage/2026-03.json", report).text
        #expect(json.contains("\"amount\": \"3600\""))
        #expect(json.contains("\"minorUnit\": 0"))
    }

    @Test func indexListsMonthsNewestFirstWithTotals() throws {
        let html = try file("usage/index.html").text
        let march = try #require(html.range(of: "599.13 NOK"))
        let february = try #require(html.range(of: "100.00 NOK"))
        #expect(march.lowerBound < february.lowerBound)
        let markdown = try file("usage/index.md").text
        #expect(markdown.contains("| [March 2026](2026-03.md) | April 2026 | 599.13 NOK |"))
    }

    @Test func hostileCompanyNameIsEscapedInHTMLAndMarkdown() throws {
        let report = UsageFixture.report(company: "<b>Evil</b> & | *Co*")
        let html = try file("usage/2026-03.html", report).text
        #expect(html.contains("&lt;b&gt;Evil&lt;/b&gt; &amp; | *Co*"))
        let markdown = try file("usage/2026-03.md", report).text
        #expect(markdown.contains("\\<b\\>Evil\\</b\\> \\& \\| \\*Co\\*"))
    }

    @Test func jsonHasSchemaVersionAndDecimalStrings() throws {
        let data = Data(try file("usage/2026-03.json").contents)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["schemaVersion"] as? Int == 1)
        let lines = try #require(object["lines"] as? [[String: Any]])
        #expect(lines.map { $0["service"] as? String } == MeteredService.allCases.map(\.rawValue))
        #expect(lines[0]["quantity"] as? String == "41.2")
        #expect(lines[0]["peakDay"] as? String == "2026-03-17")
        #expect(lines[1]["peakDay"] is NSNull)
        #expect(lines[4]["amount"] as? String == "0.13")
        #expect(lines[4]["pricePerBlock"] as? String == "0.125")
        #expect((object["total"] as? [String: Any])?["amount"] as? String == "599.13")
        let text = String(decoding: data, as: UTF8.self)
        let keys = ["\"schemaVersion\"", "\"month\"", "\"invoiceMonth\"", "\"companyName\"", "\"serialNr\"", "\"currency\"", "\"lines\"", "\"total\""]
        let positions = keys.map { text.range(of: $0)!.lowerBound }
        #expect(positions == positions.sorted(), "keys in their documented order")
    }

    @Test func everyTotalEqualsTheSumOfItsLinesInEveryFormat() throws {
        let report = UsageFixture.report()
        for total in report.usageMonths {
            let data = Data(try file("usage/\(total.month).json", report).contents)
            let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            let lines = try #require(object["lines"] as? [[String: Any]])
            let sum = lines.reduce(Decimal(0)) { $0 + UsageFixture.d($1["amount"] as! String) }
            let written = UsageFixture.d((object["total"] as! [String: Any])["amount"] as! String)
            #expect(sum == written)
            #expect(written == total.total)
        }
    }
}
