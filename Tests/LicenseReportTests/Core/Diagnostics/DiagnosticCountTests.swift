import Testing
@testable import LicenseReport

/// Over 1,000 problems in a file: the tally comes last and the counts are real (issue 10, point 16).
@Suite struct DiagnosticCountTests {
    @Test func theTallySortsLastInItsFile() {
        let tally = Diagnostic(.moreProblems(errors: 3, warnings: 1), at: SourceLocation(file: "a/usage.csv"))
        let row = Diagnostic(.blankLine, at: SourceLocation(file: "a/usage.csv", line: 9_000, column: 1))
        let other = Diagnostic(.emptyFile, at: SourceLocation(file: "a/events.csv", line: 1, column: 1))
        let later = Diagnostic(.emptyFile, at: SourceLocation(file: "b/usage.csv", line: 1, column: 1))
        let global = Diagnostic(.missingFile(name: "license.json"))
        #expect(DiagnosticError([later, tally, row, global, other]).diagnostics == [global, other, row, tally, later])
    }

    @Test func countsIncludeWhatATallyStandsFor() {
        let diagnostics = [
            Diagnostic(.blankLine, at: SourceLocation(file: "u.csv", line: 2, column: 1)),
            Diagnostic(.unknownField(name: "x"), at: SourceLocation(file: "u.csv", line: 1, column: 9), severity: .warning),
            Diagnostic(.moreProblems(errors: 4_000, warnings: 7), at: SourceLocation(file: "u.csv")),
        ]
        #expect(Diagnostic.counts(diagnostics) == (errors: 4_001, warnings: 8))
        #expect(DiagnosticError(diagnostics).errorCount == 4_001)
        #expect(DiagnosticError(diagnostics).warningCount == 8)
    }

    @Test func aFileOfBadRowsCountsEveryOne() {
        let rows = (1...1_500).map { _ in "2026-13,MailingsEmails,1" }.joined(separator: "\n")
        let dataset = LoaderUsageTests.csv("Period,Service,Quantity\n" + rows + "\n")
        let error = DiagnosticError(dataset.diagnostics())
        #expect(error.diagnostics.count == 1_001)
        #expect(error.errorCount == 1_500)
        #expect(error.diagnostics.last?.reason == .moreProblems(errors: 500, warnings: 0))
    }

    @Test(arguments: [(0, "0 warnings"), (1, "1 warning"), (2, "2 warnings")])
    func countsHaveTheRightNumber(count: Int, text: String) {
        #expect(CountText.of(count, "warning") == text)
        #expect(CountText.of(1, "metered line") == "1 metered line")
    }
}
