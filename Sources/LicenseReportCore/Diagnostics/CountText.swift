/// A count with its noun in the right number, for every summary the program prints: "1 warning",
/// "2 warnings", "0 errors".
public enum CountText {
    /// `count` and `singular`, or `plural` (default: `singular` + "s") unless the count is 1.
    public static func of(_ count: Int, _ singular: String, plural: String? = nil) -> String {
        "\(count) " + (count == 1 ? singular : plural ?? singular + "s")
    }
}
