import Foundation
import Testing
@testable import LicenseReport

/// A special character followed by a combining mark is one Swift `Character` but still the special
/// character to an XML parser, a CSV reader and cmark-gfm: escaping works on Unicode scalars.
@Suite struct CombiningMarkEscapingTests {
    @Test(arguments: [
        ("x<\u{0338}y", "x&lt;\u{0338}y"), ("&\u{0301}", "&amp;\u{0301}"), ("\"\u{0301}'\u{0301}", "&quot;\u{0301}&#39;\u{0301}"),
    ])
    func html(input: String, expected: String) {
        #expect(MarkupEscaping.html(input) == expected)
    }

    @Test(arguments: [
        ("GB,\u{0301}x", CSVDialect.standard, "\"GB,\u{0301}x\""), ("a;\u{0301}b", CSVDialect.excelNordic, "\"a;\u{0301}b\""),
        ("q\"\u{0301}", CSVDialect.standard, "\"q\"\"\u{0301}\""),
    ])
    func csvCellsAreQuoted(input: String, dialect: CSVDialect, expected: String) {
        #expect(CSVWriter.textCell(input, dialect: dialect) == expected)
    }

    @Test func markdownTableRowsCountAPipeWithACombiningMark() {
        #expect(MarkdownTables.row("| a |\u{0301} b | c |", line: 3).cellCount == 3)
        #expect(MarkdownTables.row("| a \\|\u{0301} b | c |", line: 3).cellCount == 2)
    }

    @Test(arguments: [
        ("Sys|\u{0301}tem", "Sys\\|\u{0301}tem"), ("`\u{0301}x`", "\\`\u{0301}x\\`"), ("*\u{0301}y*\u{0301}", "\\*\u{0301}y\\*\u{0301}"),
        ("a\r\nb", "a b"), ("1.\u{0301}", "1.\u{0301}"),
    ])
    func markdown(input: String, expected: String) {
        #expect(MarkupEscaping.markdown(input) == expected)
    }
}
