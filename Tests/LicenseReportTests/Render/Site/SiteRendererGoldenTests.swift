import Foundation
import Testing
import TestSupport
@testable import LicenseReport

/// The pages of the sample report, compared with golden files (`RECORD_GOLDEN=1` re-records them; see `Golden`).
@Suite(.goldenFolders("module-based-admin", "crm-suite-user")) struct SiteRendererGoldenTests {
    @Test func moduleBasedSiteForAdminMatchesGoldenFiles() async throws {
        let files = try SiteRenderer(templatesDirectory: nil).render(SampleReport.moduleBased(), audience: .admin)
        #expect(files.map(\.path) == ["assets/style.css", "index.html", "index.md", "licenses.html", "licenses.md",
                                      "status.html", "status.md"])
        try await Golden.check(files, in: "module-based-admin")
        if let folder = ProcessInfo.processInfo.environment["PAGES_PREVIEW_DIR"] {
            try Golden.write(files, to: folder + "/module-based-admin")
        }
    }

    @Test func crmSuiteSiteForUserMatchesGoldenFiles() async throws {
        let files = try SiteRenderer(templatesDirectory: nil).render(SampleReport.crmSuite(), audience: .user)
        try await Golden.check(files.filter { $0.path != "assets/style.css" }, in: "crm-suite-user")
        if let folder = ProcessInfo.processInfo.environment["PAGES_PREVIEW_DIR"] {
            try Golden.write(files, to: folder + "/crm-suite-user")
        }
    }

    @Test func twoRendersAreByteIdentical() throws {
        let first = try SiteRenderer(templatesDirectory: nil).render(SampleReport.moduleBased(), audience: .admin)
        let second = try SiteRenderer(templatesDirectory: nil).render(SampleReport.moduleBased(), audience: .admin)
        #expect(first == second)
        #expect(first.allSatisfy { !$0.contents.isEmpty })
    }
}
