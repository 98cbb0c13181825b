extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and line breaks (ASCII whitespace as data
    /// exports pad it; no locale involved). The one trimming rule of the program, for input and pages alike.
    var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0.isNewline }
        // Fast path for the usual field, which has nothing to trim (the CSV loaders call this per field).
        if let first = unicodeScalars.first, let last = unicodeScalars.last, first.value > 0x20, last.value > 0x20,
           first.value < 0x7F, last.value < 0x7F {
            return String(self)
        }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[start...end])
    }
}
