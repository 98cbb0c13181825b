/// Who reads the pages: `admin` adds "Upgrade" links next to approaching or reached restrictions.
public enum Audience: String, CaseIterable, Hashable, Sendable {
    case user
    case admin
}

/// The render stage: turns a `Report` into the site's files from Mustache templates.
public struct SiteRenderer: Sendable {
    /// Loads the templates from `templatesDirectory` (a folder with `html/` and `markdown/`), or the
    /// bundled ones when `nil`.
    /// - Throws: `DiagnosticError` (stage `.render`) naming the template file and line of a template that is missing or does not parse.
    public init(templatesDirectory: String?) throws(DiagnosticError) {}

    /// Renders every page of the site.
    /// - Returns: the files, sorted by path.
    /// - Throws: `DiagnosticError` (stage `.render`).
    public func render(_ report: Report, audience: Audience) throws(DiagnosticError) -> [RenderedFile] {
        []
    }
}
