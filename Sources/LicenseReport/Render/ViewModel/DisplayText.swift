/// Locale-free display texts shared by the view models: counts, days left, indicator labels,
/// service names and safe link targets. Every function is pure; the same input gives the same text.
enum DisplayText {
    /// Placeholder for a value that is absent.
    static let none = "—"

    /// A whole number grouped in threes: 12345 → "12,345".
    static func count(_ value: Int) -> String { DecimalFormatting.grouped(String(value)) }

    /// Days from the report date to an expiry date: "1 day left", "30 days left", "expires today", "expired".
    /// The next expiry, saying what expires: "2026-12-31 (46 days left): Sales Intelligence licence
    /// (SUPEROFFICE)" or "2027-03-31 (136 days left): SUPEROFFICE subscription"; "No time-limited licences"
    /// when nothing expires on or after the report date.
    static func nextExpiry(_ report: Report) -> String {
        guard let notice = report.nextExpiry else { return "No time-limited licences" }
        return "\(notice.date) (\(daysLeft(report.asOf.days(until: notice.date)))): \(notice.description)"
    }

    /// The wording of a month's total row, the same on status.html, status.md and the usage pages:
    /// "Total for 2026-03, billed on the invoice for 2026-04".
    static func monthTotalLabel(month: YearMonth, invoiceMonth: YearMonth) -> String {
        "Total for \(month), billed on the invoice for \(invoiceMonth)"
    }

    static func daysLeft(_ days: Int) -> String {
        switch days {
        case ..<0: "expired"
        case 0: "expires today"
        case 1: "1 day left"
        default: "\(count(days)) days left"
        }
    }

    /// The symbol of an indicator; the page never shows a level by colour alone (issue 2).
    static func symbol(_ level: RestrictionLevel) -> String {
        switch level {
        case .normal: "●"
        case .approaching: "▲"
        case .reached: "■"
        case .unlimited: "∞"
        }
    }

    /// The text label of an indicator.
    static func label(_ level: RestrictionLevel) -> String {
        switch level {
        case .normal: "Normal"
        case .approaching: "Approaching limit"
        case .reached: "Limit reached"
        case .unlimited: "Unlimited"
        }
    }

    /// The display name of a metered service, in SuperOffice's wording.
    static func serviceName(_ service: MeteredService) -> String {
        switch service {
        case .storageSpace: "Storage space"
        case .mailingsEmails: "E-mails sent via Mailings"
        case .customerCenterLogins: "Customer Centre logins"
        case .chatSessions: "Chat sessions"
        case .formSubmissions: "Form submissions"
        }
    }

    /// "March 2026" for a month (English month names, no locale involved).
    static func monthName(_ month: YearMonth) -> String {
        let names = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                     "October", "November", "December"]
        return "\(names[month.month - 1]) \(month.year)"
    }

    /// A restriction name as the object of "N of M …": the first letter lower-cased unless the name
    /// starts with an acronym ("Active projects" → "active projects", "CRM objects" stays).
    static func limitPhrase(_ name: String) -> String {
        let characters = Array(name)
        guard let first = characters.first, first.isUppercase else { return name }
        if characters.count > 1, characters[1].isUppercase { return name }
        return first.lowercased() + String(characters.dropFirst())
    }

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

extension String {
    /// The text without leading and trailing spaces, tabs and line breaks.
    var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0.isNewline }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[start...end])
    }
}
