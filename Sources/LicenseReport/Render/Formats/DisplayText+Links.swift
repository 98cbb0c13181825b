/// Link targets and ids made from data: only what is safe in an `href`, a `src`, an `id` and a
/// Markdown link destination.
extension DisplayText {
    /// A link target from data (UpgradeUrl, InfoUrl) that is safe to put in an `href` and in a Markdown
    /// link: only `http` and `https` URLs; spaces, quotes, angle brackets, parentheses and other characters
    /// that would end a Markdown link are percent-encoded. Anything else (e.g. `javascript:`) gives `nil`.
    static func webLink(_ url: String?) -> String? {
        guard let url = url?.trimmingSpaces, !url.isEmpty else { return nil }
        let lower = url.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://") else { return nil }
        return percentEncodeUnsafe(url)
    }

    /// An image source from data (portrait thumbnails): an `http(s)` URL or a `data:image/png|jpeg|gif|webp`
    /// URI; anything else gives `nil` (the page then shows initials).
    static func imageSource(_ url: String?) -> String? {
        guard let url = url?.trimmingSpaces, !url.isEmpty else { return nil }
        let lower = url.lowercased()
        let dataPrefixes = ["data:image/png;", "data:image/jpeg;", "data:image/jpg;", "data:image/gif;", "data:image/webp;"]
        if dataPrefixes.contains(where: { lower.hasPrefix($0) }) { return percentEncodeUnsafe(url) }
        return webLink(url)
    }

    /// Percent-encodes every byte outside the URL characters that are harmless in HTML attributes and
    /// Markdown link destinations (unreserved, and `:/?#@!$&*+,;=%~`).
    private static func percentEncodeUnsafe(_ url: String) -> String {
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#@!$&*+,;=%".utf8)
        var result = ""
        for byte in url.utf8 {
            if allowed.contains(byte) {
                result.append(Character(Unicode.Scalar(byte)))
            } else {
                let hex = Array("0123456789ABCDEF")
                result += "%" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 0x0F)])
            }
        }
        return result
    }

    /// An id fragment from free text: lower-case ASCII letters and digits, other runs become "-".
    static func slug(_ text: String) -> String {
        var result = ""
        for scalar in text.lowercased().unicodeScalars {
            if scalar.isASCII, CharacterSetASCII.isAlphanumeric(scalar) {
                result.unicodeScalars.append(scalar)
            } else if !result.isEmpty, result.last != "-" {
                result += "-"
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        return result
    }

    /// Unique ids for a list of names: `prefix-slug`, with "-2", "-3" … added to repeats and
    /// `prefix-N` (1-based position) for names without letters or digits.
    static func uniqueIDs(prefix: String, for names: [String]) -> [String] {
        var used = Set<String>()
        var ids: [String] = []
        for (index, name) in names.enumerated() {
            let slug = slug(name)
            let base = slug.isEmpty ? "\(prefix)-\(index + 1)" : "\(prefix)-\(slug)"
            var candidate = base
            var suffix = 2
            while used.contains(candidate) {
                candidate = "\(base)-\(suffix)"
                suffix += 1
            }
            used.insert(candidate)
            ids.append(candidate)
        }
        return ids
    }
}

/// ASCII character classes without Foundation's locale-aware sets.
private enum CharacterSetASCII {
    static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }
}
