import Foundation
import Testing
@testable import LicenseReport

@Suite struct ReportBuilderTests {
    typealias F = ComputeFixtures

    @Test func summariesOfTheModuleBasedDataset() {
        let report = ReportBuilder.build(ReportJSONTests.dataset, asOf: F.day("2026-06-15"))
        #expect(report.datasetName == "nordlys")
        #expect(report.worstRestrictionLevel == .reached)
        #expect(report.runningEventCount == 1)
        #expect(report.owners.map(\.daysLeft) == [nil, 16])
        #expect(report.usageMonths.first?.lines.first?.peakDay == F.day("2026-05-02"))
        #expect(report.usageMonths.map(\.invoiceMonth) == [F.month("2026-06")])
        // Users come from ActiveUsers; without it, from user plans in use: 4 + 3 (hidden).
        var withoutActiveUsers = ReportJSONTests.dataset
        withoutActiveUsers.activeUsers = [:]
        let fromLicences = ReportBuilder.build(withoutActiveUsers, asOf: F.day("2026-06-15")).usageMonths
        #expect(fromLicences.map(\.users) == [7] && fromLicences.allSatisfy { $0.usersSource == .licenses })
        #expect(fromLicences[0].lines.count == 2)
        #expect(fromLicences[0].lines[0].threshold == 17 && fromLicences[0].lines[0].amount == 0)
    }

    @Test func crmSuiteReportJSONHasPlanRestrictionsAndNoMeteredLines() {
        let dataset = Dataset(name: "core", owners: [
            LicenseOwner(ownerName: "SUPEROFFICE", companyName: "Fjordkraft Demo AS", serialNr: "77",
                         expiryDate: F.day("2026-01-31"), moduleLicenses: []),
        ], status: DatabaseStatus(subscriptionModel: .crmSuite, plan: .core, restrictions: [
            Restriction(name: "Active projects", activeCount: 1, maximum: 100),
        ]), usage: [F.record("2026-05", .chatSessions, "5")],
            tariffs: TariffTable(currency: F.currency("JPY"), tariffs: [F.tariff(.chatSessions)]))
        let report = ReportBuilder.build(dataset, asOf: F.day("2026-06-15"))
        #expect(report.worstRestrictionLevel == .normal)
        #expect(report.nextExpiryDate == nil)          // expired in January: nothing left to expire
        #expect(report.owners[0].daysLeft == -135)
        let json = ReportJSON.render(report)
        #expect(json.hasPrefix("""
            {
              "asOf": "2026-06-15",
              "nextExpiryDate": null,
              "subscriptionModel": "CrmSuite",
              "plan": "Core",
            """))
        #expect(json.contains("\"metered\": [],\n  \"meteredTotals\": [],\n  \"events\": []\n}\n"))
        #expect(json.contains("\"percent\": 1,\n      \"level\": \"normal\""))
    }

    @Test func jpyAmountsHaveNoDecimalsInJSON() {
        let table = TariffTable(currency: F.currency("JPY"),
                                tariffs: [F.tariff(.chatSessions, base: "0", perUser: "0", blockSize: "1", price: "12.5")])
        let month = MeteredBilling.month(F.month("2026-05"), table: table, records: [F.record("2026-05", .chatSessions, "96")],
                                         users: (0, .licenses))
        let line = month.lines[0]
        #expect(line.amount == 1200)
        let text = ReportJSON.value(of: line, in: month).text
        #expect(text.contains("\"amount\": \"1200\""))
        #expect(text.contains("\"blocks\": \"96\""))
    }
}
