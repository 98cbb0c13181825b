import Foundation
import Testing
@testable import LicenseReport

/// The pages of the sample report, compared with golden files (`RECORD_GOLDEN=1` re-records them).
@Suite struct SiteRendererGoldenTests {
    @Test func moduleBasedSiteForAdminMatchesGoldenFiles() throws {
        let files = try SiteRenderer(templatesDirectory: nil).render(SampleReport.moduleBased(), audience: .admin)
        #expect(files.map(\.path) == ["assets/style.css", "index.html", "index.md", "licenses.html", "licenses.md",
                                      "status.html", "status.md"])
        try Golden.check(files, name: "module-based-admin")
        if let folder = ProcessInfo.processInfo.environment["PAGES_PREVIEW_DIR"] {
            try Golden.write(files, to: folder + "/module-based-admin")
        }
    }

    @Test func crmSuiteSiteForUserMatchesGoldenFiles() throws {
        let files = try SiteRenderer(templatesDirectory: nil).render(SampleReport.crmSuite(), audience: .user)
        try Golden.check(files.filter { $0.path != "assets/style.css" }, name: "crm-suite-user")
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
