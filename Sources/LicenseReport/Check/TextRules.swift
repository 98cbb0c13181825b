/// Rules for free text from the data (names, messages, descriptions): its length (`TextLimits`) and
/// the characters a page can carry.
///
/// Pages are XHTML: XML 1.0 forbids the C0 control characters except tab, line feed and carriage
/// return, and the non-characters U+FFFE and U+FFFF. Such a character in the data would fail the
/// validate stage and blame the template, so the check stage rejects it where it was read.
enum TextRules {
    /// The first character of `text` that a page cannot carry, or `nil` when all can.
    static func forbiddenCharacter(in text: String) -> Unicode.Scalar? {
        text.unicodeScalars.first { scalar in
            switch scalar.value {
            case 0x09, 0x0A, 0x0D: false
            case 0x00...0x1F, 0xFFFE, 0xFFFF: true
            default: false
            }
        }
    }

    /// "U+000B", for messages.
    static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// Logs `.textTooLong` when `text` is longer than its field's limit (`TextLimits`), else `.controlCharacter`
    /// when it holds a forbidden character, at `location`; returns whether it was clean.
    @discardableResult
    static func check(_ text: String, field: String, at location: SourceLocation, log: inout DiagnosticLog) -> Bool {
        if let maximum = TextLimits.maximum(for: field), text.utf8.count > maximum, text.count > maximum {
            log.error(.textTooLong(field: field, length: text.count, maximum: maximum), at: location)
            return false
        }
        guard let scalar = forbiddenCharacter(in: text) else { return true }
        log.error(.controlCharacter(field: field, codePoint: codePoint(scalar)), at: location)
        return false
    }
}
