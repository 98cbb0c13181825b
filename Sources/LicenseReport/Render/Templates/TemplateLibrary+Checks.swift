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
            for (line, column, tag) in TemplateLibrary.unescapedTags(in: text) {
                problems.append(Diagnostic(
                    .templateEscaping(detail: "\(tag) prints data without escaping; use {{name}}"),
                    at: SourceLocation(file: file, line: line, column: column)))
            }
        }
        return problems
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
