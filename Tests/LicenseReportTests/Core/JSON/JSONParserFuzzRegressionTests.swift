import Foundation
import PropertyBased
import Testing
import TestSupport
@testable import LicenseReport

/// The replay of every input the JSON libFuzzer target (Fuzz/run-json-fuzzer.sh) saved, and the same
/// promises (`JSONParser.brokenPromise`) on generated input at every `swift test` (issue 10, point 17).
@Suite struct JSONParserFuzzRegressionTests {
    static let folder = Repository.url("Tests/LicenseReportTests/FuzzRegressions/json")

    /// Every saved input still keeps the parser's promises (as the fuzzer feeds it: made valid UTF-8).
    @Test func savedFuzzerInputsStillPass() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { !$0.hasPrefix(".") }.sorted()
        #expect(names.count >= 5, "the regression folder holds at least the seed regressions")
        for name in names {
            let bytes = try [UInt8](Data(contentsOf: Self.folder.appendingPathComponent(name)))
            let text = Array(String(decoding: bytes, as: UTF8.self).utf8)
            #expect(text.withUnsafeBufferPointer { JSONParser.brokenPromise($0) } == nil, "\(name)")
        }
    }

    /// The seeds say what they are about: the depth limit holds exactly at 256.
    @Test func theNestingSeedsSitOnTheLimit() throws {
        func parses(_ name: String) throws -> Bool {
            let bytes = try [UInt8](Data(contentsOf: Self.folder.appendingPathComponent(name)))
            return (try? bytes.withUnsafeBufferPointer { try JSONParser.parse($0) }) != nil
        }
        #expect(try parses("seed-nesting-at-limit"))
        #expect(try !parses("seed-nesting-beyond-limit"))
    }

    @Test func generatedJSONKeepsThePromises() async {
        await propertyCheck(count: 500, input: LoaderJSONFuzzTests.jsonLikeBytes) { bytes in
            let text = Array(String(decoding: bytes, as: UTF8.self).utf8)
            #expect(text.withUnsafeBufferPointer { JSONParser.brokenPromise($0) } == nil, "\(String(decoding: text, as: UTF8.self))")
        }
    }

    /// A value written by `write` is JSON that Foundation reads too (the round trip is not a private dialect).
    @Test func writtenValuesAreJSON() throws {
        let value = JSONValue.object([JSONMember(key: "a\"\\\n\u{1}", value: .array([.number("-1.5e3"), .string("æ😀\t"), .null, .bool(true)]))])
        let text = JSONParser.write(value)
        #expect(text == #"{"a\"\\\n\u0001":[-1.5e3,"æ😀\t",null,true]}"#)
        #expect(try JSONSerialization.jsonObject(with: Data(text.utf8)) is [String: Any])
    }
}
