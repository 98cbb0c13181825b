import Foundation
import Testing
import TestSupport

/// End-to-end: the built binary on the bundled fixtures.
@Suite(.serialized) struct BuildCommandTests {
    static let fixtures = ["nordlys-module-based", "nordlys-module-based-nordic", "bergfalk-crm-core", "lysholm-crm-starter", "solvang-api"]

    @Test(arguments: fixtures)
    func everyFixtureBuilds(fixture: String) throws {
        let output = try temporaryFolder().appendingPathComponent("site")
        let result = try LicenseReportBinary.run(["build", "fixtures/\(fixture)", "--output", output.path, "--as-of", "2026-11-15"])
        #expect(result.status == 0, "\(result.stderr)")
        let files = try snapshot(of: output)
        for page in ["index.html", "index.md", "licenses.html", "licenses.md", "status.html", "status.md", "report.json", "assets/style.css"] {
            #expect(files[page] != nil, "\(fixture): \(page) missing")
        }
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let first = try temporaryFolder().appendingPathComponent("a")
        let second = try temporaryFolder().appendingPathComponent("b")
        let a = try LicenseReportBinary.run(["build", "fixtures/nordlys-module-based", "--output", first.path, "--as-of", "2026-11-15"])
        // The second build gets its date from SOURCE_DATE_EPOCH (2026-11-15T12:00:00Z), as reproducible builds do.
        let b = try LicenseReportBinary.run(["build", "fixtures/nordlys-module-based", "--output", second.path], environment: ["SOURCE_DATE_EPOCH": "1794744000"])
        #expect(a.status == 0 && b.status == 0, "\(a.stderr)\(b.stderr)")
        let left = try snapshot(of: first), right = try snapshot(of: second)
        #expect(left.keys.sorted() == right.keys.sorted())
        for (path, bytes) in left { #expect(right[path] == bytes, "\(path) differs") }
    }

    @Test func aBadDatasetLeavesThePreviousSiteByteForByte() throws {
        let output = try temporaryFolder().appendingPathComponent("site")
        let good = try LicenseReportBinary.run(["build", "fixtures/nordlys-module-based", "--output", output.path, "--as-of", "2026-11-15"])
        #expect(good.status == 0, "\(good.stderr)")
        let before = try snapshot(of: output)

        let broken = try Repository.copyOfFixture("nordlys-module-based")
        let usage = broken.appendingPathComponent("usage.csv")
        var text = try String(contentsOf: usage, encoding: .utf8)
        text += "2026-10-31,StorageSpace,\"12\n"   // an unterminated quote on the last line
        try text.write(to: usage, atomically: true, encoding: .utf8)
        let lineCount = text.split(separator: "\n", omittingEmptySubsequences: false).count - 1

        let bad = try LicenseReportBinary.run(["build", broken.path, "--output", output.path, "--as-of", "2026-11-15"])
        #expect(bad.status == 65)
        #expect(bad.stderr.contains("\(broken.path)/usage.csv:\(lineCount):25: error: unterminated quoted field"), "\(bad.stderr)")
        #expect(bad.stdout.isEmpty)
        #expect(try snapshot(of: output) == before)
    }

    @Test func aMissingDatasetIsExit66() throws {
        let result = try LicenseReportBinary.run(["build", "fixtures/no-such-dataset", "--output", "/tmp/never-written"])
        #expect(result.status == 66)
        #expect(result.stderr.hasPrefix("error: dataset folder 'fixtures/no-such-dataset' does not exist\n"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: "/tmp/never-written"))
    }

    @Test func aBadDateIsAUsageError() throws {
        let result = try LicenseReportBinary.run(["build", "--as-of", "2026-02-30"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--as-of '2026-02-30' is not a real date in the form YYYY-MM-DD"), "\(result.stderr)")
    }

    @Test func helpDocumentsEveryOption() throws {
        let result = try LicenseReportBinary.run(["build", "--help"])
        #expect(result.status == 0)
        for option in ["--output", "--templates", "--as-of", "--audience", "--csv-delimiter", "--strict"] {
            #expect(result.stdout.contains(option), "\(option) missing from --help")
        }
    }

    @Test func aBrokenTemplateFailsWithExit70AndKeepsTheSite() throws {
        let output = try temporaryFolder().appendingPathComponent("site")
        let good = try LicenseReportBinary.run(["build", "fixtures/nordlys-module-based", "--output", output.path, "--as-of", "2026-11-15"])
        #expect(good.status == 0, "\(good.stderr)")
        let before = try snapshot(of: output)

        let templates = try temporaryFolder("templates").appendingPathComponent("templates")
        try FileManager.default.copyItem(at: Repository.url("templates").resolvingSymlinksInPath(), to: templates)
        let status = templates.appendingPathComponent("html/status.mustache")
        var text = try String(contentsOf: status, encoding: .utf8)
        // Delete the first closing </section>: the page is no longer well-formed.
        let range = try #require(text.range(of: "</section>"))
        text.removeSubrange(range)
        try text.write(to: status, atomically: true, encoding: .utf8)

        let bad = try LicenseReportBinary.run(["build", "fixtures/nordlys-module-based", "--output", output.path, "--as-of", "2026-11-15", "--templates", templates.path])
        #expect(bad.status == 70)
        #expect(bad.stderr.contains("status.html:"), "\(bad.stderr)")
        #expect(bad.stderr.contains("(from template \(templates.path)/html/status.mustache)"), "\(bad.stderr)")
        #expect(try snapshot(of: output) == before)
    }
}

/// The output folder can never be the input, the current folder or a folder of other files.
@Suite struct OutputSafetyTests {
    @Test(arguments: [".", "fixtures", "fixtures/nordlys-module-based", ""])
    func refusesOutputsThatWouldDeleteTheInput(output: String) throws {
        let before = try snapshot(of: Repository.url("fixtures/nordlys-module-based"))
        let result = try LicenseReportBinary.run(["build", "fixtures/nordlys-module-based", "--output", output, "--as-of", "2026-11-15"])
        #expect(result.status == 73)
        #expect(result.stderr.contains("error: will not replace "), "\(result.stderr)")
        #expect(try snapshot(of: Repository.url("fixtures/nordlys-module-based")) == before)
    }
}
