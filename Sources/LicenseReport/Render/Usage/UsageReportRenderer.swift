/// The usage reports attached to invoices (issue 5): for every usage month `usage/YYYY-MM.html`, `.md`,
/// `.csv` and `.json`, plus `usage/index.html` and `usage/index.md`.
///
/// Every figure is the compute stage's (`Report.usageMonths`); this type only formats them, so the
/// report, the status page, report.json and the CSV agree to the last minor unit.
enum UsageReportRenderer {
    /// The template names used (in `html/` and `markdown/`).
    static let templateNames = ["html/usage-month", "html/usage-index", "markdown/usage-month", "markdown/usage-index"]

    /// The file name stem of a month's report: "2026-03".
    static func stem(of month: UsageMonth) -> String { month.month.description }

    /// The usage reports of a site: every usage month with the site's header and navigation, and the
    /// two index pages; empty when the report has no usage months.
    /// - Parameters:
    ///   - stylesheet: the site's stylesheet, inlined in every month's HTML page.
    ///   - meteredCharts: the charts of the index, when the caller has drawn them (`MeteredChart.charts(of:)`).
    /// - Throws: `DiagnosticError` `.templateMissing` (stage `.render`) when a template is missing.
    static func render(_ report: Report, templates: TemplateLibrary, stylesheet: String,
                       dialect: CSVDialect, meteredCharts: [MeteredChart]? = nil) throws(DiagnosticError) -> [RenderedFile] {
        guard !report.usageMonths.isEmpty else { return [] }
        var files: [RenderedFile] = []
        for month in report.usageMonths {
            let chrome = PageChrome(report: report, pageTitle: DisplayText.words("title_usage_month", ["month": DisplayText.monthName(month.month)]),
                                    current: "usage/index", root: "../")
            files += try monthFiles(month, of: report, templates: templates, stylesheet: stylesheet, dialect: dialect,
                                    chrome: chrome)
        }
        let index = UsageIndexPage(report, chrome: PageChrome(report: report, pageTitle: DisplayText.words("title_usage_index"),
                                                               current: "usage/index", root: "../"),
                                   meteredCharts: meteredCharts)
        for (folder, ext) in SiteRenderer.formats {
            let name = "\(folder)/usage-index"
            files.append(RenderedFile(path: "usage/index.\(ext)", bytes: try templates.renderBytes(index, template: name),
                                      template: templates.path(of: name)))
        }
        return files.sorted { $0.path < $1.path }
    }

    /// The four files of one month; `chrome` (the site header and navigation) only inside a full site.
    static func monthFiles(_ month: UsageMonth, of report: Report, templates: TemplateLibrary, stylesheet: String,
                           dialect: CSVDialect, chrome: PageChrome?) throws(DiagnosticError) -> [RenderedFile] {
        let page = UsageMonthPage(month, of: report, chrome: chrome, stylesheet: stylesheet)
        let stem = "usage/" + stem(of: month)
        var files: [RenderedFile] = []
        for (folder, ext) in SiteRenderer.formats {
            let name = "\(folder)/usage-month"
            files.append(RenderedFile(path: "\(stem).\(ext)", bytes: try templates.renderBytes(page, template: name),
                                      template: templates.path(of: name)))
        }
        files.append(RenderedFile(path: stem + ".csv", bytes: UsageCSVReport.render(month, customer: report.customer, dialect: dialect)))
        files.append(RenderedFile(path: stem + ".json", bytes: UsageJSONReport.render(month, of: report)))
        return files
    }
}

extension UsageReportRenderer {
    /// What the PDF stage prints for every usage month: the month's HTML page as it stands alone (no site
    /// header, navigation or links: the same page `license-report usage` writes), the PDF's metadata and
    /// the total its text must contain.
    /// - Throws: `DiagnosticError` `.templateMissing` (stage `.render`) when the template is missing.
    static func pdfJobs(_ report: Report, months: [UsageMonth], templates: TemplateLibrary,
                        stylesheet: String) throws(DiagnosticError) -> [PDFJob] {
        var jobs: [PDFJob] = []
        for month in months {
            let page = UsageMonthPage(month, of: report, chrome: nil, stylesheet: stylesheet)
            let name = "html/usage-month"
            let stem = "usage/" + stem(of: month)
            let html = RenderedFile(path: stem + ".html", bytes: try templates.renderBytes(page, template: name),
                                    template: templates.path(of: name))
            jobs.append(PDFJob(path: stem + ".pdf", page: html,
                               info: PDFDocumentInfo(title: page.title, subject: page.subject, keywords: page.keywords),
                               requiredText: page.total))
        }
        return jobs
    }
}
