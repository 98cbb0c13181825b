import Foundation

/// Who reads the pages: `admin` adds "Upgrade" links next to approaching or reached restrictions.
public enum Audience: String, CaseIterable, Hashable, Sendable {
    /// Everyone in the organisation: indicators only.
    case user
    /// Administrators who can change the plan: "Upgrade" links next to approaching or reached indicators.
    case admin
}

/// The render stage: turns a `Report` into files from the checked Mustache templates.
///
/// One renderer holds the parsed and checked templates and the stylesheet, so a fleet build parses them
/// once for every dataset. It writes the site (`index`, `licenses`, `status` as HTML (polyglot HTML5) and
/// Markdown (GFM), `assets/style.css`, the usage reports under `usage/`, `report.json`) or, for
/// `license-report usage`, one month's usage report. Each page is built from a flat view model of
/// pre-formatted strings; templates hold no logic beyond sections and loops.
public struct SiteRenderer: Sendable {
    /// The parsed templates.
    public let templates: TemplateLibrary
    /// The stylesheet, `assets/style.css`: every `assets/*.css` of the templates folder, joined in name order.
    let stylesheet: [UInt8]
    /// The languages of the templates folder (`languages/<code>.json`), every `LocaleCode`, checked against English.
    let languages: [LocaleCode: Language]

    /// The pages of the site: template name without its folder, also the output file stem.
    static let pageNames = ["index", "licenses", "status"]
    /// Partials the pages include, per template folder.
    static let partialNames = [
        "html": ["_changes", "_footer", "_header", "_headline", "_indicator", "_license_row", "_meter", "_metered_chart", "_sparkline"],
        "markdown": ["_changes", "_footer", "_header", "_license_row"],
    ]
    /// The Atom feed of the site's changes (issue 12).
    static let feedPath = "feed.xml"
    /// The build history, read back by the next build.
    static let historyPath = HistoryFileLoader.fileName
    /// The status badge.
    static let badgePath = "badge.svg"
    /// The output formats: (template folder, file extension).
    static let formats = [("html", "html"), ("markdown", "md")]

    /// Every template name the renderer needs, sorted: "html/_footer" … "markdown/usage-month".
    public static var requiredTemplates: [String] {
        (formats.flatMap { folder, _ in (pageNames + (partialNames[folder] ?? [])).map { "\(folder)/\($0)" } }
            + UsageReportRenderer.templateNames).sorted()
    }

    /// Loads the templates from `templatesDirectory` (a folder with `html/`, `markdown/` and `assets/`), or
    /// the bundled ones when `nil`, and checks them (`TemplateLibrary.problems`): every template the site
    /// and the usage reports need is there, every template escapes data, and there is a stylesheet.
    /// - Throws: `DiagnosticError` (stage `.render`): `.templateSyntax` at `templates/html/NAME.mustache:line:column`
    ///   for a template that does not parse; `.templateMissing` naming `templates/html/NAME.mustache` for each
    ///   missing template, or `templates/assets/site.css` when the folder has no stylesheet; `.templateEscaping`
    ///   at `file:line:column` for a template that could print data unescaped.
    public init(templatesDirectory: String?) throws(DiagnosticError) {
        let library = try TemplateLibrary(directory: templatesDirectory)
        var problems = library.problems(requiring: SiteRenderer.requiredTemplates)
        let root = templatesDirectory ?? TemplateLibrary.bundledDirectory
        let css = try SiteRenderer.stylesheets(in: root + "/assets", displayFolder: "\(library.directory)/assets")
        if css.isEmpty {
            problems.append(Diagnostic(.templateMissing(name: "\(library.directory)/assets/site.css")))
        }
        var catalogues: [LocaleCode: Catalogue] = [:]
        do throws(DiagnosticError) {
            catalogues = try Catalogue.loadAll(folder: root + "/" + Catalogue.folderName,
                                               displayFolder: "\(library.directory)/\(Catalogue.folderName)")
            if let english = catalogues[.en] { problems += library.catalogueKeyProblems(keys: Set(english.keys)) }
        } catch {
            problems += error.diagnostics
        }
        if !problems.isEmpty { throw DiagnosticError(problems) }
        self.templates = library
        self.stylesheet = css
        self.languages = catalogues.mapValues(Language.init)  // formats load lazily: `Language.formats`
    }

    /// Runs `body` with `locale`'s language bound (`Language.current`), for `DisplayText` and the templates' `t`.
    func inLanguage<T>(_ locale: LocaleCode, _ body: () throws(DiagnosticError) -> T) throws(DiagnosticError) -> T {
        let language = languages[locale] ?? Language.bundledEnglish
        let result = Language.$current.withValue(language) { Result { () throws(DiagnosticError) -> T in try body() } }
        return try result.get()
    }

    /// Renders the whole site: the pages, the usage reports attached to invoices (`usage/YYYY-MM.{html,md,csv,json}`
    /// and `usage/index.*`), `report.json`, and the glance files of issue 12: `history.json` (the history with
    /// today's snapshot), `feed.xml` (Atom) and `badge.svg`.
    /// - Parameters:
    ///   - report: the computed report (the only input).
    ///   - audience: `.admin` adds the "Upgrade" links.
    ///   - csvDialect: the dialect of the usage reports' CSV files.
    ///   - locale: the language of the pages, the feed and the badge (report.json, CSV and JSON stay as they are).
    /// - Returns: every file of the site, sorted by path.
    /// - Throws: `DiagnosticError` (stage `.render`).
    public func renderSite(_ report: Report, audience: Audience, csvDialect: CSVDialect,
                           locale: LocaleCode = .en) throws(DiagnosticError) -> [RenderedFile] {
        try inLanguage(locale) { () throws(DiagnosticError) in try renderSiteInLanguage(report, audience: audience, csvDialect: csvDialect) }
    }

    private func renderSiteInLanguage(_ report: Report, audience: Audience, csvDialect: CSVDialect) throws(DiagnosticError) -> [RenderedFile] {
        let charts = MeteredChart.charts(of: report)
        var files = try renderPages(report, audience: audience, meteredCharts: charts)
        files += try UsageReportRenderer.render(report, templates: templates, stylesheet: stylesheetText, dialect: csvDialect,
                                                meteredCharts: charts)
        files.append(RenderedFile(path: "report.json", bytes: ReportJSON.renderBytes(report)))
        files.append(RenderedFile(path: SiteRenderer.historyPath, text: HistoryJSON.render(report.history)))
        files.append(RenderedFile(path: SiteRenderer.feedPath, text: AtomFeed.render(report)))
        files.append(RenderedFile(path: SiteRenderer.badgePath, text: BadgeSVG.render(report.headline)))
        return files.sorted { $0.path < $1.path }
    }

    /// Renders the site's pages and its stylesheet (no usage reports, no report.json).
    /// - Returns: the files, sorted by path; each page names its template (`templates/html/status.mustache`).
    /// - Throws: `DiagnosticError` (stage `.render`) when a template is missing.
    public func render(_ report: Report, audience: Audience, locale: LocaleCode = .en) throws(DiagnosticError) -> [RenderedFile] {
        try inLanguage(locale) { () throws(DiagnosticError) in try renderPages(report, audience: audience) }
    }

    private func renderPages(_ report: Report, audience: Audience, meteredCharts: [MeteredChart]? = nil) throws(DiagnosticError) -> [RenderedFile] {
        let models: [(String, Any)] = [
            ("index", IndexPage(report: report)),
            ("licenses", LicensesPage(report: report)),
            ("status", StatusPage(report: report, audience: audience, meteredCharts: meteredCharts)),
        ]
        var files = [RenderedFile(path: "assets/style.css", bytes: stylesheet)]
        for (page, model) in models {
            for (folder, ext) in SiteRenderer.formats {
                let name = "\(folder)/\(page)"
                let bytes = try templates.renderBytes(model, template: name)
                files.append(RenderedFile(path: "\(page).\(ext)", bytes: bytes, template: templates.path(of: name)))
            }
        }
        return files.sorted { $0.path < $1.path }
    }

    /// Renders one usage month for `license-report usage`: `usage/YYYY-MM.{html,md,csv,json}`, the same paths
    /// as inside a site. The HTML stands alone: its styles are inline and it links to nothing (it names its
    /// companion files in text), so it can be sent on its own as an invoice attachment.
    /// - Throws: `DiagnosticError` `.noUsageForMonth` (stage `.commandLine`) when `month` is not a usage month.
    public func renderUsageMonth(_ report: Report, month: YearMonth, csvDialect: CSVDialect,
                                 locale: LocaleCode = .en) throws(DiagnosticError) -> [RenderedFile] {
        let usageMonth = try usageMonth(month, of: report)
        let files = try inLanguage(locale) { () throws(DiagnosticError) in
            try UsageReportRenderer.monthFiles(usageMonth, of: report, templates: templates, stylesheet: stylesheetText,
                                               dialect: csvDialect, chrome: nil)
        }
        return files.sorted { $0.path < $1.path }
    }

    /// What the PDF stage prints: the standalone HTML page of each month (all usage months, or `month` only),
    /// with the PDF's metadata and the total its text must show.
    /// - Throws: `DiagnosticError` `.noUsageForMonth` when `month` is not a usage month; `.templateMissing`.
    public func renderPDFJobs(_ report: Report, month: YearMonth? = nil, locale: LocaleCode = .en) throws(DiagnosticError) -> [PDFJob] {
        let months = try month.map { (month) throws(DiagnosticError) in [try usageMonth(month, of: report)] } ?? report.usageMonths
        return try inLanguage(locale) { () throws(DiagnosticError) in
            try UsageReportRenderer.pdfJobs(report, months: months, templates: templates, stylesheet: stylesheetText)
        }
    }

    /// The usage month `month` of the report.
    /// - Throws: `DiagnosticError` `.noUsageForMonth` (stage `.commandLine`), listing the months with usage.
    private func usageMonth(_ month: YearMonth, of report: Report) throws(DiagnosticError) -> UsageMonth {
        guard let usageMonth = report.usageMonths.first(where: { $0.month == month }) else {
            throw DiagnosticError([Diagnostic(
                .noUsageForMonth(month: month.description, available: report.usageMonths.map(\.month.description)))])
        }
        return usageMonth
    }

    /// The stylesheet as text, for inlining in the usage reports.
    var stylesheetText: String { String(decoding: stylesheet, as: UTF8.self) }

    /// The bytes of every `*.css` file in `folder`, concatenated in file-name order (byte order of the
    /// names); a file that does not end with a line break gets one. Empty when there is none.
    /// - Throws: `DiagnosticError` `.unreadableTemplate` at `displayFolder/NAME.css` for a file that cannot be read.
    static func stylesheets(in folder: String, displayFolder: String) throws(DiagnosticError) -> [UInt8] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".css") }
            .sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        var bytes: [UInt8] = []
        for name in names {
            guard let data = FileManager.default.contents(atPath: folder + "/" + name) else {
                throw DiagnosticError([Diagnostic(.unreadableTemplate(detail: "cannot read stylesheet"),
                                                  at: SourceLocation(file: "\(displayFolder)/\(name)"))])
            }
            bytes += data
            if let last = bytes.last, last != UInt8(ascii: "\n") { bytes.append(UInt8(ascii: "\n")) }
        }
        return bytes
    }
}
