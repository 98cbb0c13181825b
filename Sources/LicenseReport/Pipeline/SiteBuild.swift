import Logging

/// What to build: one dataset into one output folder.
public struct BuildRequest: Hashable, Sendable {
    /// The dataset folder.
    public var datasetFolder: String
    /// The output folder, replaced as a whole on success.
    public var outputDirectory: String
    /// A folder of user-edited templates (`html/`, `markdown/`), or `nil` for the bundled ones.
    public var templatesDirectory: String?
    /// The report date.
    public var reportDate: ReportDateSource
    /// Whether pages carry "Upgrade" links.
    public var audience: Audience
    /// CSV delimiter and strictness of the input.
    public var loadOptions: LoadOptions
    /// The dialect of the usage reports' CSV files (`usage/YYYY-MM.csv`).
    public var csvDialect: CSVDialect
    /// `--pdf`: also print every usage month to `usage/YYYY-MM.pdf` with Chromium; `nil` for no PDF.
    public var pdf: PDFOptions?
    /// The expiry warning window in days (`--warn-days`), ≥ 0.
    public var warnDays: Int
    /// `--locale`: the pages' language; `nil` takes status.json's `Locale`, else English.
    public var locale: LocaleCode?

    /// A request; the defaults are those of `license-report build`.
    public init(datasetFolder: String, outputDirectory: String, templatesDirectory: String? = nil,
                reportDate: ReportDateSource, audience: Audience = .user, loadOptions: LoadOptions = LoadOptions(),
                csvDialect: CSVDialect = .standard, pdf: PDFOptions? = nil,
                warnDays: Int = ExpiryWarningRules.defaultWarnDays, locale: LocaleCode? = nil) {
        self.locale = locale
        self.warnDays = warnDays
        self.datasetFolder = datasetFolder
        self.outputDirectory = outputDirectory
        self.templatesDirectory = templatesDirectory
        self.reportDate = reportDate
        self.audience = audience
        self.loadOptions = loadOptions
        self.csvDialect = csvDialect
        self.pdf = pdf
    }
}

/// The result of a successful build.
public struct BuildResult: Hashable, Sendable {
    /// Warnings found on the way (the build went on).
    public var warnings: [Diagnostic]
    /// The files written, sorted by path.
    public var files: [RenderedFile]
    /// The computed report.
    public var report: Report
}

/// The whole pipeline for one dataset: load (with the output folder's history.json) → check → compute →
/// render → validate → (pdf) → publish.
///
/// A multi-tenant build runs this once per dataset folder; nothing is shared between runs
/// except the parsed templates, so memory stays flat however many datasets there are.
public enum SiteBuild {
    /// Runs every stage and publishes the site.
    /// - Parameters:
    ///   - request: dataset, output, templates, report date, audience.
    ///   - renderer: parsed templates; pass one renderer to many builds to parse templates once.
    ///   - publishing: lock wait, durability and interruption of the publish stage.
    ///   - logger: receives each stage's duration at debug level.
    /// - Returns: warnings (the check and publish stages'), the files written and the report.
    /// - Throws: `DiagnosticError` from the first stage that failed (with `--pdf`, a missing browser or
    ///   checker before anything is read); the output folder is then unchanged.
    public static func run(_ request: BuildRequest, renderer: SiteRenderer? = nil, publishing: PublishOptions = PublishOptions(),
                           logger: Logger = Logger(label: "license-report")) throws(DiagnosticError) -> BuildResult {
        let timer = StageTimer(logger: logger.with(dataset: request.datasetFolder))
        let printer = try request.pdf.map { (options) throws(DiagnosticError) in
            try PDFPrinter(options: options, searchPath: PDFPrinter.environmentSearchPath)
        }
        let (checked, report) = try Pipeline.loadAndCompute(folder: request.datasetFolder, options: request.loadOptions,
                                                          reportDate: request.reportDate, warnDays: request.warnDays,
                                                          previousSite: request.outputDirectory, timer: timer)
        let (files, jobs) = try timer.run("render", summary: { (rendered: ([RenderedFile], [PDFJob])) in CountText.of(rendered.0.count, "file") }) { () throws(DiagnosticError) -> ([RenderedFile], [PDFJob]) in
            let templates: SiteRenderer
            if let renderer { templates = renderer } else { templates = try SiteRenderer(templatesDirectory: request.templatesDirectory) }
            let locale = LocaleCode.resolve(commandLine: request.locale, status: report.status.locale)
            let files = try templates.renderSite(report, audience: request.audience, csvDialect: request.csvDialect, locale: locale)
            return (files, printer == nil ? [] : try templates.renderPDFJobs(report, locale: locale))
        }
        let published = try Pipeline.validateAndPublish(
            files, pdf: printer.map { PDFStage(printer: $0, jobs: jobs, report: report) }, warnings: checked.warnings,
            to: request.outputDirectory, protecting: [request.datasetFolder] + [request.templatesDirectory].compactMap { $0 },
            publishing: publishing, timer: timer)
        return BuildResult(warnings: checked.warnings + published.warnings, files: published.files, report: report)
    }
}
