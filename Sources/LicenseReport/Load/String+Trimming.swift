extension StringProtocol {
    /// The text without surrounding spaces and tabs.
    var trimmingSpaces: String {
        if let first = unicodeScalars.first, let last = unicodeScalars.last, first != " ", first != "\t", last != " ", last != "\t" { return String(self) }
        return String(drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed())
    }
}
