import Dispatch
import XMLValidation

/// The validate stage: checks every rendered HTML/XML page with libxml2 and every Markdown table.
///
/// - `.html`, `.xhtml`, `.xml`, `.svg`: well-formed XML (every libxml2 error), unique ids, `alt` on every `img`,
///   a header row in every `table` (`XMLPageChecker`), and every internal link resolving to a written
///   file and, with a fragment, to an id of that page (`SiteLinks`).
/// - `feed.xml`: also RFC 4287's element rules (`AtomSchema`, with libxml2's RELAX NG validator).
/// - `.md`: every GFM table row has as many cells as its header (`MarkdownTables`).
///
/// Each diagnostic has stage `.validate`, the location `path:line:column` with the file's path as in
/// the site (relative to the output folder) and the template the file came from in its reason. The rules
/// are listed for template authors in docs/validation.md.
public enum SiteValidator {
    /// Validates a set of files as one site (internal links resolve against these files).
    /// - Parameters:
    ///   - files: the site's files, paths relative to the output folder.
    ///   - concurrently: check the pages on all cores (one site); `false` where the caller already keeps
    ///     every core busy (a fleet build's workers), so that pages do not queue behind other tenants'.
    /// - Returns: every problem found, sorted by file and position; empty when the site is valid.
    public static func validate(_ files: [RenderedFile], concurrently: Bool = true) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var pages: [String: XMLPageReport] = [:]
        let markup = files.filter { isMarkup($0.path) }
        let reports = concurrently ? checkPages(markup) : markup.map { XMLPageChecker.check($0.contents) }
        for (file, report) in zip(markup, reports) {
            pages[file.path] = report
            diagnostics += report.findings.map { diagnostic(for: $0, in: file) }
        }
        // The Atom rules only for a well-formed feed: a broken one already has libxml2's parse errors.
        for file in files where file.path == SiteRenderer.feedPath && pages[file.path]?.isWellFormed == true {
            diagnostics += RelaxNGValidator.validate(file.contents, schema: Array(AtomSchema.relaxNG.utf8)).map { diagnostic(for: $0, in: file) }
        }
        for file in files where hasExtension(file.path, ["md"]) {
            diagnostics += markdownDiagnostics(file)
        }
        let paths = Set(files.map(\.path))
        // The same links (navigation, the usage reports' companions) recur on many pages of a folder, and
        // a link that starts with a path resolves the same from every page of that folder: each is resolved
        // once per folder. (A link starting with "#", "?", a blank or a non-ASCII character may resolve to
        // the page itself, so it is resolved per page.)
        var resolvedInFolder: [String: Bool] = [:]
        for file in files.sorted(by: { $0.path < $1.path }) {
            guard let report = pages[file.path] else { continue }
            let folder = file.path.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(file.path[..<$0]) } ?? ""
            func linkResolves(_ href: String) -> Bool {
                guard let first = href.utf8.first, first < 0x80, ![UInt8(ascii: "#"), UInt8(ascii: "?"), UInt8(ascii: " "), UInt8(ascii: "\t")].contains(first) else {
                    return resolves(href, from: file.path, paths: paths, pages: pages)
                }
                let key = folder + "\u{0}" + href
                if let known = resolvedInFolder[key] { return known }
                let result = resolves(href, from: file.path, paths: paths, pages: pages)
                resolvedInFolder[key] = result
                return result
            }
            for link in report.links where !linkResolves(link.href) {
                let location = SourceLocation(file: file.path, line: link.position.line, column: link.position.column)
                diagnostics.append(Diagnostic(.danglingLink(href: link.href, template: file.template), at: location))
            }
        }
        return diagnostics.sorted()
    }

    /// Runs `XMLPageChecker` over the pages on all cores; each page has its own libxml2 parser context,
    /// and results are kept in input order, so the outcome does not depend on scheduling.
    static func checkPages(_ files: [RenderedFile]) -> [XMLPageReport] {
        nonisolated(unsafe) let results = UnsafeMutableBufferPointer<XMLPageReport?>.allocate(capacity: files.count)
        results.initialize(repeating: nil)
        defer {
            results.deinitialize()
            results.deallocate()
        }
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            results[index] = XMLPageChecker.check(files[index].contents)
        }
        return results.map { $0! }
    }

    /// `true` when the link is not internal, or points to a written file and (with a fragment into a
    /// well-formed page) to one of its ids. Fragments into other files (Markdown, CSS) are not checked.
    static func resolves(_ href: String, from pagePath: String, paths: Set<String>, pages: [String: XMLPageReport]) -> Bool {
        guard let target = SiteLinks.target(of: href, from: pagePath) else { return true }
        guard let path = target.path, paths.contains(path) else { return false }
        guard let fragment = target.fragment, let page = pages[path], page.isWellFormed else { return true }
        return page.ids.binarySearchContains(fragment)
    }

    private static func diagnostic(for finding: XMLFinding, in file: RenderedFile) -> Diagnostic {
        let reason: Reason
        switch finding.kind {
        case .malformed:
            reason = .malformedPage(detail: explain(finding.detail) + excerpt(of: file, line: finding.line), template: file.template)
        case .duplicateID: reason = .duplicateID(id: finding.detail, template: file.template)
        case .missingAlt: reason = .missingAlt(template: file.template)
        case .tableWithoutHeader: reason = .tableWithoutHeader(template: file.template)
        case .invalid: reason = .invalidFeed(detail: finding.detail)
        }
        let location = SourceLocation(file: file.path, line: finding.line, column: finding.column)
        return Diagnostic(reason, at: location)
    }

    /// A row with more cells points at the separator that opens its first extra cell; a row with fewer
    /// points at its first column. A delimiter row that does not match its header is reported too
    /// (GFM then renders no table at all).
    private static func markdownDiagnostics(_ file: RenderedFile) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for table in MarkdownTables.scan(file.text) {
            let expected = table.header.cellCount
            for row in [table.delimiter] + table.body where row.cellCount != expected {
                let column = row.cellCount > expected ? row.separatorColumns[expected - 1] : 1
                let location = SourceLocation(file: file.path, line: row.line, column: column)
                diagnostics.append(Diagnostic(.markdownTableCells(expected: expected, found: row.cellCount, template: file.template),
                                              at: location))
            }
        }
        return diagnostics
    }

    private static func isMarkup(_ path: String) -> Bool {
        hasExtension(path, ["html", "xhtml", "xml", "svg"])
    }

    private static func hasExtension(_ path: String, _ extensions: [String]) -> Bool {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return false }
        return extensions.contains(path[path.index(after: dot)...].lowercased())
    }
}

private extension Array where Element == String {
    /// Membership in a sorted array.
    func binarySearchContains(_ value: String) -> Bool {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if self[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < count && self[low] == value
    }
}
