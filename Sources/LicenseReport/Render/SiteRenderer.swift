import Foundation

/// Who reads the pages: `admin` adds "Upgrade" links next to approaching or reached restrictions.
public enum Audience: String, CaseIterable, Hashable, Sendable {
    /// Everyone in the organisation: indicators only.
    case user
    /// Administrators who can change the plan: "Upgrade" links next to approaching or reached indicators.
    case admin
}

/// The render stage: turns a `Report` into the site's files from Mustache templates.
///
/// Writes `index`, `licenses` and `status` as HTML (polyglot HTML5) and Markdown (GFM), and
/// `assets/style.css`, the concatenation in file-name order of every `assets/*.css` in the templates
/// folder. Each page is built from a flat view model of pre-formatted strings; templates hold no
/// logic beyond sections and loops.
public struct SiteRenderer: Sendable {
    /// The parsed templates; other page renderers (usage pages) render with the same library.
    public let templates: TemplateLibrary
    /// The stylesheet, `assets/style.css`.
    let stylesheet: [UInt8]

    /// The pages this renderer writes: template name without its folder, also the output file stem.
    static let pageNames = ["index", "licenses", "status"]
    /// Partials the pages include, per template folder.
    static let partialNames = [
        "html": ["_footer", "_header", "_indicator", "_license_row"],
        "markdown": ["_footer", "_header", "_license_row"],
    ]
    /// The output formats: (template folder, file extension).
    static let formats = [("html", "html"), ("markdown", "md")]

    /// Every template name the renderer needs, sorted: "html/_footer" … "markdown/status".
    public static var requiredTemplates: [String] {
        formats.flatMap { folder, _ in (pageNames + (partialNames[folder] ?? [])).map { "\(folder)/\($0)" } }.sorted()
    }

    /// Loads the templates from `templatesDirectory` (a folder with `html/`, `markdown/` and `assets/`), or
    /// the bundled ones when `nil`, and checks that every template the renderer needs is there.
    /// - Throws: `DiagnosticError` (stage `.render`): `.templateSyntax` at `templates/html/NAME.mustache:line:column`
    ///   for a template that does not parse; `.templateMissing` naming `templates/html/NAME.mustache` for each
    ///   missing template, or `templates/assets/site.css` when the folder has no stylesheet; `.templateEscaping` at
    ///   `file:line:column` for a template that does not start with its content-type pragma or that prints data
    ///   unescaped with `{{{…}}}` or `{{& …}}`.
    public init(templatesDirectory: String?) throws(DiagnosticError) {
        let library = try TemplateLibrary(directory: templatesDirectory)
        var problems = Set(SiteRenderer.requiredTemplates).subtracting(library.names).sorted().map {
            Diagnostic(.templateMissing(name: library.path(of: $0)))
        }
        let root = templatesDirectory ?? TemplateLibrary.bundledDirectory
        let present = SiteRenderer.requiredTemplates.filter { library.names.contains($0) }
        problems += SiteRenderer.escapingProblems(in: present, root: root, library: library)
        let css = try SiteRenderer.stylesheets(in: root + "/assets", displayFolder: "\(library.directory)/assets")
        if css.isEmpty {
            problems.append(Diagnostic(.templateMissing(name: "\(library.directory)/assets/site.css")))
        }
        if !problems.isEmpty { throw DiagnosticError(problems) }
        self.templates = library
        self.stylesheet = css
    }

    /// Renders every page of the site.
    /// - Parameters:
    ///   - report: the computed report (the only input).
    ///   - audience: `.admin` adds the "Upgrade" links.
    /// - Returns: the files, sorted by path; each page names its template (`templates/html/status.mustache`).
    /// - Throws: `DiagnosticError` (stage `.render`) when a template is missing.
    public func render(_ report: Report, audience: Audience) throws(DiagnosticError) -> [RenderedFile] {
        let models: [(String, Any)] = [
            ("index", IndexPage(report: report)),
            ("licenses", LicensesPage(report: report)),
            ("status", StatusPage(report: report, audience: audience)),
        ]
        var files = [RenderedFile(path: "assets/style.css", bytes: stylesheet)]
        for (page, model) in models {
            for (folder, ext) in SiteRenderer.formats {
                let name = "\(folder)/\(page)"
                let text = try templates.render(model, template: name)
                files.append(RenderedFile(path: "\(page).\(ext)", text: text, template: templates.path(of: name)))
            }
        }
        return files.sorted { $0.path < $1.path }
    }

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
