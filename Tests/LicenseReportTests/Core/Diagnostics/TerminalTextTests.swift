import Testing
@testable import LicenseReport

/// Text from the data is shown terminal-safe in every message (issue 10, point 15).
@Suite struct TerminalTextTests {
    @Test(arguments: [
        ("Period", "Period"),
        ("Åse Bjørnstad 😀", "Åse Bjørnstad 😀"),
        ("\u{1B}[2J", "\\u{1B}[2J"),
        ("a\u{0}b", "a\\u{0}b"),
        ("tab\there\nnew\rline", "tab\\u{9}here\\u{A}new\\u{D}line"),
        ("del\u{7F}", "del\\u{7F}"),
        ("c1\u{9B}31m", "c1\\u{9B}31m"),
        ("abc\u{202E}fed", "abc\\u{202E}fed"),
        ("isolate\u{2066}x\u{2069}", "isolate\\u{2066}x\\u{2069}"),
        ("one\u{2028}two", "one\\u{2028}two"),
    ])
    func controlCharactersAreEscaped(text: String, shown: String) {
        #expect(TerminalText.shown(text) == shown)
    }

    @Test func longTextIsCutWithAnEllipsis() {
        let shown = TerminalText.shown(String(repeating: "x", count: 1000))
        #expect(shown == String(repeating: "x", count: 200) + "…")
        #expect(TerminalText.shown(String(repeating: "x", count: 200)) == String(repeating: "x", count: 200))
    }

    @Test func escapesCountTowardsTheLengthAndAreNeverSplit() {
        let shown = TerminalText.shown(String(repeating: "\u{0}", count: 1_048_576))
        #expect(shown == String(repeating: "\\u{0}", count: 40) + "…")
        #expect(!shown.unicodeScalars.contains { $0.value < 0x20 })
    }

    @Test func pathsAreEscapedButNotCut() {
        let long = "/" + String(repeating: "d", count: 300)
        #expect(TerminalText.shown(long + "\u{1B}", maximumLength: .max) == long + "\\u{1B}")
    }

    /// A message shows the data escaped; the program's own text is as written.
    @Test func messagesEscapeTheirValues() {
        #expect(Reason.unknownField(name: "\u{1B}[2JX").message == "unknown field '\\u{1B}[2JX' is ignored")
        #expect(Reason.unknownValue(field: "Service", value: "\u{1B}]0;x\u{7}", known: ["A\u{1B}", "B"]).message
            == "unknown Service '\\u{1B}]0;x\\u{7}'; known values: A\\u{1B}, B")
        #expect(Reason.missingColumn(name: String(repeating: "\u{0}", count: 5_000_000)).message.utf8.count < 300)
    }

    /// A detail the program composed keeps its words (up to 1,000 characters), escaped all the same.
    @Test func detailsAreEscapedAndCutLater() {
        let explanation = "it holds a whole site (index.html, index.md, licenses.html), which `usage` would replace with one month: "
            + "to add the month to the site run `license-report build`, or give `usage` a new --output folder (the default is usage-2026-10)"
        #expect(Reason.refusedOutput(path: "site", detail: explanation).message == "will not replace site: " + explanation)
        #expect(Reason.cannotWrite(path: "s", detail: "\u{1B}[2J" + String(repeating: "x", count: 5_000)).message.count == "cannot write s: ".count + 1_001)
        #expect(Reason.cannotWrite(path: "s", detail: "\u{1B}").message == "cannot write s: \\u{1B}")
    }

    /// A JSON path holds keys from the data: it is escaped and cut like a value.
    @Test func locationsAreEscaped() {
        let location = SourceLocation(file: "acme/\u{1B}license.json", jsonPath: JSONPath.root.appending(key: "\u{1B}[2J").text)
        #expect(Diagnostic(.unknownField(name: "\u{1B}[2J"), at: location, severity: .warning).description
            == #"acme/\u{1B}license.json: $["\u{1B}[2J"]: warning: unknown field '\u{1B}[2J' is ignored"#)
        let long = SourceLocation(file: "a.json", jsonPath: JSONPath.root.appending(key: String(repeating: "k", count: 5000)).text)
        #expect(long.description.count < 220)
    }

    /// Every reason that carries text from the data shows it escaped and bounded: no control character
    /// reaches the terminal, and a huge value does not make a huge line.
    /// (A loop, not arguments: the test log would print each hostile value whole.)
    @Test func everyReasonWithTextIsSafe() {
        for (index, reason) in Self.reasonsWithText(Self.hostile).enumerated() {
            let message = reason.message
            #expect(!message.unicodeScalars.contains(where: TerminalText.needsEscape), "reason \(index)")
            #expect(message.count < 2_000, "reason \(index): \(message.prefix(80))")
        }
    }

    static let hostile = "\u{1B}[2J\u{1B}[31mfake: error\u{0}" + String(repeating: "\u{0}", count: 100_000)

    static func reasonsWithText(_ text: String) -> [Reason] {
        [
            .invalidArgument(option: text, value: text, expected: text), .noUsageForMonth(month: text, available: [text, text]),
            .datasetNotFound(path: text), .folderNotFound(path: text), .defaultDatasetNotFound(path: text), .missingFile(name: text),
            .unreadableFile(detail: text), .conflictingFiles(first: text, second: text), .unsafeTenantName(name: text), .invalidShardPart(path: text, detail: text), .requiredWith(name: text, because: text),
            .duplicateHeader(name: text), .missingColumn(name: text), .malformedJSON(detail: text), .missingKey(key: text),
            .wrongType(expected: text, found: text), .duplicateKey(key: text), .unknownField(name: text),
            .invalidCount(field: text, value: text), .invalidDecimal(field: text, value: text), .thousandsSeparator(field: text, value: text),
            .ambiguousDecimalPoint(field: text, value: text), .notFinite(field: text, value: text), .negativeValue(field: text, value: text),
            .nonPositiveBlockSize(value: text), .invalidPeriod(value: text), .invalidDate(field: text, value: text),
            .unknownValue(field: text, value: text, known: [text]), .unknownTimeZone(value: text), .invalidCurrency(value: text),
            .tooManyDecimals(field: text, value: text, maximum: 6), .controlCharacter(field: text, codePoint: text), .emptyValue(field: text),
            .duplicateActiveUsers(month: text, first: text), .missingTariff(service: text), .duplicateTariff(service: text),
            .duplicateLicenseName(name: text, owner: text, first: text), .duplicateOwner(name: text, first: text),
            .mixedDecimalSeparators(value: text, separator: text, first: text, line: 3), .mixedPeriods(service: text, month: text),
            .unknownRestrictionLimit(name: text, plan: text), .restrictionFlagMismatch(name: text, flag: text, given: true, computedLevel: text),
            .usageIgnoredForCRMSuite(file: text), .eventFinishedBeforeRegistered(event: text),
            .templatesFolderNotFound(path: text), .unreadableTemplate(detail: text), .templateMissing(name: text),
            .templateSyntax(detail: text), .templateEscaping(detail: text),
            .malformedPage(detail: text, template: text), .duplicateID(id: text, template: text), .danglingLink(href: text, template: text),
            .missingAlt(template: text), .tableWithoutHeader(template: text), .markdownTableCells(expected: 1, found: 2, template: text),
            .cannotWrite(path: text, detail: text), .refusedOutput(path: text, detail: text),
            .unreadableFolder(path: text, detail: text), .notRegularFile(name: text, kind: text),
            .fileTooLarge(name: text, bytes: 5, maximum: 4), .linkOutsideDataset(name: text, target: text),
            .textTooLong(field: text, length: 300, maximum: 256), .numberTooLarge(field: text, value: text, limit: text),
            .monthQuantityTooLarge(service: text, month: text, limit: text), .dateOutOfRange(field: text, value: text, first: 1900, last: 9998),
            .unknownUsers(month: text), .noUsersInUse(month: text),
            .templatePartialMissing(name: text), .templatePartialCycle(chain: [text, text]),
            .outputLocked(path: text, lockFile: text, seconds: 60), .waitingForLock(path: text, lockFile: text, seconds: 60),
            .publishInterrupted(path: text), .fleetInterrupted(path: text, published: 3, total: 9),
            .previousSiteLeftBehind(path: text, detail: text),
            .staleStagingLeftBehind(path: text, detail: text), .publishNotDurable(path: text, detail: text),
        ]
    }
}
