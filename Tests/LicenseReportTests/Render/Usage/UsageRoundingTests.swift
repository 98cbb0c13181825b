import Foundation
import Testing
@testable import LicenseReport

/// "Show the rounding" (issue 14): wherever an amount is rounded to the currency's minor unit, the
/// calculation shows the exact product first, so the customer can check it by hand.
@Suite struct UsageRoundingTests {
    static let nok = Currency(code: "NOK")!
    static let jpy = Currency(code: "JPY")!

    /// A line of `blocks` blocks at `price`, computed by the compute stage's own rule.
    static func line(blocks: String, price: String, currency: Currency) -> MeteredLine {
        let tariff = Tariff(service: .formSubmissions, unit: "submissions", aggregation: .sum, includedBase: 0,
                            includedPerUser: 0, blockSize: 1, pricePerBlock: UsageFixture.d(price))
        let records = [UsageRecord(period: .month(UsageFixture.march), service: .formSubmissions,
                                   quantity: UsageFixture.d(blocks), location: SourceLocation(file: "usage.csv"))]
        return MeteredBilling.line(tariff: tariff, records: records, users: 0, currency: currency)
    }

    @Test(arguments: [
        // The issue's example: 3 × 12.345 = 37.035, rounded half away from zero.
        ("3", "12.345", "NOK", "3 × 12.345 NOK = 37.035 NOK → 37.04 NOK"),
        ("1", "0.125", "NOK", "1 × 0.125 NOK = 0.125 NOK → 0.13 NOK"),
        ("3", "0.001", "NOK", "3 × 0.001 NOK = 0.003 NOK → 0.00 NOK"),
        ("1", "12.5", "JPY", "1 × 12.5 JPY = 12.5 JPY → 13 JPY"),
        // Nothing to round: the product is shown once.
        ("3", "100", "NOK", "3 × 100.00 NOK = 300.00 NOK"),
        ("2", "0.125", "NOK", "2 × 0.125 NOK = 0.25 NOK"),
        ("0", "12.345", "NOK", "0 × 12.345 NOK = 0.00 NOK"),
        ("3", "1200", "JPY", "3 × 1,200 JPY = 3,600 JPY"),
    ])
    func amountFormulaShowsTheExactProductBeforeTheRoundedAmount(blocks: String, price: String, currency: String,
                                                                expected: String) throws {
        let currency = try #require(Currency(code: currency))
        let line = Self.line(blocks: blocks, price: price, currency: currency)
        #expect(line.unroundedAmount == UsageFixture.d(blocks) * UsageFixture.d(price))
        let formula = UsageMonthPage.Line(line, users: 0, currency: currency).amountFormula
        #expect(formula.text == expected)
        #expect((formula.rounded != nil) == (line.unroundedAmount != line.amount))
    }

    @Test func theRoundingNoteAppearsOnlyInAMonthWithARoundedAmount() throws {
        let rounded = UsageFixture.report()
        let march = try #require(rounded.usageMonths.first { $0.month == UsageFixture.march })
        #expect(UsageMonthPage(march, of: rounded).roundingNote
                == "An arrow (→) marks an amount rounded to the nearest 0.01 NOK, halves away from zero (0.005 NOK up to 0.01 NOK).")
        let february = try #require(rounded.usageMonths.first { $0.month == UsageFixture.february })
        #expect(UsageMonthPage(february, of: rounded).roundingNote == nil, "February rounds nothing")
        #expect(DisplayText.roundingNote(Self.jpy) == "An arrow (→) marks an amount rounded to the nearest 1 JPY, halves away from zero (0.5 JPY up to 1 JPY).")
    }

    @Test(arguments: ["usage/2026-03.html", "usage/2026-03.md"])
    func bothPagesShowTheRoundingWhereAndOnlyWhereAnAmountIsRounded(path: String) throws {
        let files = try UsageReportRenderer.render(UsageFixture.report(), templates: UsageFixture.templates(),
                                                   stylesheet: UsageFixture.stylesheet(), dialect: .standard)
        let page = try #require(files.first { $0.path == path }).text
        let text = page.replacingOccurrences(of: #"<span[^>]*>|</span>"#, with: "", options: .regularExpression)
        #expect(text.contains("1 × 0.125 NOK = 0.125 NOK → 0.13 NOK"))
        #expect(text.contains("3 × 100.00 NOK = 300.00 NOK |") || text.contains("3 × 100.00 NOK = 300.00 NOK</td>"),
                "an exact amount has no arrow")
        #expect(text.components(separatedBy: " → ").count == 2, "one rounded amount in March, one arrow")
        #expect(text.contains("An arrow (→) marks an amount rounded to the nearest 0.01 NOK"))
    }
}
