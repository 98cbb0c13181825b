import Foundation
import Testing
@testable import LicenseReport

/// `fixtures/solvang-api`: a dataset whose license.json, fencing/ and events.json are unmodified Web API
/// responses (invented data) builds with the figures its README gives.
@Suite struct FixtureAPIResponseTests {
    static let folder = FixtureGoldenTests.fixtures.appendingPathComponent("solvang-api").path

    static func report() throws -> Report {
        let checked = try DatasetLoader.load(folder: folder, options: LoadOptions(strict: true))
        #expect(checked.warnings == [])
        return ReportBuilder.build(checked.dataset, asOf: CalendarDate(year: 2026, month: 11, day: 15)!)
    }

    @Test func licencesFromExtendedModuleLicenses() throws {
        let report = try Self.report()
        #expect(report.owners.map(\.ownerName) == ["SUPEROFFICE", "FJELLKART"])
        let superOffice = report.owners[0]
        #expect(superOffice.companyName == "Solvang Reiser AS")
        #expect(superOffice.serialNr == "7310045521")
        #expect(superOffice.expiryDate == nil)   // "0001-01-01T00:00:00": not time-limited
        // Travel is hidden; Online Web Services is unrestricted.
        #expect(superOffice.licenses.map(\.name) == ["SuperOffice.System", "SuperOffice.OnlineWebServices", "SuperOffice.CrmSuite"])
        #expect(superOffice.licenses.map { [$0.total, $0.inUse, $0.free] } == [[1, 1, 0], [0, 3, nil], [20, 19, 1]])
        #expect(superOffice.licenses.map(\.unrestricted) == [false, true, false])
        #expect(superOffice.licenses.map(\.kind) == [.system, .system, .user])
        let addOn = report.owners[1]
        #expect(addOn.serialNr == "4400172")   // a JSON number in the response
        #expect(addOn.expiryDate == CalendarDate(year: 2027, month: 3, day: 31))   // "2027-03-31T00:00:00-0500", its date as written
        #expect(addOn.daysLeft == 136)
        #expect(addOn.licenses.map { [$0.total, $0.inUse, $0.free] } == [[10, 6, 4] as [Int?]])
        #expect(report.nextExpiryDate == CalendarDate(year: 2027, month: 3, day: 31))
    }

    @Test func restrictionsFromStatusAndFencing() throws {
        let report = try Self.report()
        // The trend (issue 12) is the history's; here only the computed row counts.
        #expect(report.restrictions.map { var row = $0; row.trend = []; return row } == [
            RestrictionStatus(name: "Custom objects", activeCount: 0, maximum: 0, percent: nil, level: .reached),
            RestrictionStatus(name: "Dashboards", activeCount: 14, maximum: nil, percent: nil, level: .unlimited),
            RestrictionStatus(name: "Active projects", activeCount: 92, maximum: 100, percent: 92, level: .approaching),
            RestrictionStatus(name: "Active marketing flows", activeCount: 0, maximum: 0, percent: nil, level: .reached),
            RestrictionStatus(name: "CRM Suite user licences", activeCount: 19, maximum: 20, percent: 95, level: .approaching),
        ])
        #expect(report.worstRestrictionLevel == .reached)
    }

    @Test func eventsFromTheODataList() throws {
        let report = try Self.report()
        #expect(report.events.map(\.event) == ["Planned maintenance", "Mail relay upgrade", "Re-index of documents"])
        #expect(report.events.map(\.scope) == [1, 2, 2])
        // Without an offset: Europe/Oslo; "-0500": that instant, shown in Oslo.
        #expect(report.events.map { $0.activated?.description } == ["2026-10-04T22:00:00+02:00", "2026-11-02T14:15:00+01:00", "2026-11-14T19:30:00+01:00"])
        #expect(report.events.map { $0.finished?.description } == ["2026-10-05T01:30:00+02:00", "2026-11-02T17:45:00+01:00", nil])
        #expect(report.runningEventCount == 1)
    }
}
