import Foundation
import Testing
import TestSupport

/// The break-it cases of oversized text and numbers, with the built binary (issue 10, points 11 and 12).
@Suite struct InputBoundsTests {
    /// A 1 MB CompanyName used to make a 93 MB site; now it stops the build, at its JSON path.
    @Test func aHugeCompanyNameStopsTheBuild() throws {
        let dataset = try Repository.copyOfFixture("nordlys-module-based")
        let license = dataset.appendingPathComponent("license.json")
        let text = try String(contentsOf: license, encoding: .utf8)
        let huge = String(repeating: "Nordlys ", count: 125_000)
        try Data(text.replacingOccurrences(of: "\"CompanyName\": \"Nordlys Energi AS\"", with: "\"CompanyName\": \"\(huge)\"").utf8).write(to: license)
        let site = dataset.appendingPathComponent("site")
        let result = try LicenseReportBinary.run(["build", dataset.path, "--output", site.path, "--as-of", "2026-11-15"])
        #expect(result.status == 65)
        #expect(result.stderr.contains(": $[0].CompanyName: error: CompanyName is 1000000 characters long; at most 256 are allowed\n"), "\(result.stderr.prefix(400))")
        #expect(!FileManager.default.fileExists(atPath: site.path))
    }

    @Test func aHugeTotalIsTooLarge() throws {
        let dataset = try Repository.copyOfFixture("bergfalk-crm-core")
        let license = dataset.appendingPathComponent("license.json")
        var text = try String(contentsOf: license, encoding: .utf8)
        let range = try #require(text.range(of: #""Total": [0-9]+"#, options: .regularExpression))
        text.replaceSubrange(range, with: #""Total": 99999999999999999999999"#)
        try Data(text.utf8).write(to: license)
        let result = try LicenseReportBinary.run(["check", dataset.path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("error: Total '99999999999999999999999' is too large: the limit is 2147483647, so that every amount is computed exactly\n"), "\(result.stderr)")
    }

    /// A Quantity of 38 digits was accepted and its amount lost 10 digits of precision.
    @Test func aQuantityOf38DigitsIsTooLarge() throws {
        let dataset = try Repository.copyOfFixture("nordlys-module-based")
        let usage = dataset.appendingPathComponent("usage.csv")
        let quantity = "12345678901234567890123456789012345678"
        try Data(("Period,Service,Quantity\n2026-03,ActiveUsers,7\n2026-03,MailingsEmails,\(quantity)\n").utf8).write(to: usage)
        let result = try LicenseReportBinary.run(["check", dataset.path])
        #expect(result.status == 65)
        #expect(result.stderr == "\(usage.path):3:24: error: Quantity '\(quantity)' is too large: the limit is less than 1000000000000000, so that every amount is computed exactly\n1 error, 0 warnings.\n")
    }
}
