/// The pieces `Reason.message` composes its sentences from, apart so that the message table stays one
/// screen of cases per stage.
extension Reason {
    /// `19.500` read as a decimal, written with a decimal comma and without trailing zeros: `19,5`; `18.000` → `18`.
    static func decimalCommaText(_ value: String) -> String {
        guard let dot = value.firstIndex(of: ".") else { return value }
        let integer = value[..<dot]
        let fraction = value[value.index(after: dot)...].reversed().drop { $0 == "0" }.reversed()
        return fraction.isEmpty ? String(integer) : integer + "," + String(fraction)
    }

    /// "a, b or c".
    static func either(_ names: [String]) -> String {
        names.count > 1 ? names.dropLast().joined(separator: ", ") + " or " + names[names.count - 1] : names.joined()
    }

    static func counted(_ count: Int, _ noun: String) -> MessageText {
        "\(CountText.of(count, noun))"
    }

    /// `4 MiB`, `16 GiB`: a limit in the binary units docs/dataset-format.md uses.
    static func binarySize(_ bytes: Int) -> String {
        let units: [(Int, String)] = [(1 << 30, "GiB"), (1 << 20, "MiB"), (1 << 10, "KiB")]
        for (size, unit) in units where bytes >= size && bytes % size == 0 { return "\(bytes / size) \(unit)" }
        return "\(bytes) bytes"
    }

    static func fromTemplate(_ template: String?) -> MessageText {
        guard let template else { return "" }
        return " (from template \(template))"
    }
}
