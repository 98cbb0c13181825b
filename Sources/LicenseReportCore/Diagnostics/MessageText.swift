/// A diagnostic message as `Reason.message` builds it: the literal text is the program's own, and every
/// interpolated value is data, shown through `TerminalText.shown` (control characters escaped, cut to
/// 200 characters).
///
/// This is the one place messages become terminal-safe: a reason's message is a string literal with
/// interpolations, so a new reason gets the same treatment without anyone remembering to ask for it.
struct MessageText: ExpressibleByStringInterpolation {
    /// The finished message.
    private(set) var text: String

    init(stringLiteral value: String) { text = value }

    init(stringInterpolation: Interpolation) { text = stringInterpolation.text }

    /// Builds the text: literals as written, values escaped and cut.
    struct Interpolation: StringInterpolationProtocol {
        var text = ""

        init(literalCapacity: Int, interpolationCount: Int) {
            text.reserveCapacity(literalCapacity + 16 * interpolationCount)
        }

        mutating func appendLiteral(_ literal: String) { text += literal }

        /// A value from the data (or a path, a detail from a library): escaped and cut.
        mutating func appendInterpolation(_ value: String) { text += TerminalText.shown(value) }

        /// A detail the program composed (a system error, a library's message, an explanation with a path
        /// in it): escaped like a value, but cut only past `TerminalText.maximumDetailLength`, so that the
        /// program's own words survive while a value inside it still cannot flood the terminal.
        mutating func appendInterpolation(detail: String) {
            text += TerminalText.shown(detail, maximumLength: TerminalText.maximumDetailLength)
        }

        /// A count or position.
        mutating func appendInterpolation(_ value: Int) { text += String(value) }

        /// `true` or `false`.
        mutating func appendInterpolation(_ value: Bool) { text += value ? "true" : "false" }

        /// A list of values, each escaped and cut on its own, joined with `separator`.
        mutating func appendInterpolation(list values: [String], separator: String = ", ") {
            text += values.map { TerminalText.shown($0) }.joined(separator: separator)
        }

        /// A part built by another `MessageText` (already safe).
        mutating func appendInterpolation(_ part: MessageText) { text += part.text }
    }
}
