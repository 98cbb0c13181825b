import Foundation
import Logging

/// What `license-report usage` does: one usage month of one dataset into one output folder.
public struct UsageRequest: Hashable, Sendable {
    /// The dataset folder.
    public var datasetFolder: String
    /// The usage month to report.
    public var month: YearMonth
    /// The output folder, replaced as a whole on success; it then holds `usage/YYYY-MM.{html,md,csv,json}`
    /// and `assets/style.css`, the same layout as inside a site.
    public var outputDirectory: String
    /// A folder of user-edited templates (`html/`, `markdown/`, `assets/`), or `nil` for the bundled ones.
    public var templatesDirectory: String?
    /// The report date (the usage figures do not depend on it; it is printed on the report).
    public var reportDate: ReportDateSource
    /// The CSV dialect.
    public var csvDialect: CSVDialect
    /// CSV delimiter and strictness of the input.
    public var loadOptions: LoadOptions

    /// A request; the defaults are those of `license-report usage`.
    public init(datasetFolder: String, month: YearMonth, outputDirectory: String, templatesDirectory: String? = nil,
                reportDate: ReportDateSource, csvDialect: CSVDialect = .standard, loadOptions: LoadOptions = LoadOptions()) {
        self.datasetFolder = datasetFolder
        self.month = month
        self.outputDirectory = outputDirectory
        self.templatesDirectory = templatesDirectory
        self.reportDate = reportDate
        self.csvDialect = csvDialect
        self.loadOptions = loadOptions
    }
}

/// The pipeline of `license-report usage`: load → check → compute → render one month → validate → publish.
public enum UsageBuild {
    /// Runs every stage for one usage month and publishes it.
    /// - Parameters:
    ///   - request: dataset, month, output, templates, report date, CSV dialect.
    ///   - logger: receives each stage's duration at debug level.
    /// - Returns: warnings, the files written and the report (as `BuildResult`).
    /// - Throws: `DiagnosticError` from the first stage that failed (`.noUsageForMonth` when the month has
    ///   no usage); the output folder is then unchanged.
    public static func run(_ request: UsageRequest, logger: Logger = Logger(label: "license-report")) throws(DiagnosticError) -> BuildResult {
        let timer = StageTimer(logger: logger.with(dataset: request.datasetFolder))
        let (checked, report) = try Pipeline.loadAndCompute(folder: request.datasetFolder, options: request.loadOptions,
                                                          reportDate: request.reportDate, timer: timer)
        let files = try timer.run("render", summary: { (files: [RenderedFile]) in "\(files.count) files" }) { () throws(DiagnosticError) -> [RenderedFile] in
            // The same template loading and checks as a site build: every template is checked for escaping.
            try SiteRenderer(templatesDirectory: request.templatesDirectory)
                .renderUsageMonth(report, month: request.month, csvDialect: request.csvDialect)
        }
        try Pipeline.validateAndPublish(files, warnings: checked.warnings, to: request.outputDirectory,
                                              protecting: [request.datasetFolder] + [request.templatesDirectory].compactMap { $0 }, timer: timer)
        return BuildResult(warnings: checked.warnings, files: files, report: report)
    }
}
