/// The decimal-separator rules of a CSV usage file whose delimiter is not a comma, where both `41,2` and
/// `41.2` are decimals. German and Danish Excel write `.` as the thousands separator (`19.500` for
/// nineteen thousand five hundred), so a dot is trusted only where it cannot be one, and one file uses
/// one separator.
extension UsageRules {
    /// Whether `text` is 1–3 digits (not starting with 0), a dot, and exactly three digits (`19.500`,
    /// `1.000`, `999.250`): read as a decimal it could equally be a whole number with a thousands separator.
    /// `0.500` cannot be grouped digits and is not ambiguous; `1.234.567` has two separators and is refused
    /// as a thousands separator by `DecimalParser`.
    static func isAmbiguousDecimalPoint(_ utf8: String.UTF8View) -> Bool {
        let bytes = Array(utf8)
        guard (5...7).contains(bytes.count), let dot = bytes.firstIndex(of: UInt8(ascii: ".")),
              (1...3).contains(dot), bytes.count - dot - 1 == 3, bytes[0] != UInt8(ascii: "0") else { return false }
        return bytes.indices.allSatisfy { $0 == dot || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[$0]) }
    }

    /// Records which decimal separator the quantity `text` uses (none for a whole number) and reports
    /// `mixedDecimalSeparators` at the first quantity whose separator differs from the file's first one.
    /// Only for CSV rows where a decimal comma is allowed (`row.decimalComma`).
    mutating func checkDecimalSeparator(_ text: String, row: UsageRow, log: inout DiagnosticLog) {
        guard row.decimalComma, !reportedMixedSeparators, let field = row.quantity else { return }
        let separator: Character
        if text.contains(",") { separator = "," } else if text.contains(".") { separator = "." } else { return }
        guard let first = firstDecimalSeparator else {
            firstDecimalSeparator = (separator, field.location.line ?? row.location.line ?? 0)
            return
        }
        guard first.separator != separator else { return }
        reportedMixedSeparators = true
        log.error(.mixedDecimalSeparators(value: text, separator: String(separator), first: String(first.separator), line: first.line),
                  at: field.location)
    }
}
