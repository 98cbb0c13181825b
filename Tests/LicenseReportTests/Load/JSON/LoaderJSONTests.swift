import Foundation
import Testing
import TestSupport
@testable import LicenseReport

/// JSON syntax and structure: positions of malformed JSON, missing keys, wrong types, unknown keys.
@Suite struct LoaderJSONTests {
    /// 1️⃣ marks where the parser must point.
    static let malformed: [DiagnosticCase] = [
        .init("missing comma", "{\n  \"OwnerName\": \"A\"\n  1️⃣\"CompanyName\": \"B\"\n}",
              .malformedJSON(detail: "expected ',' or '}' after an object member, found '\"'")),
        .init("trailing comma", "[\n  {\"OwnerName\": \"A\"},\n1️⃣]", .malformedJSON(detail: "trailing comma before ']'")),
        .init("unterminated string", "{\"OwnerName\": 1️⃣\"Nordlys}",
              .malformedJSON(detail: "unterminated string: the quote opened here is never closed")),
        .init("truncated", "[{\"OwnerName\": \"A\"1️⃣", .malformedJSON(detail: "unexpected end of file: expected ',' or '}'")),
        .init("single quotes", "{1️⃣'OwnerName': 1}", .malformedJSON(detail: "expected a key in double quotes, found '''")),
        .init("leading zero", "{\"Total\": 1️⃣012}", .malformedJSON(detail: "invalid number: leading zeros are not allowed")),
        .init("text after value", "{}\n1️⃣{}", .malformedJSON(detail: "unexpected text after the end of the JSON value")),
        .init("bad literal", "{\"IsHidden\": 1️⃣tru}", .malformedJSON(detail: "invalid literal: expected 'true'")),
        .init("empty file", "1️⃣", .malformedJSON(detail: "unexpected end of file: expected a value")),
        .init("raw tab in string", "{\"Name\": \"a1️⃣\tb\"}",
              .malformedJSON(detail: "control character byte 0x9 inside a string: write it as an escape such as \\n")),
        .init("column counts characters", "{\"CompanyName\": \"Ærø Øst\" 1️⃣x}",
              .malformedJSON(detail: "expected ',' or '}' after an object member, found 'x'")),
        .init("CRLF lines", "{\r\n\"a\": 1,\r\n\"b\" 1️⃣2}", .malformedJSON(detail: "expected ':' after the key \"b\"")),
    ]

    @Test(arguments: malformed) func malformedJSONHasLineAndColumn(_ test: DiagnosticCase) {
        let dataset = TemporaryDataset(["license.json": test.text()])
        #expect(dataset.diagnostics() == [Diagnostic(test.reason, at: test.location(in: dataset.file("license.json")))])
    }

    @Test func malformedJSONDescription() {
        let input = MarkedText("{\n  \"OwnerName\": \"A\",\n1️⃣}")
        let dataset = TemporaryDataset(["license.json": input.text])
        #expect(dataset.diagnostics().map(\.description) == [input.expanding("1️⃣ error: malformed JSON: trailing comma before '}'", file: dataset.file("license.json"))])
    }

    @Test func byteOrderMarkIsAccepted() throws {
        let dataset = TemporaryDataset()
        dataset.write("license.json", bytes: [0xEF, 0xBB, 0xBF] + Array(Sample.license.utf8))
        #expect(try dataset.load().get().dataset.owners.count == 1)
    }

    @Test func missingKeysAreAllReportedAtTheObject() {
        let dataset = TemporaryDataset(["license.json": #"[{"OwnerName": "SUPEROFFICE", "ModuleLicenses": [{"Name": "A", "LicenseType": "UserLicense"}]}]"#])
        #expect(dataset.diagnostics() == [
            Diagnostic(.missingKey(key: "CompanyName"), at: dataset.at("license.json", "$[0]")),
            Diagnostic(.missingKey(key: "SerialNr"), at: dataset.at("license.json", "$[0]")),
            Diagnostic(.missingKey(key: "InUse"), at: dataset.at("license.json", "$[0].ModuleLicenses[0]")),
            Diagnostic(.missingKey(key: "Total"), at: dataset.at("license.json", "$[0].ModuleLicenses[0]")),
        ])
    }

    @Test func wrongTypeIsNamedByItsPath() {
        let dataset = TemporaryDataset(["license.json": Sample.license(licence: #""Name": "A", "LicenseType": "UserLicense", "Total": "10", "InUse": 1, "IsHidden": "no""#)])
        #expect(dataset.diagnostics().map(\.description) == [
            "\(dataset.file("license.json")): $.ModuleLicenses[0].IsHidden: error: expected true or false, found a string",
            "\(dataset.file("license.json")): $.ModuleLicenses[0].Total: error: expected a whole number, found a string",
        ])
    }

    @Test func topLevelOfWrongType() {
        let dataset = TemporaryDataset(["license.json": #""SUPEROFFICE""#])
        #expect(dataset.diagnostics() == [Diagnostic(.wrongType(expected: "an array of licence owners or one owner object", found: "a string"),
                                                     at: dataset.at("license.json", "$"))])
    }

    @Test func nullForARequiredKey() {
        let dataset = TemporaryDataset(["license.json": #"{"OwnerName": "SUPEROFFICE", "CompanyName": null, "SerialNr": "1", "ModuleLicenses": []}"#])
        #expect(dataset.diagnostics() == [Diagnostic(.wrongType(expected: "a value", found: "null"), at: dataset.at("license.json", "$.CompanyName"))])
    }

    @Test func duplicatedKey() {
        let dataset = TemporaryDataset(["license.json": #"{"OwnerName": "SUPEROFFICE", "CompanyName": "A", "companyName": "B", "SerialNr": "1", "ModuleLicenses": []}"#])
        #expect(dataset.diagnostics() == [Diagnostic(.duplicateKey(key: "companyName"), at: dataset.at("license.json", "$.companyName"))])
    }

    @Test func keysMatchCaseInsensitively() throws {
        let dataset = TemporaryDataset(["license.json": #"{"ownerName": "SUPEROFFICE", "companyName": "A", "serialNr": 42, "moduleLicenses": []}"#])
        let owner = try #require(try dataset.load().get().dataset.owners.first)
        #expect(owner == LicenseOwner(ownerName: "SUPEROFFICE", companyName: "A", serialNr: "42", moduleLicenses: []))
    }

    /// docs/dataset-format.md "Conventions": keys and closed-list values match without regard to case in
    /// every JSON file; two keys that differ only in case are a duplicate (the Messages example).
    @Test func caseRulesOfTheDocsHoldInStatusJSON() throws {
        let loose = TemporaryDataset(["license.json": Sample.license,
                                      "status.json": #"{"timezone": "CET", "subscriptionmodel": "crmsuite", "PLAN": "core", "restrictions": []}"#])
        let status = try loose.load(strict: true).get().dataset.status
        #expect(status == DatabaseStatus(subscriptionModel: .crmSuite, plan: .core, timeZoneIdentifier: "CET"))

        let twice = TemporaryDataset(["license.json": Sample.license, "status.json": #"{"TimeZone": "CET", "timeZone": "UTC"}"#])
        #expect(twice.diagnostics().map(\.description) == [
            "\(twice.file("status.json")): $.timeZone: error: duplicated key 'timeZone': keep one of them",
        ])
    }

    @Test func unknownKeysAreWarnings() throws {
        let dataset = TemporaryDataset(["license.json": #"{"OwnerName": "SUPEROFFICE", "CompanyName": "A", "SerialNr": "1", "Colour": "red", "ModuleLicenses": [{"Name": "A", "LicenseType": "SiteLicense", "Total": 1, "InUse": 0, "Price": 3}]}"#])
        let checked = try dataset.load().get()
        #expect(checked.warnings == [
            Diagnostic(.unknownField(name: "Colour"), at: dataset.at("license.json", "$.Colour"), severity: .warning),
            Diagnostic(.unknownField(name: "Price"), at: dataset.at("license.json", "$.ModuleLicenses[0].Price"), severity: .warning),
        ])
        #expect(checked.warnings.map(\.description).first == "\(dataset.file("license.json")): $.Colour: warning: unknown field 'Colour' is ignored")
    }

    @Test func strictTurnsWarningsIntoErrors() {
        let dataset = TemporaryDataset(["license.json": #"{"OwnerName": "SUPEROFFICE", "CompanyName": "A", "SerialNr": "1", "Colour": "red", "ModuleLicenses": []}"#])
        #expect(dataset.diagnostics(strict: true) == [Diagnostic(.unknownField(name: "Colour"), at: dataset.at("license.json", "$.Colour"))])
    }

    @Test func keysThatAreNotIdentifiersAreQuotedInPaths() {
        #expect(JSONPath.root.appending(index: 2).appending(key: "registered_associate_id/fullName").text == #"$[2]["registered_associate_id/fullName"]"#)
        #expect(JSONPath.root.appending(key: "a\"b").text == #"$["a\"b"]"#)
        #expect(JSONPath.root.appending(key: "Total").text == "$.Total")
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let input = MarkedText(String(repeating: "[", count: 256) + "1️⃣" + String(repeating: "[", count: 10_000 - 256))
        let dataset = TemporaryDataset(["license.json": input.text])
        #expect(dataset.diagnostics() == [Diagnostic(.malformedJSON(detail: "nesting deeper than 256 levels"), at: dataset.at("license.json", input["1️⃣"]))])
    }

    @Test func stringEscapesAreDecoded() throws {
        let value = try [UInt8](#"{"a": "\u00e6\ud83d\ude00\n\"\/"}"#.utf8).withUnsafeBufferPointer { try JSONParser.parse($0) }
        #expect(value == .object([JSONMember(key: "a", value: .string("æ😀\n\"/"))]))
    }

    @Test func loneSurrogateIsAnError() {
        let input = MarkedText(#"{"OwnerName": "1️⃣\udc00"}"#)
        let dataset = TemporaryDataset(["license.json": input.text])
        #expect(dataset.diagnostics() == [Diagnostic(.malformedJSON(detail: "invalid \\u escape: a low surrogate without a high surrogate"),
                                                     at: dataset.at("license.json", input["1️⃣"]))])
    }
}
