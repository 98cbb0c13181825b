/// The tags of a template's text with their positions, for pointing diagnostics at `file:line:column`.
///
/// Only positions come from here: whether a template is acceptable is decided on the parsed form
/// (`TemplateOutline`), since swift-mustache's tokens carry no positions. The scan follows set-delimiter
/// tags, so `<%& value %>` after `{{=<% %>=}}` is found where it is written.
struct TemplateTags {
    /// One tag as written.
    struct Tag: Hashable {
        /// The tag's sigil: `{` (triple mustache), `&`, `>`, `%`, `#`, `^`, `/`, `!`, `=`, `$`, `<`, or "" for a variable.
        var sigil: String
        /// The name inside the tag, trimmed (for `>` and `&`: the partial or variable name).
        var name: String
        /// The opening delimiter and sigil as written, e.g. "{{{" or "<%&".
        var opening: String
        /// 1-based line and column (in characters) of the opening delimiter.
        var line: Int
        var column: Int
    }

    /// Every tag of `text`, in order.
    let tags: [Tag]

    /// Scans `text`.
    init(_ text: String) {
        var tags: [Tag] = []
        let characters = Array(text)
        var open: [Character] = ["{", "{"]
        var close: [Character] = ["}", "}"]
        var index = 0
        var line = 1
        var column = 1
        func matches(_ delimiter: [Character], at position: Int) -> Bool {
            position + delimiter.count <= characters.count && Array(characters[position..<(position + delimiter.count)]) == delimiter
        }
        while index < characters.count {
            guard matches(open, at: index) else {
                if characters[index].isNewline { line += 1; column = 1 } else { column += 1 }
                index += 1
                continue
            }
            let start = (line, column)
            var cursor = index + open.count
            var sigil = ""
            if cursor < characters.count, "{&>%#^/!=$<".contains(characters[cursor]) {
                sigil = String(characters[cursor])
                cursor += 1
            }
            // A triple mustache closes with "}" + the closing delimiter; a set-delimiter tag with "=" + it.
            let end = sigil == "{" ? ["}"] + close : sigil == "=" ? ["="] + close : close
            var stop = cursor
            while stop < characters.count, !matches(end, at: stop) { stop += 1 }
            let inner = String(characters[cursor..<min(stop, characters.count)])
            let name = inner.trimmingSpaces
            tags.append(Tag(sigil: sigil, name: name, opening: String(open) + sigil, line: start.0, column: start.1))
            if sigil == "=" {
                let parts = name.split(whereSeparator: { $0 == " " || $0 == "\t" })
                if parts.count == 2 {
                    open = Array(parts[0])
                    close = Array(parts[1])
                }
            }
            let after = min(stop + end.count, characters.count)
            for character in characters[index..<after] {
                if character.isNewline { line += 1; column = 1 } else { column += 1 }
            }
            index = after
        }
        self.tags = tags
    }

    /// The first tag with one of `sigils` naming `name` not yet used (so repeated tags get their own
    /// positions), or `nil`.
    func position(of name: String, sigils: Set<String>, skipping used: inout Set<Int>) -> Tag? {
        for (offset, tag) in tags.enumerated() where !used.contains(offset) && sigils.contains(tag.sigil) {
            // A partial written `{{> html/_header}}` may carry inheritance or indentation around the name.
            guard tag.name == name || tag.name.hasPrefix(name + " ") else { continue }
            used.insert(offset)
            return tag
        }
        return nil
    }
}
