/// `badge.svg`: a small status badge in the manner of shields.io (issue 12) for a wiki or a README: "licences"
/// on grey, then the worst fact on the colour of its state (green normal, amber warning with dark text, red
/// error). Standalone, so its colours are written in (no stylesheet reaches an embedded image); the text is
/// escaped as XML text. Widths are estimated at 7 units a character (11 px Verdana averages below that).
enum BadgeSVG {
    /// The badge of `headline`.
    static func render(_ headline: StatusHeadline) -> String {
        let label = DisplayText.badgeLabel
        let message = DisplayText.badgeMessage(headline)
        let (background, foreground) = colours(headline.level)
        let labelWidth = width(of: label), messageWidth = width(of: message)
        let total = labelWidth + messageWidth
        let spoken = MarkupEscaping.html("\(label): \(message)")
        return """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(total)" height="20" viewBox="0 0 \(total) 20" role="img" aria-label="\(spoken)">
            <title>\(spoken)</title>
            <rect width="\(labelWidth)" height="20" fill="#555555"/>
            <rect x="\(labelWidth)" width="\(messageWidth)" height="20" fill="\(background)"/>
            <g font-family="Verdana,DejaVu Sans,sans-serif" font-size="11" text-anchor="middle">
            <text x="\(labelWidth / 2)" y="14" fill="#ffffff">\(MarkupEscaping.html(label))</text>
            <text x="\(labelWidth + messageWidth / 2)" y="14" fill="\(foreground)">\(MarkupEscaping.html(message))</text>
            </g>
            </svg>

            """
    }

    /// Background and text colour of a state; each pair has a contrast of at least 4.5:1.
    static func colours(_ level: StatusLevel) -> (String, String) {
        switch level {
        case .normal: ("#2e7d32", "#ffffff")
        case .warning: ("#ffc107", "#1a1a1a")
        case .error: ("#c62828", "#ffffff")
        }
    }

    private static func width(of text: String) -> Int { text.unicodeScalars.count * 7 + 12 }
}
