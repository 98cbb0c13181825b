import Foundation
import Testing
import TestSupport

/// The break-it case of billing with unknown users, with the built binary (issue 10, point 14): it used
/// to build with users 0 and roughly doubled amounts, without a warning even under `--strict`.
@Suite struct UnknownUsersTests {
    @Test(arguments: [["check"], ["check", "--strict"], ["build", "--as-of", "2026-11-15"]])
    func anEmptyLicenseFileStopsTheBuildNamingTheMonths(command: [String]) throws {
        let dataset = try Repository.copyOfFixture("nordlys-module-based")
        try Data("[]".utf8).write(to: dataset.appendingPathComponent("license.json"))
        let site = dataset.appendingPathComponent("site")
        let result = try LicenseReportBinary.run(command + [dataset.path] + (command[0] == "build" ? ["--output", site.path] : []))
        #expect(result.status == 65)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.first == "\(dataset.path)/license.json: $: error: license.json has no licence owner: export at least SuperOffice's own LicenseInfo (OwnerName SUPEROFFICE)")
        // The fixture's months without an ActiveUsers row.
        #expect(lines.dropFirst().dropLast().map { $0.components(separatedBy: ": error: ").last?.prefix(29) ?? "" }
            == ["the users of 2026-01 are unkn", "the users of 2026-07 are unkn"], "\(result.stderr)")
        #expect(lines.last == "3 errors, 0 warnings.")
        #expect(!FileManager.default.fileExists(atPath: site.path))
    }
}
