import Foundation
import Testing
import TestSupport

/// The summary lines the binary prints: counts in the right number, real totals, the tally last
/// (issue 10, point 16).
@Suite struct SummaryLineTests {
    @Test func oneWarningIsOneWarning() throws {
        let dataset = try Repository.copyOfFixture("nordlys-module-based")
        let usage = dataset.appendingPathComponent("usage.csv")
        let text = try String(contentsOf: usage, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let withNote = ([lines[0] + ",Note"] + lines.dropFirst().map { $0.isEmpty ? $0 : $0 + ",x" }).joined(separator: "\n")
        try Data(withNote.utf8).write(to: usage)
        let check = try LicenseReportBinary.run(["check", dataset.path])
        #expect(check.status == 0, "\(check.stderr)")
        #expect(check.stdout == "\(dataset.path): no errors, 1 warning.\n")
        let site = dataset.appendingPathComponent("site")
        let build = try LicenseReportBinary.run(["build", dataset.path, "--output", site.path, "--as-of", "2026-11-15"])
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stdout.hasSuffix(" files, 1 warning.\n"), "\(build.stdout)")
    }

    @Test func moreThanAThousandProblemsEndWithTheTallyAndTheRealTotal() throws {
        let dataset = try Repository.copyOfFixture("nordlys-module-based")
        let rows = (1...1_500).map { _ in "2026-13,MailingsEmails,1" }.joined(separator: "\n")
        try Data(("Period,Service,Quantity\n" + rows + "\n").utf8).write(to: dataset.appendingPathComponent("usage.csv"))
        let result = try LicenseReportBinary.run(["check", dataset.path])
        #expect(result.status == 65)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 1_002)
        #expect(lines.first?.hasPrefix("\(dataset.path)/usage.csv:2:1: error: Period '2026-13'") == true, "\(lines.first ?? "")")
        #expect(lines.dropLast().last == "\(dataset.path)/usage.csv: error: 500 more problems in this file are not listed (500 errors, 0 warnings): fix the ones above (often one cause) and run again")
        #expect(lines.last == "1500 errors, 0 warnings.")
    }
}
