import Foundation
import Testing
import TestSupport

/// `--as-of`, `SOURCE_DATE_EPOCH` and `--month` outside the years 1900–9998 are usage errors (issue 10, point 13).
@Suite struct ReportDateRangeTests {
    @Test(arguments: ["1899-12-31", "9999-01-01", "0001-01-01"])
    func anAsOfOutsideTheYearsIsRefused(date: String) throws {
        let output = try temporaryFolder("asof").appendingPathComponent("site")
        let result = try LicenseReportBinary.run(["build", "fixtures/nordlys-module-based", "--output", output.path, "--as-of", date])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Error: --as-of '\(date)' is outside the years 1900–9998\n"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test(arguments: ["-99999999999", "-9223372036854775808", "9223372036854775807", "253370764800"])
    func aSourceDateEpochOutsideTheYearsIsRefused(epoch: String) throws {
        let output = try temporaryFolder("epoch").appendingPathComponent("site")
        let result = try LicenseReportBinary.run(["build", "fixtures/nordlys-module-based", "--output", output.path],
                                           environment: ["SOURCE_DATE_EPOCH": epoch])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Error: SOURCE_DATE_EPOCH '\(epoch)' is outside the years 1900–9998 (in UTC)\n"), "\(result.stderr)")
    }

    @Test func theFirstInstantIsAccepted() throws {
        let output = try temporaryFolder("epoch").appendingPathComponent("site")
        let result = try LicenseReportBinary.run(["build", "fixtures/nordlys-module-based", "--output", output.path],
                                           environment: ["SOURCE_DATE_EPOCH": "-2208988800"])
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test func aMonthOutsideTheYearsIsRefused() throws {
        let result = try LicenseReportBinary.run(["usage", "fixtures/nordlys-module-based", "--month", "9999-12",
                                            "--output", try temporaryFolder("month").path])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("Error: --month '9999-12' is outside the years 1900–9998\n"), "\(result.stderr)")
    }

    @Test func usageInTheYear9999IsBadData() throws {
        let dataset = try Repository.copyOfFixture("nordlys-module-based")
        try Data("Period,Service,Quantity\n9999-12,MailingsEmails,5000\n".utf8).write(to: dataset.appendingPathComponent("usage.csv"))
        let result = try LicenseReportBinary.run(["check", dataset.path])
        #expect(result.status == 65)
        #expect(result.stderr == "\(dataset.path)/usage.csv:2:1: error: Period '9999-12' is outside the years 1900–9998\n1 error, 0 warnings.\n")
    }
}
