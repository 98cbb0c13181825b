import Foundation

/// Escaping guarantees for user-edited templates: every template the renderer uses must declare its
/// content type on its first line (so swift-mustache escapes `{{value}}` for that format, partials
/// included) and must not print data unescaped (`{{{value}}}` or `{{& value}}`).
extension SiteRenderer {
    /// The pragma a template in `folder` ("html" or "markdown") must start with.
    static func contentTypePragma(folder: String) -> String {
        folder == "markdown" ? "{{% CONTENT_TYPE: MARKDOWN}}" : "{{% CONTENT_TYPE: HTML}}"
    }

    /// Checks the escaping rules of the templates `names` ("html/status") read from `root`.
    /// - Parameters:
    ///   - names: template names that exist in the library.
    ///   - root: the folder the templates were read from.
    ///   - library: for display paths in diagnostics.
    /// - Returns: one `.templateEscaping` diagnostic per problem, at `templates/html/NAME.mustache:line:column`.
    static func escapingProblems(in names: [String], root: String, library: TemplateLibrary) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for name in names {
            guard let data = FileManager.default.contents(atPath: "\(root)/\(name).mustache") else { continue }
            let text = String(decoding: data, as: UTF8.self)
            let file = library.path(of: name)
            let folder = String(name.prefix { $0 != "/" })
            let pragma = contentTypePragma(folder: folder)
            if !text.hasPrefix(pragma) {
                problems.append(Diagnostic(
                    .templateEscaping(detail: "the first line must be \(pragma), so that data is escaped for the page"),
                    at: SourceLocation(file: file, line: 1, column: 1)))
            }
            for (line, column, tag) in unescapedTags(in: text) {
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
