import Foundation
import Testing
import TestSupport

/// `license-report usage` never wipes a site (issue 14): it replaces its output folder only when that holds
/// nothing or an earlier `usage` output of the same customer; anything else is refused (exit 73) and left
/// exactly as it was.
@Suite struct UsageOutputRefusalTests {
    static let fixture = "fixtures/nordlys-module-based"

    static func usage(_ month: String, into output: URL, directory: URL? = nil) throws -> ProcessResult {
        try LicenseReportBinary.run(["usage", Repository.url(Self.fixture).path,
                               "--month", month, "--output", output.path, "--as-of", "2026-11-15"], currentDirectory: directory)
    }

    @Test func usageIntoASiteIsRefusedAndTheSiteIsUnchanged() throws {
        let site = try ExternalTools.buildFixture("nordlys-module-based")
        let before = try snapshot(of: site)
        let result = try Self.usage("2026-10", into: site)
        #expect(result.status == 73)
        #expect(result.stderr == "error: will not replace \(site.path): it holds a whole site (index.html, index.md, licenses.html), which `usage` would replace with one month: to add the month to the site run `license-report build`, or give `usage` a new --output folder (the default is usage-2026-10)\n1 error, 0 warnings.\n")
        #expect(try snapshot(of: site) == before)
    }

    /// What a refused folder holds besides (or instead of) an earlier usage report.
    enum Foreign: String, CaseIterable, CustomTestStringConvertible {
        case someoneElsesFolder, extraFileInUsage, anotherCustomersReport
        var testDescription: String { rawValue }
    }

    @Test(arguments: Foreign.allCases) func usageIntoAFolderThatHoldsMoreThanItsOwnReportIsRefused(foreign: Foreign) throws {
        let output = try temporaryFolder().appendingPathComponent("billing")
        let expected: String
        switch foreign {
        case .someoneElsesFolder:
            try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
            try "mine".write(to: output.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
            expected = "it is not empty and was not written by `license-report usage` (it has no .license-report file)"
        case .extraFileInUsage:
            try #require(try Self.usage("2026-10", into: output).status == 0)
            try "mine".write(to: output.appendingPathComponent("usage/notes.txt"), atomically: true, encoding: .utf8)
            expected = "it holds usage/notes.txt, which is not part of a usage report written by `license-report usage`"
        case .anotherCustomersReport:
            try #require(try Self.usage("2026-10", into: output).status == 0)
            let json = output.appendingPathComponent("usage/2026-10.json")
            try String(contentsOf: json, encoding: .utf8).replacingOccurrences(of: "\"serialNr\": \"4711209386\"", with: "\"serialNr\": \"OTHER-1\"")
                .write(to: json, atomically: true, encoding: .utf8)
            expected = "it holds the usage report of serial number OTHER-1 (Nordlys Energi AS), not of 4711209386"
        }
        let before = try snapshot(of: output)
        let result = try Self.usage("2026-09", into: output)
        #expect(result.status == 73)
        #expect(result.stderr == "error: will not replace \(output.path): \(expected): give `usage` a new --output folder (the default is usage-2026-09)\n1 error, 0 warnings.\n")
        #expect(try snapshot(of: output) == before)
    }

    @Test func usageReplacesItsOwnEarlierReportAlsoInTheOlderLayout() throws {
        let output = try temporaryFolder().appendingPathComponent("billing")
        try #require(try Self.usage("2026-10", into: output).status == 0)
        // Versions before issue 14 also wrote assets/style.css beside usage/.
        try FileManager.default.createDirectory(at: output.appendingPathComponent("assets"), withIntermediateDirectories: true)
        try "body {}".write(to: output.appendingPathComponent("assets/style.css"), atomically: true, encoding: .utf8)
        let result = try Self.usage("2026-09", into: output)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try snapshot(of: output).keys.sorted() == [
            ".license-report", "usage/2026-09.csv", "usage/2026-09.html", "usage/2026-09.json", "usage/2026-09.md"])
    }

    @Test func theDefaultOutputIsAFolderOfItsOwn() throws {
        let directory = try temporaryFolder()
        let result = try LicenseReportBinary.run(["usage", Repository.url(Self.fixture).path,
                                            "--month", "2026-10", "--as-of", "2026-11-15"], currentDirectory: directory)
        #expect(result.status == 0, "\(result.stderr)")
        // Beside it: the folder of its publish lock (docs/command-line.md, "Publishing").
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == [".usage-2026-10.publish", "usage-2026-10"])
        #expect(result.stdout == "Wrote the usage report for 2026-10 to usage-2026-10/usage/: 4 files, 0 warnings.\n")
    }
}
