import Foundation
import Mustache
import Synchronization

/// The page templates: every `*.mustache` file below a templates folder (`html/`, `markdown/`),
/// registered by relative name without extension ("html/status", "markdown/licenses").
///
/// Partials are named the same way: `{{> html/_header}}`.
public struct TemplateLibrary: Sendable {
    /// The folder the templates were read from (for diagnostics), e.g. "templates".
    public let directory: String
    /// The parsed templates as a swift-mustache library.
    let library: MustacheLibrary
    /// Template names, sorted.
    public let names: [String]
    /// Each template's text, by name (for the checks' positions).
    let sources: [String: String]
    /// Each template's parsed outline, by name (what the checks decide on).
    let outlines: [String: TemplateOutline]
    /// The templates the compiled renderer takes (`CompiledTemplate`), by name: those that compile and
    /// whose partials, transitively, all compile or do not exist. Every other template is rendered by
    /// swift-mustache.
    let compiled: [String: CompiledTemplate]

    /// Loads and parses every template in `directory`, or the bundled templates when `nil`.
    /// - Throws: `DiagnosticError` (stage `.render`): `.templateSyntax` at `templates/html/NAME.mustache:line:column`
    ///   for the first template that does not parse (files are read in sorted order), `.templatesFolderNotFound`
    ///   when the folder does not exist, `.unreadableTemplate` when a template cannot be read.
    public init(directory: String?) throws(DiagnosticError) {
        _ = MarkupEscaping.registerContentTypes
        let root = directory ?? TemplateLibrary.bundledDirectory
        let displayRoot = directory ?? "templates"
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DiagnosticError([Diagnostic(.templatesFolderNotFound(path: root))])
        }
        // Enumerate the folder a link points to: FileManager does not descend into a symbolic link given as
        // the root (`--templates templates` in the repository, which links into the package's resources).
        let resolved = URL(fileURLWithPath: root).resolvingSymlinksInPath().path
        let paths = (fm.enumerator(atPath: resolved)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".mustache") }.sorted()
        // A file that cannot be read is kept as `nil` and reported in its place in name order, so that an
        // earlier file's syntax error still comes first, as when files were read and parsed one by one.
        let files = paths.map { path -> (name: String, display: String, text: String?) in
            let display = displayRoot.hasSuffix("/") ? displayRoot + path : displayRoot + "/" + path
            let text = fm.contents(atPath: resolved + "/" + path).map { String(decoding: $0, as: UTF8.self) }
            return (String(path.dropLast(".mustache".count)), display, text)
        }
        // Each template is parsed, outlined and compiled on its own, so the templates are spread over the
        // cores: this is the whole start of a run (about 0.1 s of CPU, most of it swift-mustache's parser
        // and the `Mirror` reads of its tokens), while every other core would wait. Results are kept by
        // index and read in file order, so the first template that fails is still the first in sorted order.
        let parsed = Mutex<[Int: Result<Parsed, DiagnosticError>]>([:])
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let file = files[index]
            let result = Result { () throws(DiagnosticError) in
                guard let text = file.text else {
                    throw DiagnosticError([Diagnostic(.unreadableTemplate(detail: "cannot read template"), at: SourceLocation(file: file.display))])
                }
                return try Self.parse(text, display: file.display)
            }
            parsed.withLock { $0[index] = result }
        }
        let results = parsed.withLock { $0 }
        var templates: [String: MustacheTemplate] = [:]
        var sources: [String: String] = [:]
        var outlines: [String: TemplateOutline] = [:]
        var compiled: [String: CompiledTemplate] = [:]
        for (index, file) in files.enumerated() {
            let template = try results[index]!.get()
            templates[file.name] = template.template
            sources[file.name] = file.text ?? ""
            outlines[file.name] = template.outline
            compiled[file.name] = template.compiled
        }
        self.directory = displayRoot
        self.library = MustacheLibrary(templates: templates)
        self.names = templates.keys.sorted()
        self.sources = sources
        self.outlines = outlines
        self.compiled = TemplateLibrary.closed(compiled, templates: templates)
    }

    /// One template file, parsed.
    private struct Parsed: @unchecked Sendable {  // MustacheTemplate is immutable once parsed
        let template: MustacheTemplate
        let outline: TemplateOutline
        let compiled: CompiledTemplate?
    }

    /// Parses the template `text` of the file `display` and reads its outline and compiled form.
    private static func parse(_ text: String, display: String) throws(DiagnosticError) -> Parsed {
        do {
            let template = try MustacheTemplate(string: text)
            return Parsed(template: template, outline: TemplateOutline(template), compiled: CompiledTemplate(template))
        } catch let error as MustacheTemplate.ParserError {
            throw DiagnosticError([Diagnostic(
                .templateSyntax(detail: TemplateLibrary.describe(error.error)),
                at: SourceLocation(file: display, line: error.context.lineNumber, column: error.context.columnNumber))])
        } catch {
            throw DiagnosticError([Diagnostic(.templateSyntax(detail: "\(error)"), at: SourceLocation(file: display))])
        }
    }

    /// The templates of `compiled` that `CompiledTemplate` renders as swift-mustache would: those with every
    /// partial they reach, transitively, compiled too (or missing from `templates`, which renders nothing).
    private static func closed(_ compiled: [String: CompiledTemplate], templates: [String: MustacheTemplate]) -> [String: CompiledTemplate] {
        var compiled = compiled
        // Drop a template that reaches one swift-mustache must render, until nothing changes (partials
        // may include each other, so this is a fixed point rather than one pass).
        var changed = true
        while changed {
            changed = false
            for (name, template) in compiled.sorted(by: { $0.key < $1.key })
            where template.partials.contains(where: { templates[$0] != nil && compiled[$0] == nil }) {
                compiled[name] = nil
                changed = true
            }
        }
        return compiled
    }

    /// Which renderer renders a page.
    enum Engine {
        /// `CompiledTemplate` where the template compiles, else swift-mustache (what the program uses).
        case automatic
        /// swift-mustache always (the reference the tests compare with).
        case swiftMustache
    }

    /// Renders `object` (a view model: structs, arrays, dictionaries, strings, booleans) with the template `name`.
    /// - Throws: `DiagnosticError` `.templateMissing` naming `templates/NAME.mustache` when there is no such template.
    public func render(_ object: Any, template name: String) throws(DiagnosticError) -> String {
        try render(object, template: name, engine: .automatic)
    }

    /// `render(_:template:)` as UTF-8, the form a `RenderedFile` holds (the compiled renderer writes bytes,
    /// so a page is not decoded into a `String` and encoded again).
    public func renderBytes(_ object: Any, template name: String) throws(DiagnosticError) -> [UInt8] {
        if let bytes = renderCompiled(object, template: name) { return bytes }
        return Array(try render(object, template: name, engine: .swiftMustache).utf8)
    }

    /// The page by `CompiledTemplate`, or `nil` when the template (or the object) is swift-mustache's to render.
    private func renderCompiled(_ object: Any, template name: String) -> [UInt8]? {
        guard let template = compiled[name], let page = object as? any TemplateObject else { return nil }
        return template.render(root: CompiledRoot(page: page, t: Language.current.catalogue), library: compiled)
    }

    /// `render(_:template:)` with the renderer chosen (tests compare the two).
    func render(_ object: Any, template name: String, engine: Engine) throws(DiagnosticError) -> String {
        if engine == .automatic, let bytes = renderCompiled(object, template: name) { return String(decoding: bytes, as: UTF8.self) }
        let context = LocalizedContext(page: object, t: Language.current.catalogue)
        guard let text = library.render(context, withTemplate: name) else {
            throw DiagnosticError([Diagnostic(.templateMissing(name: "\(directory)/\(name).mustache"))])
        }
        return text
    }

    /// The display path of a template: "templates/html/status.mustache".
    public func path(of name: String) -> String { "\(directory)/\(name).mustache" }

    /// The templates that ship with the program (a copy of the repository's templates/ folder).
    static var bundledDirectory: String {
        Bundle.module.resourceURL!.appendingPathComponent("templates").path
    }

    private static func describe(_ error: Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "a section is closed with a different name than it was opened with"
        case .unfinishedName: return "a tag is not closed with }}"
        case .expectedSectionEnd: return "a section is never closed"
        case .invalidSetDelimiter: return "invalid set-delimiter tag"
        case .invalidConfigVariableSyntax: return "invalid pragma ({{% ... }})"
        case .unrecognisedConfigVariable: return "unknown pragma (use CONTENT_TYPE: HTML, MARKDOWN or TEXT)"
        case .transformAppliedToInheritanceSection: return "a transform is applied to an inheritance section"
        case .illegalTokenInsideInheritSection: return "illegal tag inside an inheritance section"
        case .textInsideInheritSection: return "text inside an inheritance section"
        }
    }
}
