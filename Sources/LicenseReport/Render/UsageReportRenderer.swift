import Foundation

/// The render stage of the monthly usage reports attached to invoices (issue 5): for every usage month
/// `usage/YYYY-MM.html`, `.md`, `.csv` and `.json`, plus `usage/index.html` and `usage/index.md`.
///
/// Every figure is the compute stage's (`Report.metered`, `Report.meteredTotals`); this type only
/// formats them, so the report, the status page, report.json and the CSV agree to the last minor unit.
public enum UsageReportRenderer {
    /// The template names used (in `html/` and `markdown/`).
    public static let templateNames = ["html/usage-month", "html/usage-index", "markdown/usage-month", "markdown/usage-index"]

    /// Renders the usage reports of `report`.
    /// - Parameters:
    ///   - report: the computed report.
    ///   - templates: the parsed templates (`usage-month` and `usage-index` in `html/` and `markdown/`).
    ///   - dialect: the CSV dialect.
    ///   - month: `nil` for every usage month plus the two index pages (inside a full site, whose pages the
    ///     month pages link back to); a month for that month's four files only, without the index and
    ///     without links to pages outside `usage/` (the `usage` command).
    /// - Returns: the files, sorted by path; empty when the report has no usage and `month` is `nil`.
    /// - Throws: `DiagnosticError` `.noUsageForMonth` (stage `.commandLine`) when `month` has no metered lines;
    ///   `.templateMissing` (stage `.render`) when a template is missing.
    public static func render(_ report: Report, templates: TemplateLibrary, dialect: CSVDialect,
                              month: YearMonth? = nil) throws(DiagnosticError) -> [RenderedFile] {
        let all = UsageStatement.all(in: report)
        var files: [RenderedFile] = []
        if let month {
            guard let statement = all.first(where: { $0.month == month }) else {
                throw DiagnosticError([Diagnostic(
                    .noUsageForMonth(month: month.description, available: all.map(\.month.description)))])
            }
            files += try monthFiles(statement, templates: templates, dialect: dialect, chrome: nil)
        } else {
            guard !all.isEmpty else { return [] }
            for statement in all {
                let chrome = PageChrome(report: report, pageTitle: "Usage report for \(UsageText.monthName(statement.month))",
                                        current: "usage/index", root: "../")
                files += try monthFiles(statement, templates: templates, dialect: dialect, chrome: chrome)
            }
            let index = UsageIndexView(all, chrome: PageChrome(report: report, pageTitle: "Usage reports",
                                                               current: "usage/index", root: "../"))
            files.append(RenderedFile(path: "usage/index.html", text: try templates.render(index, template: "html/usage-index"),
                                      template: templates.path(of: "html/usage-index")))
            files.append(RenderedFile(path: "usage/index.md", text: try templates.render(index, template: "markdown/usage-index"),
                                      template: templates.path(of: "markdown/usage-index")))
        }
        return files.sorted { $0.path < $1.path }
    }

    /// The four files of one month; `chrome` (the site header and navigation) only inside a full site.
    static func monthFiles(_ statement: UsageStatement, templates: TemplateLibrary, dialect: CSVDialect,
                           chrome: PageChrome?) throws(DiagnosticError) -> [RenderedFile] {
        let view = UsageMonthView(statement, siteLinks: chrome != nil, chrome: chrome)
        let stem = "usage/" + statement.stem
        return [
            RenderedFile(path: stem + ".html", text: try templates.render(view, template: "html/usage-month"),
                         template: templates.path(of: "html/usage-month")),
            RenderedFile(path: stem + ".md", text: try templates.render(view, template: "markdown/usage-month"),
                         template: templates.path(of: "markdown/usage-month")),
            RenderedFile(path: stem + ".csv", bytes: UsageCSVReport.render(statement, dialect: dialect)),
            RenderedFile(path: stem + ".json", bytes: UsageJSONReport.render(statement)),
        ]
    }
}

extension UsageReportRenderer {
    /// `assets/style.css` for a usage-only output folder: every `templates/assets/*.css` joined in name
    /// order (the same rule as the site's stylesheet), so the month page's `../assets/style.css` resolves.
    /// - Parameter templatesDirectory: a user's templates folder, or `nil` for the bundled templates.
    /// - Throws: `DiagnosticError` `.unreadableTemplate` (stage `.render`) when a stylesheet cannot be read.
    public static func stylesheet(templatesDirectory: String?) throws(DiagnosticError) -> RenderedFile {
        let root = (templatesDirectory ?? TemplateLibrary.bundledDirectory) + "/assets"
        let display = (templatesDirectory ?? "templates") + "/assets"
        return RenderedFile(path: "assets/style.css", bytes: try SiteRenderer.stylesheets(in: root, displayFolder: display))
    }
}
