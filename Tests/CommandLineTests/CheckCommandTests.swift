import Foundation
import Testing
import TestSupport

@Suite struct CheckCommandTests {
    @Test(arguments: BuildCommandTests.fixtures)
    func everyFixtureIsClean(fixture: String) throws {
        let result = try LicenseReportBinary.run(["check", "fixtures/\(fixture)"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "fixtures/\(fixture): no errors, 0 warnings.\n")
    }

    @Test func everyErrorIsReportedSortedWithACount() throws {
        let broken = try Repository.copyOfFixture("bergfalk-crm-core")
        try Data("{\"OwnerName\": \"SUPEROFFICE\"}".utf8).write(to: broken.appendingPathComponent("license.json"))
        let result = try LicenseReportBinary.run(["check", broken.path])
        #expect(result.status == 65)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count >= 3, "\(result.stderr)")
        #expect(lines.dropLast().allSatisfy { $0.hasPrefix("\(broken.path)/license.json: $: error: missing required key") }, "\(result.stderr)")
        #expect(lines.last?.hasSuffix("0 warnings.") == true)
        #expect(lines.dropLast() == lines.dropLast().sorted())
    }
}
