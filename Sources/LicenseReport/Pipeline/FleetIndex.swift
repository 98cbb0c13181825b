import Foundation

/// The fleet overview (`license-report index OUTPUT`, also the last step of an unsharded `build-all`):
/// merges every shard's part in `OUTPUT/.shards/`, orders the rows (`FleetOverviewOrder`), renders
/// `index.html` and `index.md` from the `fleet-index` templates and `index.json`, validates them with
/// libxml2 (as a site's pages), and writes them atomically into OUTPUT (`FleetOutput`).
public enum FleetIndex {
    /// The templates the overview needs besides those of a site.
    public static let templateNames = ["html/fleet-index", "markdown/fleet-index"]

    /// What `index` did.
    public struct Result: Sendable {
        /// Rows in the overview.
        public var tenants: Int
        /// The parts merged, "K-of-N", sorted.
        public var parts: [String]
        /// Parts missing, parts of another shard count that were ignored, and the like (severity `.warning`).
        public var warnings: [Diagnostic]
    }

    /// Refuses templates without the overview's: `.templateMissing` naming each (stage `.render`, exit 70).
    public static func checkTemplates(_ renderer: SiteRenderer) throws(DiagnosticError) {
        let missing = templateNames.filter { !renderer.templates.names.contains($0) }
        if !missing.isEmpty { throw DiagnosticError(missing.map { Diagnostic(.templateMissing(name: renderer.templates.path(of: $0))) }) }
    }

    /// Merges the parts and publishes the overview into `output`, holding OUTPUT's lock.
    /// - Parameters:
    ///   - output: a fleet's output folder (it must carry the fleet marker).
    ///   - renderer: the parsed templates, with `fleet-index` (`checkTemplates`).
    ///   - locale: the language of the overview's words, numbers and dates (`--locale`; English by default,
    ///     since the customers' own `Locale`s may differ); index.json stays as it is.
    /// - Throws: `.folderNotFound` (no such folder, exit 66), `.refusedOutput` (not a fleet), `.invalidShardPart`,
    ///   render and validate failures (nothing written), `.cannotWrite`, `.outputLocked`.
    public static func publish(output: String, renderer: SiteRenderer, locale: LocaleCode = .en,
                               options: PublishOptions = PublishOptions()) throws(DiagnosticError) -> Result {
        try checkTemplates(renderer)
        let root = Publisher.resolvedOutput(output).path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DiagnosticError([Diagnostic(.folderNotFound(path: output))])
        }
        guard FleetOutput.isFleet(root) else {
            throw DiagnosticError([Diagnostic(.refusedOutput(path: output, detail: "it is not the output folder of license-report build-all (its \(Publisher.markerFileName) file does not say so)"))])
        }
        return try FleetOutput.withLock(output, options: options) { () throws(DiagnosticError) -> Result in
            let merged = try merge(root: root, display: output)
            let rows = FleetOverviewOrder.ordered(merged.rows)
            let files = try renderer.inLanguage(locale) { () throws(DiagnosticError) in
                try render(asOf: merged.asOf, rows: rows, renderer: renderer, hasSite: { FleetOutput.hasSite(root, tenant: $0) })
            }
            let problems = validate(files, rows: rows, hasSite: { FleetOutput.hasSite(root, tenant: $0) })
            if !problems.isEmpty { throw DiagnosticError(problems) }
            try FleetOutput.writeAtomically(files.map { (name: $0.path, bytes: $0.contents) }, into: root, display: output)
            return Result(tenants: rows.count, parts: merged.parts, warnings: merged.warnings)
        }
    }

    /// The overview's three files, sorted by path.
    /// - Throws: `DiagnosticError` (stage `.render`) when a template is missing.
    static func render(asOf: String, rows: [FleetOverviewRow], renderer: SiteRenderer, hasSite: (String) -> Bool) throws(DiagnosticError) -> [RenderedFile] {
        let page = FleetIndexPage(asOf: asOf, rows: rows, hasSite: hasSite, stylesheet: renderer.stylesheetText)
        return [
            RenderedFile(path: "index.html", bytes: try renderer.templates.renderBytes(page, template: templateNames[0]),
                         template: renderer.templates.path(of: templateNames[0])),
            RenderedFile(path: "index.json", text: FleetOverviewJSON.index(asOf: asOf, rows: rows)),
            RenderedFile(path: "index.md", bytes: try renderer.templates.renderBytes(page, template: templateNames[1]),
                         template: renderer.templates.path(of: templateNames[1])),
        ]
    }

    /// Validates the overview as a site's pages are validated, except that links into the tenants' sites
    /// (`tenant/index.html`, `tenant/index.md`), which are published on their own, are checked on disk.
    static func validate(_ files: [RenderedFile], rows: [FleetOverviewRow], hasSite: (String) -> Bool) -> [Diagnostic] {
        let tenantLinks = Set(rows.filter { hasSite($0.tenant) }.flatMap { ["\($0.tenant)/index.html", "\($0.tenant)/index.md"] })
        return SiteValidator.validate(files).filter { diagnostic in
            if case .danglingLink(let href, _) = diagnostic.reason, tenantLinks.contains(href) { return false }
            return true
        }
    }

    /// The rows of every part of one shard count, the latest report date among them, and warnings.
    static func merge(root: String, display: String) throws(DiagnosticError) -> (rows: [FleetOverviewRow], asOf: String, parts: [String], warnings: [Diagnostic]) {
        let folder = root + "/" + FleetOutput.shardsFolder
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { FleetOutput.partShard($0) != nil }
        var warnings: [Diagnostic] = []
        // Parts of one shard count only: writing a part removes those of other counts, so several counts
        // mean a run split another way is still under way. The count of the newest part wins.
        let counts = Set(names.compactMap { FleetOutput.partShard($0)?.count })
        var count = counts.first ?? 1
        if counts.count > 1 {
            let newest = names.max { modified(folder + "/" + $0) < modified(folder + "/" + $1) }
            count = newest.flatMap { FleetOutput.partShard($0)?.count } ?? count
            for name in names.sorted() where FleetOutput.partShard(name)?.count != count {
                warnings.append(Diagnostic(.invalidShardPart(path: "\(display)/\(FleetOutput.shardsFolder)/\(name)", detail: "it belongs to a split into another number of shards than the newest part's \(count)"), severity: .warning))
            }
        }
        var rows: [FleetOverviewRow] = [], seen: Set<String> = [], asOf = "", parts: [String] = []
        for number in 1...count {
            let shard = FleetShard(number: number, count: count)!
            let path = folder + "/" + shard.partName + ".json"
            guard let data = FileManager.default.contents(atPath: path) else {
                if !names.isEmpty {
                    warnings.append(Diagnostic(.invalidShardPart(path: "\(display)/\(FleetOutput.shardsFolder)/\(shard.partName).json", detail: "it is missing, so the overview lacks that shard's customers"), severity: .warning))
                }
                continue
            }
            let part = try FleetOverviewJSON.readPart(Array(data), path: "\(display)/\(FleetOutput.shardsFolder)/\(shard.partName).json")
            parts.append(shard.partName)
            if part.asOf > asOf { asOf = part.asOf }
            for row in part.rows where seen.insert(row.tenant).inserted { rows.append(row) }
        }
        if parts.isEmpty {
            throw DiagnosticError([Diagnostic(.invalidShardPart(path: "\(display)/\(FleetOutput.shardsFolder)/", detail: "no shard has written its part yet"))])
        }
        return (rows, asOf, parts, warnings)
    }

    private static func modified(_ path: String) -> Date {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date) ?? .distantPast
    }
}
