import Testing
@testable import LicenseReport

/// Length limits of JSON strings and of text fields (issue 10, point 11), as positioned errors.
@Suite struct TextLengthLimitTests {
    static let limit = JSONParser.maximumStringBytes

    @Test func theParserRefusesAStringOverOneMebibyteAtItsQuote() {
        let text = #"{"Note": ""# + String(repeating: "a", count: Self.limit + 1) + #""}"#
        let bytes = Array(text.utf8)
        let error = #expect(throws: JSONParser.SyntaxError.self) { _ = try bytes.withUnsafeBufferPointer { try JSONParser.parse($0) } }
        #expect(error?.byteOffset == 9)
        #expect(error?.detail == "string longer than 1048576 bytes (1 MiB): check for a missing closing quote")
    }

    @Test func theParserAcceptsAStringOfOneMebibyte() throws {
        let bytes = Array(("\"" + String(repeating: "ø", count: Self.limit / 2) + "\"").utf8)
        #expect(try bytes.withUnsafeBufferPointer { try JSONParser.parse($0) } == .string(String(repeating: "ø", count: Self.limit / 2)))
    }

    /// Escapes count as written: a string of escapes cannot run past the limit either.
    @Test func escapesCountAsWritten() {
        let bytes = Array(("[\"" + String(repeating: "\\n", count: Self.limit / 2 + 1) + "\"]").utf8)
        #expect(throws: JSONParser.SyntaxError.self) { _ = try bytes.withUnsafeBufferPointer { try JSONParser.parse($0) } }
    }

    @Test func aHugeKeyIsAPositionedSyntaxError() {
        let dataset = TemporaryDataset(["license.json": "{\n  \"" + String(repeating: "k", count: Self.limit + 10) + "\": 1}"])
        #expect(dataset.diagnostics() == [Diagnostic(.malformedJSON(detail: "string longer than 1048576 bytes (1 MiB): check for a missing closing quote"),
                                                     at: SourceLocation(file: dataset.file("license.json"), line: 2, column: 3))])
    }

    @Test(arguments: [("CompanyName", 256), ("OwnerName", 256), ("OwnerDescription", 1_000)])
    func ownerNamesHaveTheirLimit(key: String, maximum: Int) throws {
        func owner(_ value: String) -> String {
            var fields = ["OwnerName": "SUPEROFFICE", "CompanyName": "Nordlys AS", "OwnerDescription": "SuperOffice AS"]
            fields[key] = value
            return #"{"OwnerName": "\#(fields["OwnerName"]!)", "OwnerDescription": "\#(fields["OwnerDescription"]!)", "CompanyName": "\#(fields["CompanyName"]!)", "SerialNr": "1", "ModuleLicenses": []}"#
        }
        let atLimit = TemporaryDataset(["license.json": owner(String(repeating: "Å", count: maximum))])
        #expect(try atLimit.load().get().dataset.owners.count == 1)
        let over = TemporaryDataset(["license.json": owner(String(repeating: "Å", count: maximum + 1))])
        #expect(over.diagnostics() == [Diagnostic(.textTooLong(field: key, length: maximum + 1, maximum: maximum), at: over.at("license.json", "$.\(key)"))])
    }

    @Test func aLicenceDescriptionHasItsLimit() {
        let dataset = TemporaryDataset(["license.json": Sample.license(licence: #""Name": "A", "LicenseType": "UserLicense", "Total": 1, "InUse": 0, "Description": ""# + String(repeating: "d", count: 1_001) + "\"")])
        #expect(dataset.diagnostics().map(\.description) == [
            "\(dataset.file("license.json")): $.ModuleLicenses[0].Description: error: Description is 1001 characters long; at most 1000 are allowed",
        ])
    }

    @Test func anEventNameInCSVHasItsLimit() {
        let dataset = TemporaryDataset(["license.json": Sample.license,
                                        "events.csv": "eventname,scope\n" + String(repeating: "e", count: 257) + ",1\n"])
        #expect(dataset.diagnostics() == [Diagnostic(.textTooLong(field: "eventname", length: 257, maximum: 256), at: dataset.at("events.csv", line: 2, column: 1))])
    }

    @Test func theLimitsAreThoseTheDocsName() {
        #expect(TextLimits.maximumCharacters.filter { $0.value == 256 }.keys.sorted() == [
            "CompanyName", "Name", "OwnerName", "PreparedFor", "SerialNr", "Subscription", "Type", "Unit", "eventname",
            "registered_associate_id/assocName", "registered_associate_id/fullName", "status", "type",
        ])
        #expect(TextLimits.maximumCharacters.filter { $0.value != 256 } == [
            "OwnerDescription": 1_000, "Description": 1_000, "UpgradeUrl": 2_048, "InfoUrl": 2_048, "Note": 10_000, "eventmess": 10_000,
        ])
    }
}
