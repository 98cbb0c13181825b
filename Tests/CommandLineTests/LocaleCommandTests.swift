import Foundation
import Testing
import TestSupport

/// End-to-end: `--locale` on `build` and `usage`, and status.json's `Locale` as the default it overrides.
@Suite(.serialized) struct LocaleCommandTests {
    static let fixture = "fixtures/nordlys-module-based"

    static func html(_ folder: URL, _ path: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
    }

    @Test(arguments: ["en", "nb", "sv", "da", "de", "nl"])
    func buildWritesTheSiteInEachLanguage(code: String) throws {
        let output = try temporaryFolder().appendingPathComponent("site")
        let result = try LicenseReportBinary.run(["build", Self.fixture, "--output", output.path, "--as-of", "2026-11-15", "--locale", code])
        #expect(result.status == 0, "\(result.stderr)")
        for page in ["index.html", "licenses.html", "status.html", "usage/index.html", "usage/2026-10.html"] {
            #expect(try Self.html(output, page).contains("lang=\"\(code)\""), "\(page)")
        }
    }

    @Test func anUnknownLocaleIsACommandLineErrorListingTheChoices() throws {
        let output = try temporaryFolder().appendingPathComponent("site")
        for command in [["build", Self.fixture, "--output", output.path], ["usage", Self.fixture, "--month", "2026-10", "--output", output.path]] {
            let result = try LicenseReportBinary.run(command + ["--locale", "xx"])
            #expect(result.status == 64)
            #expect(result.stderr.contains("'xx'") && result.stderr.contains("--locale"), "\(result.stderr)")
            for code in ["en", "nb", "sv", "da", "de", "nl"] { #expect(result.stderr.contains("- \(code)\n"), "\(result.stderr)") }
            #expect(!FileManager.default.fileExists(atPath: output.path))
        }
    }

    /// A copy of the fixture whose status.json says `"Locale": locale`.
    static func fixture(locale: String) throws -> URL {
        let folder = try Repository.copyOfFixture("nordlys-module-based")
        let status = folder.appendingPathComponent("status.json")
        var object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: status)) as? [String: Any])
        object["Locale"] = locale
        try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys]).write(to: status)
        return folder
    }

    @Test func statusJSONsLocaleIsTheDefaultAndTheFlagWins() throws {
        let dataset = try Self.fixture(locale: "nb")
        let root = try temporaryFolder()
        let byStatus = try LicenseReportBinary.run(["build", dataset.path, "--output", root.appendingPathComponent("a").path, "--as-of", "2026-11-15"])
        #expect(byStatus.status == 0, "\(byStatus.stderr)")
        let norwegian = try Self.html(root.appendingPathComponent("a"), "status.html")
        #expect(norwegian.contains("lang=\"nb\""))
        #expect(norwegian.contains("Serienummer"))
        let byFlag = try LicenseReportBinary.run(["build", dataset.path, "--output", root.appendingPathComponent("b").path, "--as-of", "2026-11-15",
                                                  "--locale", "de"])
        #expect(byFlag.status == 0, "\(byFlag.stderr)")
        let german = try Self.html(root.appendingPathComponent("b"), "status.html")
        #expect(german.contains("lang=\"de\"") && german.contains("Seriennummer"))
        let usage = try LicenseReportBinary.run(["usage", dataset.path, "--month", "2026-10", "--output", root.appendingPathComponent("c").path,
                                                 "--as-of", "2026-11-15"])
        #expect(usage.status == 0, "\(usage.stderr)")
        #expect(try Self.html(root.appendingPathComponent("c"), "usage/2026-10.html").contains("Forbruksrapport for oktober 2026"))
    }

    @Test func anUnknownLocaleInStatusJSONIsAnErrorAtItsPath() throws {
        let dataset = try Self.fixture(locale: "no")
        let output = try temporaryFolder().appendingPathComponent("site")
        let result = try LicenseReportBinary.run(["build", dataset.path, "--output", output.path, "--as-of", "2026-11-15"])
        #expect(result.status == 65)
        #expect(result.stderr.contains("status.json $.Locale") || result.stderr.contains("status.json:$.Locale") || result.stderr.contains("$.Locale"), "\(result.stderr)")
        #expect(result.stderr.contains("unknown Locale 'no'; known values: en, nb, sv, da, de, nl"), "\(result.stderr)")
    }

    @Test func theUsageAttachmentsStayMachineReadableInEveryLanguage() throws {
        let root = try temporaryFolder()
        var csv: [String: Data] = [:]
        for code in ["en", "nb"] {
            let output = root.appendingPathComponent(code)
            let result = try LicenseReportBinary.run(["usage", Self.fixture, "--month", "2026-10", "--output", output.path, "--as-of", "2026-11-15",
                                                      "--locale", code, "--csv-dialect", "excel-nordic"])
            #expect(result.status == 0, "\(result.stderr)")
            let files = try snapshot(of: output)
            csv[code] = (files["usage/2026-10.csv"] ?? Data()) + (files["usage/2026-10.json"] ?? Data())
        }
        #expect(csv["en"] == csv["nb"], "CSV and JSON do not depend on the locale")
        #expect(csv["en"]?.isEmpty == false)
    }
}
