extension SiteValidator {
    /// libxml2's wording for the errors a template author meets most, rephrased as what to do.
    /// Other messages pass through unchanged (they are libxml2's own, documented in its source).
    static func explain(_ detail: String) -> String {
        if detail.hasPrefix("xmlParseEntityRef: no name") {
            return "a bare '&' starts no entity: write &amp;"
        }
        if detail.hasPrefix("Entity '"), detail.hasSuffix("' not defined") {
            let name = detail.dropFirst("Entity '".count).dropLast("' not defined".count)
            return "entity &\(name); is not defined in XHTML: write the character itself or a numeric reference such as &#160;"
        }
        let mismatch = "Opening and ending tag mismatch: "
        if detail.hasPrefix(mismatch) {
            // "Opening and ending tag mismatch: section line 3 and div"
            let parts = detail.dropFirst(mismatch.count).split(separator: " ")
            if parts.count == 5, parts[1] == "line", parts[3] == "and" {
                return "closing tag </\(parts[4])> does not match <\(parts[0])> opened on line \(parts[2])"
            }
        }
        let premature = "Premature end of data in tag "
        if detail.hasPrefix(premature) {
            // "Premature end of data in tag html line 2"
            let parts = detail.dropFirst(premature.count).split(separator: " ")
            if parts.count == 3, parts[1] == "line" {
                return "the page ends before <\(parts[0])> opened on line \(parts[2]) is closed"
            }
        }
        return detail
    }

    /// For a page that exists only in memory (built from a template, not yet published), the text of
    /// the offending line, so that the author can find it in the template: ` — in the page: «<td>…</td>»`.
    static func excerpt(of file: RenderedFile, line: Int) -> String {
        guard file.template != nil, line >= 1 else { return "" }
        var current = 1
        var text: Substring = ""
        for candidate in file.text.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == line { text = candidate; break }
            current += 1
        }
        let trimmed = text.trimmingCharacters(in: " \t\r")
        guard !trimmed.isEmpty else { return "" }
        let shown = trimmed.count > 80 ? String(trimmed.prefix(77)) + "..." : trimmed
        return " — in the page: «\(shown)»"
    }
}

private extension Substring {
    func trimmingCharacters(in set: String) -> String {
        var slice = self[...]
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
