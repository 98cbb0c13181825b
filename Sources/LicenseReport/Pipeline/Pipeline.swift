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
        var checked = try timer.run("load and check", summary: { CountText.of(Diagnostic.counts($0.warnings).warnings, "warning") }) { () throws(DiagnosticError) in
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
        let report = try timer.run("compute", summary: { "as of \($0.asOf), \(CountText.of($0.usageMonths.count, "usage month"))" }) { () throws(DiagnosticError) in
            ReportBuilder.build(checked.dataset, asOf: asOf, warnDays: warnDays, previousHistory: previous)
        }
        return (checked, report)
    }

    /// Validate every file in memory, print the PDFs, then publish them all as the whole output folder.
    /// - Parameters:
    ///   - files: the rendered files, sorted by path.
    ///   - pdf: the PDFs to print after validation (`--pdf`), or `nil`. Their pages are validated too, as a
    ///     set of their own when they are not among `files` (a site's months are printed without the site).
    ///   - warnings: the check stage's warnings, reported with any validation problem.
    ///   - output: the output folder.
    ///   - inputs: folders the output must not replace (dataset, templates).
    ///   - publishing: lock wait, durability and interruption of the publish stage.
    /// - Returns: the files published (`files` and the PDFs), sorted by path, and the publish stage's
    ///   warnings (a previous site that could not be removed).
    /// - Throws: `DiagnosticError` from validation or printing (nothing written) or publishing (output unchanged).
    @discardableResult
    static func validateAndPublish(_ files: [RenderedFile], pdf: PDFStage? = nil, warnings: [Diagnostic], to output: String,
                                   protecting inputs: [String], publishing: PublishOptions = PublishOptions(),
                                   timer: StageTimer) throws(DiagnosticError) -> (files: [RenderedFile], warnings: [Diagnostic]) {
        let printed = (pdf?.jobs.map(\.page) ?? []).filter { !files.contains($0) }
        let problems = try timer.run("validate", summary: { (problems: [Diagnostic]) in CountText.of(problems.count, "problem") }) { () throws(DiagnosticError) -> [Diagnostic] in
            SiteValidator.validate(files) + (printed.isEmpty ? [] : SiteValidator.validate(printed))
        }
        if !problems.isEmpty { throw DiagnosticError(warnings + problems) }
        var published = files
        if let pdf {
            published += try timer.run("pdf", summary: { (pdfs: [RenderedFile]) in "\(pdfs.count) PDFs" }) { () throws(DiagnosticError) -> [RenderedFile] in
                try pdf.printer.print(pdf.jobs, date: pdf.date)
            }
            published.sort { $0.path < $1.path }
        }
        let result = try timer.run("publish", summary: { _ in output }) { () throws(DiagnosticError) in
            try Publisher.publish(published, to: output, protecting: inputs, options: publishing)
        }
        return (published, result.warnings)
    }
}

/// The PDF stage of one build: the printer (browser and checkers found), what to print, and the date the
/// PDFs carry.
struct PDFStage {
    var printer: PDFPrinter
    var jobs: [PDFJob]
    /// `PDFDocumentInfo.date` of the report date in the dataset's time zone.
    var date: String

    /// The stage for `report`'s PDFs.
    init(printer: PDFPrinter, jobs: [PDFJob], report: Report) {
        self.printer = printer
        self.jobs = jobs
        date = PDFDocumentInfo.date(report.asOf, timeZoneIdentifier: report.status.timeZoneIdentifier)
    }
}
