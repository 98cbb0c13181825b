import Testing
import TestSupport
@testable import LicenseReport

/// `DiagnosticCase`: the text to write and the place the diagnostic must name.
@Suite struct DiagnosticCaseTests {
    @Test func aPathCaseIsAtItsPath() {
        let test = DiagnosticCase("unknown plan", #"{"Plan": "X"}"#, at: "$.Plan", .invalidCurrency(value: "X"))
        #expect(test.text() == #"{"Plan": "X"}"#)
        #expect(test.location(in: "d/status.json") == LicenseReport.SourceLocation(file: "d/status.json", jsonPath: "$.Plan"))
        #expect(test.testDescription == "unknown plan")
    }

    @Test func aMarkedCaseIsAtItsMarkerAfterThePrefix() {
        let test = DiagnosticCase("unknown service", "2026-03,1️⃣Faxes,10", .emptyValue(field: "Service"))
        #expect(test.text(after: "Period,Service,Quantity\n") == "Period,Service,Quantity\n2026-03,Faxes,10")
        #expect(test.location(in: "d/usage.csv", after: "Period,Service,Quantity\n")
            == LicenseReport.SourceLocation(file: "d/usage.csv", line: 2, column: 9))
        #expect(test.location(in: "d/usage.csv") == LicenseReport.SourceLocation(file: "d/usage.csv", line: 1, column: 9))
        #expect(test.location(in: "d/usage.csv", after: "P;") == LicenseReport.SourceLocation(file: "d/usage.csv", line: 1, column: 11))
    }
}
