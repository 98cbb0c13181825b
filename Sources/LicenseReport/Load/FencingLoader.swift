import Foundation
import LicenseReportCore

/// Reads the `fencing/` folder of a dataset: one unmodified `FencingInfo` response per file, as SuperOffice 12
/// returns it for one plan limit (`ActiveCount`, `Maximum`, `IsNearingMaximum`, `HasReachedMaximum`, …).
///
/// `FencingInfo` carries no name: the call it answers says which limit it is, so the file name does
/// (docs/dataset-format.md "fencing/"). The rows join `status.json`'s restrictions; `StatusRules` resolves
/// their `Maximum` (0 may mean unlimited there) and checks their flags.
enum FencingLoader {
    /// The folder, inside the dataset folder.
    static let folder = "fencing"

    /// One file of the folder and the call whose response it holds.
    struct Limit: Hashable, Sendable {
        /// The file name, e.g. `projects.json`.
        var file: String
        /// The restriction name; `nil` for the licence fence, named from its `WarningMessage`.
        var name: String?
        /// The Web API agent call, below `/api/v1/Agents/`.
        var call: String
    }

    /// The four calls of SuperOffice 12 (../shared/superoffice-api.md), in the order the pages list them
    /// (the plan table's order, then the licence fence).
    static let limits = [
        Limit(file: "dashboards.json", name: "Dashboards", call: "Dash/GetDashboardFencingInfo"),
        Limit(file: "projects.json", name: "Active projects", call: "Project/GetProjectFencingInfo"),
        Limit(file: "marketing-flows.json", name: "Active marketing flows", call: "Workflow/GetWorkflowFencingInfo"),
        Limit(file: "license.json", name: nil, call: "License/GetFencingInfo"),
    ]

    /// The name of the licence fence when its `WarningMessage` is empty or absent.
    static let licenceLimitName = "Licence limit"

    /// `FencingInfo` properties that are not read.
    static let ignoredKeys = LicenseFileLoader.carrierKeys + ["WarningMessage", "WarningTooltip"]

    /// Every restriction of `fencing/` (none when the folder is absent), in `limits` order. A JSON file of
    /// another name is an `unknownFencingFile` warning.
    static func load(_ files: DatasetFiles, log: inout DiagnosticLog) -> [LoadedRestriction] {
        guard files.has(folder) else { return [] }
        let folderPath = files.path(folder)
        guard FileBytes.entry(folderPath) == .folder else {
            log.error(.unreadableFile(detail: "\(folderPath) is a file, not a folder of FencingInfo responses"),
                      at: SourceLocation(file: files.display(folder)))
            return []
        }
        let known = limits.map(\.file)
        let entries = ((try? FileManager.default.contentsOfDirectory(atPath: folderPath)) ?? []).sorted()
        for entry in entries where entry.lowercased().hasSuffix(".json") && !known.contains(entry) {
            log.warning(.unknownFencingFile(name: entry, known: known), at: SourceLocation(file: files.display("\(folder)/\(entry)")))
        }
        return limits.compactMap { limit in
            let name = "\(folder)/\(limit.file)"
            guard files.has(name),
                  let root = JSONFile.load(path: files.path(name), displayPath: files.display(name), log: &log) else { return nil }
            return restriction(in: root, limit: limit, file: files.display(name), log: &log)
        }
    }

    /// The restriction of one parsed `FencingInfo` response (`file` names it: a dataset file, or the call).
    static func restriction(in root: JSONValue, limit: Limit, file: String, log: inout DiagnosticLog) -> LoadedRestriction? {
        guard var object = JSONObjectReader(root, file: file, path: .root, expected: "a FencingInfo object", log: &log) else { return nil }
        let activeCount = object.integer("ActiveCount", required: true, log: &log)
        let maximum = StatusFileLoader.maximum(in: &object, log: &log)
        let nearing = object.bool("IsNearingMaximum", log: &log)
        let reached = object.bool("HasReachedMaximum", log: &log)
        let message = limit.name == nil ? object.string("WarningMessage", log: &log)?.trimmingCharacters(in: .whitespacesAndNewlines) : nil
        object.ignore(ignoredKeys)
        object.reportUnknownKeys(log: &log)
        guard let activeCount, let maximum else { return nil }
        // SuperOffice documents the licence fence as answered "if the licence fence is near or reached":
        // an answer of 0 of 0 with both flags false is the all-clear, not a limit (let alone a reached one).
        if limit.name == nil, activeCount == 0, maximum == .value(0), nearing == false, reached == false { return nil }
        let name = limit.name ?? (message.flatMap { $0.isEmpty ? nil : $0 } ?? licenceLimitName)
        return LoadedRestriction(name: name, activeCount: activeCount, maximum: maximum, isNearingMaximum: nearing,
                                 hasReachedMaximum: reached, path: .root, file: file, isFencingInfo: true)
    }
}
