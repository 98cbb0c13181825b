import Foundation
import LicenseReportCore

/// Reads the `history.json` of the site a build replaces (issue 12), so that compute can append today's
/// snapshot and say what changed.
///
/// History never fails a build, not even with `--strict`: a file that is unreadable, damaged, of another
/// format version or of another customer is one warning (`historyIgnored`), and history starts afresh.
/// It is read only from a folder that carries the tool's marker (`Publisher.isMarker`): anything else is
/// not our site, so its files mean nothing to us.
public enum HistoryFileLoader {
    /// The file's name in a site.
    public static let fileName = "history.json"
    /// Larger files are not read (400 snapshots of a large dataset stay far below it).
    static let maximumBytes = 64 << 20

    /// The previous history in the output folder `site`.
    /// - Parameters:
    ///   - site: the output folder as given (symbolic links are followed, as publishing does).
    ///   - serialNr: the customer's serial number; a history of another one is foreign.
    /// - Returns: the history (`nil` when there is none to continue) and at most one warning, at
    ///   `site/history.json` (with a JSON path, or line and column for a syntax error).
    public static func load(site: String, serialNr: String) -> (history: History?, warnings: [Diagnostic]) {
        guard !site.isEmpty else { return (nil, []) }
        let folder = Publisher.resolvedOutput(site)
        guard Publisher.isMarker(folder.appendingPathComponent(Publisher.markerFileName)) else { return (nil, []) }
        let url = folder.appendingPathComponent(fileName)
        let display = (site.hasSuffix("/") ? site : site + "/") + fileName
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path) else { return (nil, []) }
        func ignored(_ detail: String, _ location: SourceLocation? = nil) -> (History?, [Diagnostic]) {
            (nil, [Diagnostic(.historyIgnored(detail: detail), at: location ?? SourceLocation(file: display), severity: .warning)])
        }
        guard attributes[.type] as? FileAttributeType == .typeRegular else { return ignored("it is not a regular file") }
        if let size = attributes[.size] as? Int, size > maximumBytes {
            return ignored("it is larger than \(maximumBytes >> 20) MiB")
        }
        var log = DiagnosticLog(strict: false)
        guard let root = JSONFile.load(path: url.path, displayPath: display, log: &log) else {
            let first = log.diagnostics.first
            return ignored(first?.message ?? "it cannot be read", first?.location)
        }
        do throws(HistoryFormatError) {
            let history = try HistoryDecoding.history(root)
            guard history.serialNr == serialNr else {
                return ignored("it belongs to serial number '\(history.serialNr)', not '\(serialNr)'")
            }
            return (history, [])
        } catch {
            return ignored(error.detail, SourceLocation(file: display, jsonPath: error.path))
        }
    }
}

/// A history file that does not have the expected shape: what is wrong, at which JSON path.
struct HistoryFormatError: Error, Hashable {
    /// "$.snapshots[3].date".
    var path: String
    /// "expected a date YYYY-MM-DD".
    var detail: String
}
