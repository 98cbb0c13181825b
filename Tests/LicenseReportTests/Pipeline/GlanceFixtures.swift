import Foundation
@testable import LicenseReport

/// The bundled fixtures as reports, for the glance tests.
enum GlanceFixtures {
    /// The report of `fixture` as of 2026-11-15, with the default warning window and `previous` history.
    static func report(_ fixture: String, previous: History? = nil) throws -> Report {
        let folder = FixtureGoldenTests.fixtures.appendingPathComponent(fixture).path
        let checked = try DatasetLoader.load(folder: folder)
        return ReportBuilder.build(checked.dataset, asOf: FixtureGoldenTests.asOf, previousHistory: previous)
    }
}
