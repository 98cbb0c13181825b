import Foundation
import Testing
@testable import LicenseReport

/// A whole small dataset, every file present, loads to the expected `Dataset`.
@Suite struct LoaderDatasetTests {
    static func completeDataset() -> TemporaryDataset {
        TemporaryDataset([
            "license.json": "[" + #"{"OwnerName": "Fjord Add-ons", "CompanyName": "Blåbær Regnskap AS", "SerialNr": "9", "ModuleLicenses": []}, "#
                + Sample.owner + "]",
            "status.json": #"{"Subscription": "SuperOffice CRM Online", "SubscriptionModel": "ModuleBased", "TimeZone": "Europe/Oslo"}"#,
            "tariffs.json": Sample.tariffs,
            "usage.csv": "Period;Service;Quantity\r\n2026-03-01;StorageSpace;41,2\r\n2026-03-02;StorageSpace;44\r\n2026-03;MailingsEmails;2500\r\n2026-03;ActiveUsers;8\r\n",
            "events.csv": LoaderEventTests.header + "Vedlikehold,Running,Oppgradering i kveld,2026-03-04T22:00,KN,Kari Nordmann,,,Maintenance,1,Ærlig talt\n",
        ])
    }

    @Test func completeDatasetLoads() throws {
        let dataset = Self.completeDataset()
        let checked = try dataset.load().get()
        #expect(checked.warnings == [])
        let loaded = checked.dataset
        #expect(loaded.name == URL(fileURLWithPath: dataset.folder).lastPathComponent)
        #expect(loaded.owners.map(\.ownerName) == ["Fjord Add-ons", "SUPEROFFICE"])   // file order
        #expect(loaded.owners[0].companyName == "Blåbær Regnskap AS")
        #expect(loaded.status == DatabaseStatus(subscription: "SuperOffice CRM Online", timeZoneIdentifier: "Europe/Oslo"))
        #expect(loaded.usage == [
            UsageRecord(period: .day(CalendarDate(year: 2026, month: 3, day: 1)!), service: .storageSpace, quantity: Decimal(string: "41.2")!,
                        location: dataset.at("usage.csv", line: 2, column: 1)),
            UsageRecord(period: .day(CalendarDate(year: 2026, month: 3, day: 2)!), service: .storageSpace, quantity: 44,
                        location: dataset.at("usage.csv", line: 3, column: 1)),
            UsageRecord(period: .month(YearMonth(year: 2026, month: 3)!), service: .mailingsEmails, quantity: 2500,
                        location: dataset.at("usage.csv", line: 4, column: 1)),
        ])
        #expect(loaded.activeUsers == [YearMonth(year: 2026, month: 3)!: 8])
        #expect(loaded.tariffs?.tariffs.count == 5)
        #expect(loaded.events.map(\.eventName) == ["Vedlikehold"])
        #expect(loaded.events.first?.registered?.description == "2026-03-04T22:00:00+01:00")
        #expect(loaded.events.first?.extraInfo == "Ærlig talt")
    }

    @Test func sameDatasetLoadsTheSameTwice() throws {
        let dataset = Self.completeDataset()
        #expect(try dataset.load().get() == dataset.load().get())
    }

    @Test func warningsAndErrorsOfDifferentFilesAreSortedTogether() {
        let dataset = Self.completeDataset()
        dataset.write("status.json", #"{"TimeZone": "Europe/Oslo", "Colour": 1}"#)
        dataset.write("usage.csv", "Period,Service,Quantity,Note\n2026-03,Faxes,1,\n")
        #expect(dataset.diagnostics().map { "\($0.severity) \($0.location?.file.split(separator: "/").last ?? "")" } == [
            "warning status.json", "warning usage.csv", "error usage.csv",
        ])
    }
}
