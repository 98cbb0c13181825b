import Logging

/// The stages every build shares, each timed by a `StageTimer`: load, check and compute at the start;
/// validate and publish at the end. Only the render stage differs between `SiteBuild` and `UsageBuild`.
enum Pipeline {
    /// Load and check the dataset, resolve the report date in its time zone, read the previous site's
    /// history, compute the report.
    /// - Parameters:
    ///   - warnDays: the expiry warning window (`--warn-days`).
    ///   - previousSite: the output folder whose `history.json` to continue, or `nil` (no history).
    /// - Returns: the checked dataset, its warnings followed by at most one history warning (never an
    ///   error, not even with `--strict`), and the report.
    /// - Throws: `DiagnosticError` from the load or check stage.
    static func loadAndCompute(folder: String, options: LoadOptions, reportDate: ReportDateSource,
                               warnDays: Int = ExpiryWarningRules.defaultWarnDays, previousSite: String? = nil,
                               timer: StageTimer) throws(DiagnosticError) -> (checked: CheckedDataset, report: Report) {
        var checked = try timer.run("load and check", summary: { "\($0.warnings.count) warnings" }) { () throws(DiagnosticError) in
            try DatasetLoader.load(folder: folder, options: options)
        }
        let asOf = reportDate.resolve(timeZoneIdentifier: checked.dataset.status.timeZoneIdentifier)
        var previous: History?
        if let previousSite {
            let serialNr = OwnerRules.customer(of: OwnerRules.reports(of: checked.dataset.owners, asOf: asOf)).serialNr
            let loaded = try timer.run("load history", summary: { $0.history.map { "\($0.snapshots.count) snapshots" } ?? "none" }) { () throws(DiagnosticError) in
                HistoryFileLoader.load(site: previousSite, serialNr: serialNr)
            }
            previous = loaded.history
            checked.warnings += loaded.warnings
        }
        let report = try timer.run("compute", summary: { "as of \($0.asOf), \($0.usageMonths.count) usage months" }) { () throws(DiagnosticError) in
            ReportBuilder.build(checked.dataset, asOf: asOf, warnDays: warnDays, previousHistory: previous)
        }
        return (checked, report)
    }

    /// Validate every file in memory, then publish them as the whole output folder.
    /// - Parameters:
    ///   - files: the rendered files, sorted by path.
    ///   - warnings: the check stage's warnings, reported with any validation problem.
    ///   - output: the output folder.
    ///   - inputs: folders the output must not replace (dataset, templates).
    /// - Throws: `DiagnosticError` from validation (nothing written) or publishing (output unchanged).
    static func validateAndPublish(_ files: [RenderedFile], warnings: [Diagnostic], to output: String, protecting inputs: [String],
                                   timer: StageTimer) throws(DiagnosticError) {
        let problems = try timer.run("validate", summary: { (problems: [Diagnostic]) in "\(problems.count) problems" }) { () throws(DiagnosticError) -> [Diagnostic] in
            SiteValidator.validate(files)
        }
        if !problems.isEmpty { throw DiagnosticError(warnings + problems) }
        try timer.run("publish", summary: { _ in output }) { () throws(DiagnosticError) in
            try Publisher.publish(files, to: output, protecting: inputs)
        }
    }
}
