import Foundation
import Testing
import TestSupport

/// `check`, `build` and `usage` without a DATASET argument read the bundled sample relative to the current
/// folder; outside the repository they say that no folder was given (exit 66).
@Suite struct DefaultDatasetTests {
    static let message = "error: no dataset folder given, and the bundled sample 'fixtures/nordlys-module-based' is not in the current folder: give a dataset folder\n1 error, 0 warnings.\n"

    @Test(arguments: [["check"], ["build"], ["build", "--output", "out"], ["usage", "--month", "2026-10"], ["check", "--strict"]])
    func outsideTheRepositoryTheDefaultIsExplained(_ arguments: [String]) throws {
        let folder = try temporaryFolder("no-dataset")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try LicenseReportBinary.run(arguments, environment: ["SOURCE_DATE_EPOCH": "1794744000"], currentDirectory: folder)
        #expect(result.status == 66)
        #expect(result.stdout == "")
        #expect(result.stderr == Self.message)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [], "nothing is written")
    }

    /// A folder that was named and is missing keeps its own message.
    @Test func aNamedMissingFolderIsStillNamed() throws {
        let folder = try temporaryFolder("no-dataset")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try LicenseReportBinary.run(["check", "exports/nordlys"], currentDirectory: folder)
        #expect(result.status == 66)
        #expect(result.stderr == "error: dataset folder 'exports/nordlys' does not exist\n1 error, 0 warnings.\n")
    }

    /// In the repository root the default still works (issue 2: `build` without arguments builds the sample).
    @Test func inTheRepositoryTheDefaultIsTheSample() throws {
        let result = try LicenseReportBinary.run(["check"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "fixtures/nordlys-module-based: no errors, 0 warnings.\n")
    }
}
