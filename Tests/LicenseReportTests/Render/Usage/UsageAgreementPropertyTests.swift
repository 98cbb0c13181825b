import Foundation
import Testing
import PropertyBased
@testable import LicenseReport

/// On generated months (real `MeteredBilling` lines for all five services, any currency), every format of the
/// usage report carries the compute stage's amounts to the last minor unit, and each total is the sum of
/// its written lines.
@Suite struct UsageAgreementPropertyTests {
    typealias F = ComputeFixtures

    static let quantity = zip(Gen.int(in: 0...400_000), Gen.int(in: 0...3)).map { F.dec($0, scale: $1) }
    static let price = zip(Gen.int(in: 0...5_000_000), Gen.int(in: 0...6)).map { F.dec($0, scale: $1) }
    static let currency = Gen<String?>.element(of: ["NOK", "EUR", "JPY", "ISK", "KWD"]).map { F.currency($0!) }

    /// A month with one line per service, the quantities and prices given, and its report.
    static func report(quantities: [Decimal], price: Decimal, users: Int, currency: Currency) -> Report {
        let month = F.month("2026-05")
        let tariffs = MeteredService.allCases.map { service in
            Tariff(service: service, unit: "units", aggregation: service == .storageSpace ? .max : .sum,
                   includedBase: F.dec("100"), includedPerUser: F.dec("2.5"), blockSize: F.dec("7.5"),
                   pricePerBlock: price)
        }
        let records = MeteredService.allCases.enumerated().map { index, service in
            UsageRecord(period: .month(month), service: service, quantity: quantities[index % quantities.count],
                        location: SourceLocation(file: "usage.csv", line: index + 2))
        }
        let usageMonth = MeteredBilling.month(month, table: TariffTable(currency: currency, tariffs: tariffs),
                                              records: records, users: (users, .usage))
        return UsageFixture.report(months: [usageMonth])
    }

    @Test func csvAndJSONCarryTheComputedAmountsAndTotalsAddUp() async throws {
        let templates = try UsageFixture.templates()
        let stylesheet = try UsageFixture.stylesheet()
        await propertyCheck(count: 60, input: Self.quantity, Self.quantity, Self.price, Gen.int(in: 0...200), Self.currency) {
            a, b, price, users, currency in
            let report = Self.report(quantities: [a, b], price: price, users: users, currency: currency)
            guard let files = try? UsageReportRenderer.render(report, templates: templates, stylesheet: stylesheet, dialect: .excelNordic) else {
                Issue.record("render failed"); return
            }
            let csv = String(decoding: files.first { $0.path.hasSuffix(".csv") }!.contents.dropFirst(3), as: UTF8.self)
            let rows = csv.components(separatedBy: "\r\n").dropLast().map { $0.components(separatedBy: ";") }
            let amountColumn = UsageCSVReport.columns.firstIndex(of: "Amount")!
            let written = rows.dropFirst().map { F.dec($0[amountColumn].replacingOccurrences(of: ",", with: ".")) }
            #expect(Array(written.dropLast()) == report.usageMonths[0].lines.map(\.amount))
            #expect(written.last == written.dropLast().reduce(Decimal(0), +))
            #expect(written.last == report.usageMonths[0].total)
            let json = files.first { $0.path.hasSuffix(".json") }!.text
            for line in report.usageMonths[0].lines {
                #expect(json.contains("\"amount\": \"\(DecimalFormatting.plain(line.amount, fractionDigits: currency.minorUnit))\""))
            }
            let html = files.first { $0.path.hasSuffix("05.html") }!.text
            #expect(html.contains(DecimalFormatting.money(report.usageMonths[0].total, currency)))
        }
    }
}
