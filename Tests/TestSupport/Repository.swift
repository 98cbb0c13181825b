import Foundation

/// The checked-out repository the tests run in: its root and the sample datasets in `fixtures/`.
public enum Repository {
    /// The repository root (two levels above this file, which is in Tests/TestSupport).
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `relativePath` below the repository root, e.g. `"fixtures/nordlys-module-based"`.
    public static func url(_ relativePath: String) -> URL { root.appendingPathComponent(relativePath) }

    /// The dataset folders in fixtures/ (those holding a license.json), sorted by name.
    public static func fixtureNames() -> [String] {
        let folder = url("fixtures")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter {
            FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).appendingPathComponent("license.json").path)
        }.sorted()
    }

    /// A copy of `fixtures/name` in a new temporary folder, so a test can break it.
    public static func copyOfFixture(_ name: String) throws -> URL {
        try temporaryCopy(of: url("fixtures/\(name)"), prefix: "fixture")
    }
}
