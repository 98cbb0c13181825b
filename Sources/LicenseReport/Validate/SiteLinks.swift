import Foundation

/// The site-level link rule: which `href`s are internal, and what file and id they point to.
///
/// Internal: a relative reference such as `status.html`, `status.html#database`, `../index.html`,
/// `assets/site.css` or a bare `#database`. Not checked: references with a scheme (`https:`, `mailto:`,
/// `data:`), network-path references (`//host/…`), root-relative paths (`/…`, whose meaning depends on
/// where the site is hosted), an empty `href`, and the fragments `#` and `#top` (HTML scrolls to the top).
enum SiteLinks {
    /// Where an internal link points.
    struct Target: Hashable {
        /// The file's path in the site, `/`-separated, or `nil` when it climbs out of the site.
        var path: String?
        /// The fragment (percent-decoded), or `nil` when none needs checking.
        var fragment: String?
    }

    /// The target of `href` written in the page at `pagePath`, or `nil` when the link is not internal.
    static func target(of href: String, from pagePath: String) -> Target? {
        // Nearly every href is ASCII without "%" or surrounding blanks, for which trimming and percent-decoding
        // (Foundation, 3.7 % of a fleet build when run on every link) change nothing.
        let plain = href.utf8.first != UInt8(ascii: " ") && href.utf8.first != UInt8(ascii: "\t")
            && href.utf8.last != UInt8(ascii: " ") && href.utf8.last != UInt8(ascii: "\t")
            && href.utf8.allSatisfy { $0 < 0x80 && $0 != UInt8(ascii: "%") }
        let reference = plain ? href : href.trimmingCharacters(in: .whitespaces)
        guard !reference.isEmpty, !reference.hasPrefix("/"), !hasScheme(reference) else { return nil }
        var pathPart = Substring(reference)
        var fragment: String?
        if let hash = pathPart.firstIndex(of: "#") {
            let raw = String(pathPart[pathPart.index(after: hash)...])
            let decoded = plain ? raw : raw.removingPercentEncoding ?? raw
            fragment = decoded.isEmpty || decoded.lowercased() == "top" ? nil : decoded
            pathPart = pathPart[..<hash]
        }
        if let query = pathPart.firstIndex(of: "?") { pathPart = pathPart[..<query] }
        guard !pathPart.isEmpty else { return Target(path: pagePath, fragment: fragment) }
        let decodedPath = plain ? String(pathPart) : String(pathPart).removingPercentEncoding ?? String(pathPart)
        return Target(path: resolve(decodedPath, against: pagePath), fragment: fragment)
    }

    /// Resolves a relative path against the folder of `pagePath`; a path ending in `/` means its
    /// `index.html`. Returns `nil` when `..` climbs above the site's root.
    static func resolve(_ relative: String, against pagePath: String) -> String? {
        var components = pagePath.split(separator: "/", omittingEmptySubsequences: false).dropLast().map(String.init)
        let parts = relative.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        for (index, part) in parts.enumerated() {
            switch part {
            case ".":
                continue
            case "..":
                guard !components.isEmpty else { return nil }
                components.removeLast()
            case "" where index == parts.count - 1:
                components.append("index.html")
            case "":
                continue
            default:
                components.append(part)
            }
        }
        return components.joined(separator: "/")
    }

    /// `true` for `scheme:` per RFC 3986: a letter, then letters, digits, `+`, `-` or `.`, then `:`,
    /// before any `/`, `?` or `#`.
    private static func hasScheme(_ reference: String) -> Bool {
        guard let colon = reference.firstIndex(of: ":") else { return false }
        let scheme = reference[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter else { return false }
        return scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".") }
    }
}
