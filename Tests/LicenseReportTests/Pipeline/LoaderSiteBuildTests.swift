import Foundation
import Testing
import TestSupport
@testable import LicenseReport

/// A bad dataset stops the build at the load stage and leaves the published site byte for byte as it was.
@Suite struct LoaderSiteBuildTests {
    @Test func badDatasetLeavesTheOldSiteUnchanged() throws {
        let dataset = TemporaryDataset(["license.json": Sample.license(licence: #""Name": "A", "LicenseType": "UserLicense", "Total": 1, "InUse": 2"#)])
        let site = TemporaryDataset(["index.html": "<!DOCTYPE html><html><body>old</body></html>", "status.md": "# Old status\n"])
        try FileManager.default.createDirectory(atPath: site.file("assets"), withIntermediateDirectories: false)
        site.write("assets/site.css", "body { color: black }\n")
        let before = try snapshot(of: URL(fileURLWithPath: site.folder))

        let request = BuildRequest(datasetFolder: dataset.folder, outputDirectory: site.folder, reportDate: .date(CalendarDate(year: 2026, month: 3, day: 4)!))
        let error = try #require(Result { () throws(DiagnosticError) in try SiteBuild.run(request) }.failure)

        #expect(error.diagnostics == [Diagnostic(.inUseExceedsTotal(inUse: 2, total: 1), at: dataset.at("license.json", "$.ModuleLicenses[0].InUse"))])
        #expect(try snapshot(of: URL(fileURLWithPath: site.folder)) == before)
    }
}
