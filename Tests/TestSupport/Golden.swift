import Foundation
import LicenseReport
import Testing

/// Golden files in `Tests/LicenseReportTests/Golden/<folder>/`: compared byte for byte; recorded when
/// missing or when the environment variable `RECORD_GOLDEN=1` is set (the test then fails, so that a new
/// golden file is reviewed as a diff before it is kept).
///
/// Every suite that checks golden files names its folders with the trait `.goldenFolders(…)`. After the
/// suite ran, a file in those folders that none of its tests produced is stale: it fails the suite, and
/// `RECORD_GOLDEN=1` deletes it. A run narrowed with `--filter` or `--skip` may leave out tests that
/// produce files, so it does not look for stale files.
public enum Golden {
    /// The folder that holds the golden folders.
    public static let root = Repository.url("Tests/LicenseReportTests/Golden")

    /// Whether this run re-records the golden files (`RECORD_GOLDEN=1`).
    public static var isRecording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" }

    /// Compares `files` with the golden files under `root/folder`, recording missing ones (all of them
    /// when `recording`), and tells the suite's `.goldenFolders` scope which files the test produced.
    public static func check(_ files: [RenderedFile], in folder: String, root: URL = root, recording: Bool = isRecording,
                             sourceLocation: Testing.SourceLocation = #_sourceLocation) async throws {
        guard let run = GoldenRun.current, run.folders.contains(folder) else {
            Issue.record("golden folder '\(folder)' is not named in the suite's .goldenFolders(…) trait, so its stale files would go unnoticed",
                         sourceLocation: sourceLocation)
            return
        }
        await run.produced(files.map(\.path), in: folder)
        var recorded: [String] = []
        for file in files {
            let url = root.appendingPathComponent(folder).appendingPathComponent(file.path)
            if !recording, let expected = FileManager.default.contents(atPath: url.path) {
                if Array(expected) != file.contents {
                    let actual = try temporaryFolder("golden-actual").appendingPathComponent(file.path.replacingOccurrences(of: "/", with: "_"))
                    try Data(file.contents).write(to: actual)
                    Issue.record("\(folder)/\(file.path) differs from its golden file; this run wrote \(actual.path). Run with RECORD_GOLDEN=1 to re-record, and review the diff",
                                 sourceLocation: sourceLocation)
                }
                continue
            }
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.contents).write(to: url)
            recorded.append(file.path)
        }
        #expect(recorded.isEmpty, "recorded golden files \(recorded) in \(folder); review them and run again",
                sourceLocation: sourceLocation)
    }

    /// The files under `root/folder` (relative paths, sorted) that are not in `produced`.
    public static func staleFiles(in folder: String, produced: Set<String>, root: URL = root) throws -> [String] {
        try snapshot(of: root.appendingPathComponent(folder)).keys.filter { !produced.contains($0) }.sorted()
    }

    /// Writes `files` below `directory` (for looking at the pages in a browser).
    public static func write(_ files: [RenderedFile], to directory: String) throws {
        for file in files {
            let url = URL(fileURLWithPath: directory).appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.contents).write(to: url)
        }
    }
}

/// The suite trait `.goldenFolders(…)`: names the golden folders a suite's tests write, and after the
/// suite ran reports (or, when recording, deletes) the files in them that no test produced.
public struct GoldenFolders: SuiteTrait, TestScoping {
    /// Folder names below `root`.
    public var folders: [String]
    /// The folder that holds them (`Golden.root` but in this target's own tests).
    public var root: URL
    /// Whether to look for stale files after the suite; off for a narrowed run (see `Golden`).
    public var checksStaleFiles: Bool
    /// Whether stale files are deleted (`RECORD_GOLDEN=1`) rather than reported.
    public var recording: Bool
    /// The scope is the whole suite, once, not each of its tests.
    public var isRecursive: Bool { false }

    /// Written out because the tests of this target build one with another root.
    public init(folders: [String], root: URL = Golden.root,
                checksStaleFiles: Bool = !CommandLine.arguments.contains { $0 == "--filter" || $0 == "--skip" },
                recording: Bool = Golden.isRecording) {
        self.folders = folders
        self.root = root
        self.checksStaleFiles = checksStaleFiles
        self.recording = recording
    }

    /// Runs the suite with a fresh record of what its tests produce, then reports (or deletes) stale files.
    public func provideScope(for test: Test, testCase: Test.Case?,
                             performing function: @Sendable () async throws -> Void) async throws {
        let run = GoldenRun(folders: folders)
        try await GoldenRun.$current.withValue(run) { try await function() }
        guard checksStaleFiles else { return }
        for folder in folders {
            for path in try Golden.staleFiles(in: folder, produced: await run.produced[folder] ?? [], root: root) {
                if recording {
                    try FileManager.default.removeItem(at: root.appendingPathComponent(folder).appendingPathComponent(path))
                    Issue.record("deleted the stale golden file \(folder)/\(path): no test of \(test.name) produced it",
                                 sourceLocation: test.sourceLocation)
                } else {
                    Issue.record("stale golden file \(folder)/\(path): no test of \(test.name) produced it; delete it, or run with RECORD_GOLDEN=1",
                                 sourceLocation: test.sourceLocation)
                }
            }
        }
    }
}

extension Trait where Self == GoldenFolders {
    /// The golden folders (below `Golden.root`) that the suite's tests check; see `Golden`.
    public static func goldenFolders(_ folders: String...) -> Self { GoldenFolders(folders: folders) }
}

/// What the tests of one golden suite produced, by folder.
actor GoldenRun {
    /// The run of the suite whose scope the current task is in.
    @TaskLocal static var current: GoldenRun?

    let folders: [String]
    private(set) var produced: [String: Set<String>] = [:]

    init(folders: [String]) { self.folders = folders }

    func produced(_ paths: [String], in folder: String) { produced[folder, default: []].formUnion(paths) }
}
