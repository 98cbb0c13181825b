import Foundation

/// Options of the load and check stages.
public struct LoadOptions: Hashable, Sendable {
    /// Force the CSV delimiter (`,`, `;` or tab); `nil` detects it from the header line.
    public var csvDelimiter: Character?
    /// Treat warnings as errors.
    public var strict: Bool

    /// Creates options; by default the delimiter is detected and warnings are only warnings.
    public init(csvDelimiter: Character? = nil, strict: Bool = false) {
        self.csvDelimiter = csvDelimiter
        self.strict = strict
    }
}

/// A dataset that passed the check stage, with the warnings found on the way.
public struct CheckedDataset: Hashable, Sendable {
    /// The checked dataset.
    public var dataset: Dataset
    /// Warnings (never errors), sorted by position.
    public var warnings: [Diagnostic]

}

/// The load and check stages: reads a dataset folder and applies every input rule.
///
/// Files (docs/dataset-format.md): `license.json` (required), `status.json`, `fencing/*.json`, `usage.csv` or
/// `usage.json`, `tariffs.json` (required when there is metered usage), `events.csv` or `events.json`. Every file is read
/// and checked even after an error, so one run reports every problem of the dataset.
public enum DatasetLoader {
    /// Reads and checks the dataset in `folder`.
    ///
    /// - Parameters:
    ///   - folder: the dataset folder (as the user named it; diagnostics use it as the file prefix).
    ///   - options: delimiter and strictness.
    /// - Returns: the checked dataset and its warnings.
    /// - Throws: `DiagnosticError` with every error (and warning) found, sorted by file and position:
    ///   `datasetNotFound` alone when the folder does not exist, `unreadableFolder` alone when its files cannot
    ///   be looked up (e.g. "Permission denied"); otherwise load errors (files, syntax,
    ///   JSON types) and check errors (values, consistency), and under `options.strict` the warnings as errors.
    public static func load(folder: String, options: LoadOptions = LoadOptions()) throws(DiagnosticError) -> CheckedDataset {
        switch FileBytes.entry(folder) {
        case .missing: throw DiagnosticError([Diagnostic(.datasetNotFound(path: folder))])
        case .inaccessible(let detail): throw DiagnosticError([Diagnostic(.unreadableFolder(path: folder, detail: detail))])
        case .other: throw DiagnosticError([Diagnostic(.unreadableFile(detail: "\(folder) is a file, not a dataset folder"))])
        case .folder: break
        }
        if let detail = FileBytes.lookupFailure(inFolder: folder) {
            throw DiagnosticError([Diagnostic(.unreadableFolder(path: folder, detail: detail))])
        }
        var files = DatasetFiles(folder: folder)
        var log = DiagnosticLog(strict: options.strict)
        files.reportLinksOutside(InputLimits.fileNames + FencingLoader.limits.map { "\(FencingLoader.folder)/\($0.file)" }, log: &log)

        var loadedStatus = LoadedStatus(status: DatabaseStatus(), timeZone: TimeZone(identifier: "UTC")!, restrictions: [])
        if files.has("status.json") {
            loadedStatus = StatusFileLoader.load(path: files.path("status.json"), file: files.display("status.json"), log: &log)
        }
        let fencing = FencingLoader.load(files, log: &log)
        let status = StatusRules.check(loadedStatus, fencing: fencing, file: files.display("status.json"), log: &log)
        let timeZone = loadedStatus.timeZone

        var owners: [LicenseOwner] = []
        // Whether every owner was read (a load error leaves one out): only then can the users rule tell.
        var ownersAreComplete = false
        if files.has("license.json") {
            let loaded = LicenseFileLoader.load(path: files.path("license.json"), file: files.display("license.json"), log: &log)
            ownersAreComplete = !log.hasErrors(inFile: files.display("license.json"))
            owners = LicenseRules.check(loaded, file: files.display("license.json"), log: &log)
        } else {
            log.error(.missingFile(name: "license.json"), at: files.folderLocation)
        }

        var invalidTariffs: Set<MeteredService> = []
        let tariffs = files.has("tariffs.json")
            ? TariffFileLoader.load(path: files.path("tariffs.json"), file: files.display("tariffs.json"),
                                    invalidServices: &invalidTariffs, log: &log) : nil
        var usage = UsageRules(tariffs: tariffs, invalidTariffs: invalidTariffs)
        switch files.oneOf("usage.csv", "usage.json", log: &log) {
        case "usage.csv"?:
            UsageLoader.loadCSV(path: files.path("usage.csv"), file: files.display("usage.csv"), delimiter: options.csvDelimiter,
                                into: &usage, log: &log)
        case "usage.json"?:
            UsageLoader.loadJSON(path: files.path("usage.json"), file: files.display("usage.json"), into: &usage, log: &log)
        default: break
        }
        UsersRules.check(owners: owners, ownersAreComplete: ownersAreComplete, usage: usage,
                         invoiced: status.subscriptionModel == .moduleBased && tariffs != nil, log: &log)
        if usage.hasMeteredUsage, !files.has("tariffs.json") {
            log.error(.requiredWith(name: "tariffs.json", because: "the usage file has metered usage to price"), at: files.folderLocation)
        }
        if status.subscriptionModel == .crmSuite, usage.hasMeteredUsage,
           let file = ["usage.csv", "usage.json"].first(where: files.has) {
            // Metered services are invoiced for module-based subscriptions only; say so instead of dropping the rows.
            log.warning(.usageIgnoredForCRMSuite(file: file), at: SourceLocation(file: files.display(file)))
        }

        var events: [SystemEvent] = []
        switch files.oneOf("events.csv", "events.json", log: &log) {
        case "events.csv"?:
            events = EventLoader.loadCSV(path: files.path("events.csv"), file: files.display("events.csv"),
                                         delimiter: options.csvDelimiter, timeZone: timeZone, log: &log)
        case "events.json"?:
            events = EventLoader.loadJSON(path: files.path("events.json"), file: files.display("events.json"), timeZone: timeZone, log: &log)
        default: break
        }

        if log.hasErrors { throw DiagnosticError(log.diagnostics) }
        let dataset = Dataset(name: files.name, owners: owners, status: status, usage: usage.records,
                              activeUsers: usage.activeUsers.mapValues(\.count), tariffs: tariffs, events: events)
        return CheckedDataset(dataset: dataset, warnings: log.warnings)
    }
}
