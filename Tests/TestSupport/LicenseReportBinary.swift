import Foundation

/// The built `license-report` executable, which the end-to-end tests run as a user would.
///
/// Which binary: the path in the environment variable `LICENSE_REPORT_BINARY` when it is set (to test an
/// installed or cross-built copy); otherwise whichever of `.build/debug/license-report` and
/// `.build/release/license-report` was modified last. `swift test` rebuilds the configuration it tests
/// whenever a source changed, so the newest binary is built from the current sources; preferring debug
/// regardless would test a stale debug build after a `swift build -c release`.
public enum LicenseReportBinary {
    /// The environment variable that overrides the choice (an absolute path, or relative to the current folder).
    public static let overrideVariable = "LICENSE_REPORT_BINARY"

    /// The binaries `swift build` writes, debug first: the answer when neither exists, so the error names it.
    public static let candidates = [Repository.url(".build/debug/license-report"), Repository.url(".build/release/license-report")]

    /// The binary the tests run (see the type's comment).
    public static var url: URL { choose(environment: ProcessInfo.processInfo.environment, candidates: candidates) }

    /// The override from `environment` when set and not empty; otherwise the most recently modified
    /// executable of `candidates` (the first of equally recent ones), or the first candidate when none is.
    public static func choose(environment: [String: String], candidates: [URL]) -> URL {
        if let override = environment[overrideVariable], !override.isEmpty { return URL(fileURLWithPath: override) }
        let built = candidates.compactMap { candidate -> (url: URL, modified: Date)? in
            guard FileManager.default.isExecutableFile(atPath: candidate.path),
                  let modified = try? FileManager.default.attributesOfItem(atPath: candidate.path)[.modificationDate] as? Date
            else { return nil }
            return (candidate, modified)
        }
        return built.max { $0.modified < $1.modified }?.url ?? candidates[0]
    }

    /// Runs the binary with `arguments` in `currentDirectory` (default: the repository root, where the
    /// bundled sample is the default dataset). `environment` adds variables to this process's own, from
    /// which `SOURCE_DATE_EPOCH` is removed so that a developer's setting cannot change a report date.
    public static func run(_ arguments: [String], environment: [String: String] = [:], currentDirectory: URL? = nil) throws -> ProcessResult {
        var variables = ProcessInfo.processInfo.environment
        variables.removeValue(forKey: "SOURCE_DATE_EPOCH")
        variables.merge(environment) { _, new in new }
        return try runProcess(url, arguments, environment: variables, currentDirectory: currentDirectory ?? Repository.root)
    }
}
