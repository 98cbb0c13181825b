import Foundation
import Testing
@testable import LicenseReport

/// Golden files in `Tests/LicenseReportTests/Golden/`: recorded when missing or when the environment
/// variable `RECORD_GOLDEN=1` is set, compared byte for byte otherwise.
enum Golden {
    /// The Golden folder next to this file's folder.
    static let folder: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Golden")

    /// Compares `files` with the golden files under `Golden/name/`, recording missing ones.
    /// - Returns: the paths that were recorded (the test records and then fails, so a new golden file is reviewed).
    static func check(_ files: [RenderedFile], name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let record = ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1"
        var recorded: [String] = []
        for file in files {
            let url = folder.appendingPathComponent(name).appendingPathComponent(file.path)
            if !record, let expected = FileManager.default.contents(atPath: url.path) {
                #expect(Array(expected) == file.contents, "\(name)/\(file.path) differs from its golden file",
                        sourceLocation: sourceLocation)
                continue
            }
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.contents).write(to: url)
            recorded.append(file.path)
        }
        #expect(recorded.isEmpty, "recorded golden files \(recorded) in \(name); review them and run again",
                sourceLocation: sourceLocation)
    }

    /// Writes `files` below `directory` (for looking at the pages in a browser).
    static func write(_ files: [RenderedFile], to directory: String) throws {
        for file in files {
            let url = URL(fileURLWithPath: directory).appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.contents).write(to: url)
        }
    }
}
