import Foundation
import LicenseReport
import Testing
import TestSupport

/// `license-report validate DIR`, run as a user would: the built binary on a folder on disk.
@Suite struct ValidateCommandTests {
    @Test func validFolderExitsZero() throws {
        let site = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: site) }
        try FileManager.default.createDirectory(at: site.appendingPathComponent("assets"), withIntermediateDirectories: true)
        try ExternalValidatorTests.polyglotPage.write(to: site.appendingPathComponent("status.html"), atomically: true, encoding: .utf8)
        try "body { margin: 0 }\n".write(to: site.appendingPathComponent("assets/site.css"), atomically: true, encoding: .utf8)
        let result = try LicenseReportBinary.run(["validate", site.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "\(site.path): 2 files, no problems.\n")
    }

    @Test func brokenFolderExitsSeventyWithPathsPrefixedByTheFolder() throws {
        let site = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: site) }
        let broken = ExternalValidatorTests.polyglotPage
            .replacingOccurrences(of: "Planned&#160;downtime", with: "Planned&nbsp;downtime")
        try broken.write(to: site.appendingPathComponent("status.html"), atomically: true, encoding: .utf8)
        try "| a | b |\n|---|---|\n| 1 | 2 | 3 |\n".write(to: site.appendingPathComponent("status.md"), atomically: true, encoding: .utf8)
        let result = try LicenseReportBinary.run(["validate", site.path + "/"])
        #expect(result.status == 70)
        let output = result.stdout + result.stderr
        #expect(output.contains("\(site.path)/status.html:3:75: error: link 'assets/site.css' points to no written page or id"))
        #expect(output.contains("\(site.path)/status.html:9:56: error: entity &nbsp; is not defined in XHTML: write the character itself or a numeric reference such as &#160;\n"))
        #expect(output.contains("\(site.path)/status.md:3:9: error: table row has 3 cells, the header has 2"))
    }

    /// A folder that does not exist is missing input (exit 66), named as a folder, not as a dataset.
    @Test func missingFolderExitsSixtySix() throws {
        let missing = "/nonexistent/site-\(UUID().uuidString)"
        let result = try LicenseReportBinary.run(["validate", missing])
        #expect(result.status == 66)
        #expect(result.stdout == "")
        #expect(result.stderr == "error: folder '\(missing)' does not exist\n1 error, 0 warnings.\n")
    }

    /// A file instead of a folder is bad input (exit 65) and says so.
    @Test func fileInsteadOfFolderExitsSixtyFive() throws {
        let site = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: site) }
        let file = site.appendingPathComponent("index.html")
        try "<p/>".write(to: file, atomically: true, encoding: .utf8)
        let result = try LicenseReportBinary.run(["validate", file.path])
        #expect(result.status == 65)
        #expect(result.stderr == "error: cannot read file: \(file.path) is a file, not a folder\n1 error, 0 warnings.\n")
    }
}
