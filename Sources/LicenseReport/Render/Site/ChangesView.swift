/// "What changed since the last build" (issue 12) for the `_changes` partial of the overview and the
/// status page, formatted from `Report.changes`.
struct ChangesView: Sendable {
    /// One change, in words.
    struct Line: Sendable {
        let changeText: String
    }

    /// "What changed".
    let changesTitle: String
    /// "Since the build of 2026-11-28", "Nothing changed since the build of 2026-11-28." or the first-build note.
    let changesIntro: String
    let changeLines: [Line]
    let hasChanges: Bool

    /// Formats the changes of `report`.
    init(report: Report) {
        changesTitle = DisplayText.changesTitle
        let lines = report.changes?.changes.map { Line(changeText: DisplayText.change($0)) } ?? []
        changeLines = lines
        hasChanges = !lines.isEmpty
        if let changes = report.changes {
            changesIntro = lines.isEmpty ? DisplayText.nothingChanged(since: changes.since) : DisplayText.changesHeading(since: changes.since)
        } else {
            changesIntro = DisplayText.firstBuild
        }
    }
}

extension ChangesView: MustacheViewModel {
    /// The stored properties of `ChangesView`, by name.
    static let mustacheKeys: TemplateKeys<Self> = [
        "changesTitle": .init(\.changesTitle) { $0.changesTitle }, "changesIntro": .init(\.changesIntro) { $0.changesIntro }, "changeLines": .init(\.changeLines) { $0.changeLines },
        "hasChanges": .init(\.hasChanges) { $0.hasChanges },
    ]
}

extension ChangesView.Line: MustacheViewModel {
    /// The stored properties of `ChangesView.Line`, by name.
    static let mustacheKeys: TemplateKeys<Self> = ["changeText": .init(\.changeText) { $0.changeText }]
}
