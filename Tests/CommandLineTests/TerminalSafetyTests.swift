import Foundation
import Testing
import TestSupport

/// What the binary prints of hostile data (issue 10, point 15): escaped control characters, bounded lines.
@Suite struct TerminalSafetyTests {
    @Test func escapeSequencesInAHeaderArePrintedEscaped() throws {
        let dataset = try Repository.copyOfFixture("nordlys-module-based")
        try Data("Period,Service,Quantity,\u{1B}[2J\u{1B}[31mX\n2026-03,MailingsEmails,1,a\n".utf8)
            .write(to: dataset.appendingPathComponent("usage.csv"))
        let result = try LicenseReportBinary.run(["check", dataset.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.unicodeScalars.contains("\u{1B}"))
        #expect(result.stderr.contains(#"usage.csv:1:25: warning: unknown field '\u{1B}[2J\u{1B}[31mX' is ignored"#), "\(result.stderr)")
    }

    @Test func aHugeHeaderOfNULsPrintsShortLines() throws {
        let dataset = try Repository.copyOfFixture("nordlys-module-based")
        var bytes = [UInt8](repeating: 0, count: 3_000_000)
        bytes += Array(",Period,Service,Quantity\n2026-03,MailingsEmails,1\n".utf8)
        try Data(bytes).write(to: dataset.appendingPathComponent("usage.csv"))
        let result = try LicenseReportBinary.run(["check", dataset.path])
        #expect(result.status == 65)
        #expect(!result.stderr.unicodeScalars.contains("\u{0}"))
        #expect(result.stderr.utf8.count < 4_000, "\(result.stderr.prefix(500))")
    }
}
