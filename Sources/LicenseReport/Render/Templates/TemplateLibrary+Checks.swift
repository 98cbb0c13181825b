import Foundation

/// The checks of a templates folder that every command runs before rendering: the templates it needs are
/// there, and every template (pages, partials, usage reports) declares its content type on its first line
/// (so swift-mustache escapes `{{value}}` for that format, partials included) and does not print data
/// unescaped (`{{{value}}}` or `{{& value}}`).
extension TemplateLibrary {
    /// Every problem of the library for a renderer that needs `required` templates: `.templateMissing` for each
    /// absent one, then the escaping problems of every template of the library.
    func problems(requiring required: [String]) -> [Diagnostic] {
        let missing = Set(required).subtracting(names).sorted().map { Diagnostic(.templateMissing(name: path(of: $0))) }
        return missing + escapingProblems(in: names)
    }

    /// The pragma a template in `folder` ("html" or "markdown") must start with.
    static func contentTypePragma(folder: String) -> String {
        folder == "markdown" ? "{{% CONTENT_TYPE: MARKDOWN}}" : "{{% CONTENT_TYPE: HTML}}"
    }

    /// Checks the escaping rules of the templates `names` ("html/status").
    /// - Returns: one `.templateEscaping` diagnostic per problem, at `templates/html/NAME.mustache:line:column`.
    func escapingProblems(in names: [String]) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for name in names {
            guard let text = sources[name] else { continue }
            let file = path(of: name)
            let folder = String(name.prefix { $0 != "/" })
            let pragma = TemplateLibrary.contentTypePragma(folder: folder)
            if !text.hasPrefix(pragma) {
                problems.append(Diagnostic(
                    .templateEscaping(detail: "the first line must be \(pragma), so that data is escaped for the page"),
                    at: SourceLocation(file: file, line: 1, column: 1)))
            }
            for (line, column) in TemplateLibrary.contentTypeSwitches(in: text, pragma: pragma) {
                problems.append(Diagnostic(
                    .templateEscaping(detail: "the content type may change only around one stylesheet: "
                                      + "{{% CONTENT_TYPE: CSS}}{{stylesheet}}\(pragma)"),
                    at: SourceLocation(file: file, line: line, column: column)))
            }
            for (line, column, tag) in TemplateLibrary.unescapedTags(in: text) {
                problems.append(Diagnostic(
                    .templateEscaping(detail: "\(tag) prints data without escaping; use {{name}}"),
                    at: SourceLocation(file: file, line: line, column: column)))
            }
        }
        return problems
    }

    /// Positions (1-based line and column) of content-type pragmas after the first line that do not have the
    /// one allowed form: a switch to `CSS` for one variable and straight back to `pragma`, which inlines a
    /// stylesheet in a `<style>` element. Any other switch (to `TEXT`, or left in `CSS`) would print data
    /// with the wrong escaping or none.
    static func contentTypeSwitches(in text: String, pragma: String) -> [(line: Int, column: Int)] {
        let allowed = /\{\{% CONTENT_TYPE: CSS\}\}\{\{\s*[A-Za-z_][A-Za-z0-9_.]*\s*\}\}/
        var found: [(Int, Int)] = []
        var searchStart = text.startIndex
        if text.hasPrefix(pragma) { searchStart = text.index(text.startIndex, offsetBy: pragma.count) }
        while let range = text.range(of: "{{%", range: searchStart..<text.endIndex) {
            let rest = text[range.lowerBound...]
            if let match = rest.prefixMatch(of: allowed), rest[match.range.upperBound...].hasPrefix(pragma) {
                searchStart = text.index(match.range.upperBound, offsetBy: pragma.count)
                continue
            }
            let before = text[..<range.lowerBound]
            let line = before.count { $0 == "\n" } + 1
            let column = before.distance(from: before.lastIndex(of: "\n").map { before.index(after: $0) } ?? before.startIndex,
                                         to: before.endIndex) + 1
            found.append((line, column))
            searchStart = range.upperBound
        }
        return found
    }

    /// Positions (1-based line and column, in characters) of `{{{` and `{{&` tags in `text`.
    static func unescapedTags(in text: String) -> [(line: Int, column: Int, tag: String)] {
        var found: [(Int, Int, String)] = []
        let characters = Array(text)
        var line = 1
        var column = 1
        var index = 0
        while index < characters.count {
            if characters[index] == "\n" {
                line += 1
                column = 1
                index += 1
                continue
            }
            if index + 2 < characters.count, characters[index] == "{", characters[index + 1] == "{",
               characters[index + 2] == "{" || characters[index + 2] == "&" {
                found.append((line, column, characters[index + 2] == "{" ? "{{{" : "{{&"))
                index += 3
                column += 3
                continue
            }
            index += 1
            column += 1
        }
        return found
    }
}
