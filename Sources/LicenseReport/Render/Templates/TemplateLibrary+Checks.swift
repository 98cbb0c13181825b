/// The checks of a templates folder that every command runs before rendering anything, on the parsed
/// templates (`TemplateOutline`), never on their text:
/// - the templates the renderer needs are there;
/// - every template (pages, partials, usage reports, anything else in the folder) starts with the
///   content-type pragma its folder implies (`html/` → HTML, `markdown/` → MARKDOWN) and declares no other,
///   so swift-mustache escapes `{{value}}` for that format in the template and in every partial it includes
///   (the one exception: `{{% CONTENT_TYPE: CSS}}{{stylesheet}}{{% CONTENT_TYPE: HTML}}` inlines a stylesheet
///   in a `<style>` element, escaped for CSS);
/// - no template prints a variable unescaped, however it is spelled (`{{{x}}}`, `{{& x}}`, or either after
///   a set-delimiter tag), or lets data choose a partial (`{{>*x}}`);
/// - every partial exists, belongs to the including template's folder, and no partials include each
///   other in a loop (swift-mustache would render nothing, or recurse until the stack overflows).
extension TemplateLibrary {
    /// Every problem of the library for a renderer that needs `required` templates, sorted by file and position.
    func problems(requiring required: [String]) -> [Diagnostic] {
        let missing = Set(required).subtracting(names)
        return missing.sorted().map { Diagnostic(.templateMissing(name: path(of: $0))) }
            + names.flatMap { problems(of: $0, reported: missing) } + cycleProblems()
    }

    /// The pragma a template in `folder` ("html" or "markdown") must start with.
    static func contentTypePragma(folder: String) -> String {
        folder == "markdown" ? "{{% CONTENT_TYPE: MARKDOWN}}" : "{{% CONTENT_TYPE: HTML}}"
    }

    /// The folder of a template name: "html" for "html/status".
    static func folder(of name: String) -> String { String(name.prefix { $0 != "/" }) }

    /// The problems of one template; a partial in `reported` is already named as a missing template.
    private func problems(of name: String, reported: Set<String>) -> [Diagnostic] {
        guard let outline = outlines[name] else { return [] }
        let file = path(of: name)
        // Positions only for a problem: scanning every template's tags was a sixth of start-up.
        lazy var tags = TemplateTags(sources[name] ?? "")
        var used = Set<Int>()
        func at(_ tag: TemplateTags.Tag?) -> SourceLocation {
            SourceLocation(file: file, line: tag?.line ?? 1, column: tag?.column ?? 1)
        }
        func escaping(_ detail: String, _ tag: TemplateTags.Tag?) -> Diagnostic {
            Diagnostic(.templateEscaping(detail: detail), at: at(tag))
        }
        let folder = TemplateLibrary.folder(of: name)
        let pragma = TemplateLibrary.contentTypePragma(folder: folder)
        let expected: TemplateOutline.ContentType = folder == "markdown" ? .markdown : .html
        var problems: [Diagnostic] = []
        if outline.leadingContentType != expected {
            problems.append(escaping("the first line must be \(pragma), so that data is escaped for the page", nil))
        }
        let pragmaTags = tags.tags.filter { $0.sigil == "%" }
        for (index, type) in outline.contentTypes.enumerated() where type != expected {
            // The one exception: a stylesheet inlined in `<style>`, escaped for CSS, then straight back.
            if type == .css, outline.stylesheetIslands.contains(index), index + 1 < outline.contentTypes.count,
               outline.contentTypes[index + 1] == expected { continue }
            let tag = index < pragmaTags.count ? pragmaTags[index] : nil
            problems.append(escaping("a template in \(folder)/ may declare no content type but \(pragma) (and, around one "
                                     + "stylesheet in <style>, {{% CONTENT_TYPE: CSS}}{{stylesheet}}\(pragma))", tag))
        }
        for variable in outline.unescapedVariables {
            let tag = tags.position(of: variable, sigils: ["{", "&"], skipping: &used)
            problems.append(escaping("\(tag?.opening ?? "{{{") prints data without escaping; use {{\(variable)}}", tag))
        }
        for partial in outline.dynamicPartials {
            let tag = tags.position(of: "*" + partial, sigils: [">"], skipping: &used)
            problems.append(escaping("{{>*\(partial)}} lets data choose a template; name the partial", tag))
        }
        for kind in outline.unrecognised {
            problems.append(escaping("cannot check it: swift-mustache token '\(kind)' is not known to this version of license-report", nil))
        }
        var usedPartials = Set<Int>()
        for partial in outline.partials {
            let tag = tags.position(of: partial, sigils: [">"], skipping: &usedPartials)
            if outlines[partial] == nil {
                guard !reported.contains(partial) else { continue }
                problems.append(Diagnostic(.templatePartialMissing(name: partial), at: at(tag)))
            } else if TemplateLibrary.folder(of: partial) != folder {
                problems.append(escaping("{{> \(partial)}} includes a template of another folder, escaped for another format; include partials of \(folder)/", tag))
            }
        }
        return problems
    }

    /// A `.templatePartialCycle` for each loop of partials a depth-first walk meets (each edge that leads
    /// back into the walk's current path closes one loop; linear in the number of partial tags), at the
    /// partial tag that starts the loop in its alphabetically first template.
    private func cycleProblems() -> [Diagnostic] {
        var finished = Set<String>()
        var cycles = Set<[String]>()
        func visit(_ name: String, _ path: inout [String]) {
            path.append(name)
            for partial in Set(outlines[name]?.partials ?? []).sorted() where outlines[partial] != nil {
                if let start = path.firstIndex(of: partial) {
                    let loop = Array(path[start...])
                    // Rotated to its smallest name, so the same loop found from another member is kept once.
                    let smallest = loop.indices.min { loop[$0].utf8.lexicographicallyPrecedes(loop[$1].utf8) }!
                    let rotated = Array(loop[smallest...] + loop[..<smallest])
                    cycles.insert(rotated + [rotated[0]])
                } else if !finished.contains(partial) {
                    visit(partial, &path)
                }
            }
            path.removeLast()
            finished.insert(name)
        }
        for name in names where !finished.contains(name) {
            var path: [String] = []
            visit(name, &path)
        }
        return cycles.sorted { $0.lexicographicallyPrecedes($1) }.map { chain in
            var used = Set<Int>()
            let tag = TemplateTags(sources[chain[0]] ?? "").position(of: chain[1], sigils: [">"], skipping: &used)
            return Diagnostic(.templatePartialCycle(chain: chain),
                              at: SourceLocation(file: path(of: chain[0]), line: tag?.line ?? 1, column: tag?.column ?? 1))
        }
    }
}

extension TemplateLibrary {
    /// `{{t.key}}` tags whose key is not in `keys` (the catalogues' keys: they all have English's), each at
    /// its tag: swift-mustache would print nothing for them.
    func catalogueKeyProblems(keys: Set<String>) -> [Diagnostic] {
        names.flatMap { name -> [Diagnostic] in
            guard let outline = outlines[name] else { return [] }
            // Positions only for a key that is missing (a key that exists is found at all its tags alike, so
            // skipping them leaves every other tag's position as it was); scanning every template was start-up's largest part.
            var tags: TemplateTags?
            var used = Set<Int>()
            return outline.variables.filter { $0.hasPrefix("t.") }.compactMap { variable in
                let key = String(variable.dropFirst(2))
                guard !keys.contains(key) else { return nil }
                if tags == nil { tags = TemplateTags(sources[name] ?? "") }
                let tag = tags?.position(of: variable, sigils: [""], skipping: &used)
                return Diagnostic(.catalogueKeyNotFound(key: key),
                                  at: SourceLocation(file: path(of: name), line: tag?.line ?? 1, column: tag?.column ?? 1))
            }
        }
    }
}
