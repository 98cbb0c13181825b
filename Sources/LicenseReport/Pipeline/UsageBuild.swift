import Foundation
import Logging

/// What `license-report usage` does: one usage month of one dataset into one output folder.
public struct UsageRequest: Hashable, Sendable {
    /// The dataset folder.
    public var datasetFolder: String
    /// The usage month to report.
    public var month: YearMonth
    /// The output folder, replaced as a whole on success; it then holds `usage/YYYY-MM.{html,md,csv,json}`
    /// (and `.pdf`), the same paths as inside a site. It must be absent, empty or a previous `usage`
    /// output of the same customer (`UsageOutputGuard`).
    public var outputDirectory: String
    /// A folder of user-edited templates (`html/`, `markdown/`, `assets/`), or `nil` for the bundled ones.
    public var templatesDirectory: String?
    /// The report date (the usage figures do not depend on it; it is printed on the report).
    public var reportDate: ReportDateSource
    /// The CSV dialect.
    public var csvDialect: CSVDialect
    /// CSV delimiter and strictness of the input.
    public var loadOptions: LoadOptions
    /// `--pdf`: also print `usage/YYYY-MM.pdf` with Chromium; `nil` for no PDF.
    public var pdf: PDFOptions?
    /// `--locale`: the pages' language; `nil` takes status.json's `Locale`, else English.
    public var locale: LocaleCode?

    /// A request; the defaults are those of `license-report usage`.
    public init(datasetFolder: String, month: YearMonth, outputDirectory: String, templatesDirectory: String? = nil,
                reportDate: ReportDateSource, csvDialect: CSVDialect = .standard, loadOptions: LoadOptions = LoadOptions(),
                pdf: PDFOptions? = nil, locale: LocaleCode? = nil) {
        self.locale = locale
        self.datasetFolder = datasetFolder
        self.month = month
        self.outputDirectory = outputDirectory
        self.templatesDirectory = templatesDirectory
        self.reportDate = reportDate
        self.csvDialect = csvDialect
        self.loadOptions = loadOptions
        self.pdf = pdf
    }
}

/// The pipeline of `license-report usage`: load → check → compute → render one month → validate → (pdf) → publish.
public enum UsageBuild {
    /// Runs every stage for one usage month and publishes it.
    /// - Parameters:
    ///   - request: dataset, month, output, templates, report date, CSV dialect.
    ///   - publishing: lock wait, durability and interruption of the publish stage.
    ///   - logger: receives each stage's duration at debug level.
    /// - Returns: warnings (the check and publish stages'), the files written and the report (as `BuildResult`).
    /// - Throws: `DiagnosticError` from the first stage that failed: with `--pdf`, a missing browser or
    ///   checker before anything is read (stage `.pdf`); `.refusedOutput` when the output folder holds a site or
    ///   anything but an earlier usage report of this customer; `.noUsageForMonth` when the month has no usage.
    ///   The output folder is then unchanged.
    public static func run(_ request: UsageRequest, publishing: PublishOptions = PublishOptions(),
                           logger: Logger = Logger(label: "license-report")) throws(DiagnosticError) -> BuildResult {
        let timer = StageTimer(logger: logger.with(dataset: request.datasetFolder))
        let printer = try request.pdf.map { (options) throws(DiagnosticError) in
            try PDFPrinter(options: options, searchPath: PDFPrinter.environmentSearchPath)
        }
        let (checked, report) = try Pipeline.loadAndCompute(folder: request.datasetFolder, options: request.loadOptions,
                                                          reportDate: request.reportDate, timer: timer)
        try UsageOutputGuard.check(request.outputDirectory, month: request.month, customer: report.customer)
        let (files, jobs) = try timer.run("render", summary: { (rendered: ([RenderedFile], [PDFJob])) in CountText.of(rendered.0.count, "file") }) { () throws(DiagnosticError) -> ([RenderedFile], [PDFJob]) in
            // The same template loading and checks as a site build: every template is checked for escaping.
            let renderer = try SiteRenderer(templatesDirectory: request.templatesDirectory)
            let locale = LocaleCode.resolve(commandLine: request.locale, status: report.status.locale)
            let files = try renderer.renderUsageMonth(report, month: request.month, csvDialect: request.csvDialect, locale: locale)
            return (files, printer == nil ? [] : try renderer.renderPDFJobs(report, month: request.month, locale: locale))
        }
        let published = try Pipeline.validateAndPublish(
            files, pdf: printer.map { PDFStage(printer: $0, jobs: jobs, report: report) }, warnings: checked.warnings,
            to: request.outputDirectory, protecting: [request.datasetFolder] + [request.templatesDirectory].compactMap { $0 },
            publishing: publishing, timer: timer)
        return BuildResult(warnings: checked.warnings + published.warnings, files: published.files, report: report)
    }
}
