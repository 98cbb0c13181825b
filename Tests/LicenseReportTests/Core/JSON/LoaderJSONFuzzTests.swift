import Foundation
import PropertyBased
import Testing
@testable import LicenseReport

/// Property-based fuzzing of the JSON parser and the JSON loaders (issue 3): random and mutated input
/// never crashes or hangs, and always either loads or gives a positioned error.
@Suite struct LoaderJSONFuzzTests {
    /// Pieces of JSON, and bytes that are not UTF-8.
    static let tokens: [[UInt8]] = [
        "{", "}", "[", "]", ":", ",", "\"", "\\", "\\u", "\\ud800", "0", "-", "1.5", "e", "E+", "true", "false", "null", "NaN", "Infinity",
        " ", "\n", "\r\n", "\t", "\"OwnerName\"", "\"ModuleLicenses\"", "\"Total\"", "\"a\"", "æ", "😀", "2026-03",
    ].map { Array($0.utf8) } + [[0xFF], [0xC3], [0xED, 0xA0, 0x80], [0x00], [0xEF, 0xBB, 0xBF]]

    static let jsonLikeBytes = Gen.element(of: tokens).map { $0 ?? [] }.array(of: 0...80).map { Array($0.joined()) }
    static let randomBytes = Gen<UInt8>.value(in: 0...255).array(of: 0...200)

    @Test func parserNeverCrashesOnJSONLikeInput() async {
        await propertyCheck(count: 800, input: Self.jsonLikeBytes) { bytes in Self.checkParser(bytes) }
    }

    @Test func parserNeverCrashesOnRandomBytes() async {
        await propertyCheck(count: 300, input: Self.randomBytes) { bytes in Self.checkParser(bytes) }
    }

    /// The parser accepts exactly what Foundation's `JSONSerialization` accepts, for standard JSON.
    @Test func parserAgreesWithJSONSerialization() async {
        await propertyCheck(count: 800, input: Self.jsonLikeBytes) { bytes in
            // NUL is not JSON white space (RFC 8259 §2), but swift-foundation's JSONSerialization accepts
            // `\0 0` as the number 0: compare only inputs without NUL.
            guard !bytes.contains(0), UTF8Validation.firstInvalidOffset(bytes.withUnsafeBufferPointer { $0 }) == nil,
                  !["NaN", "Infinity", "\u{FEFF}"].contains(where: String(decoding: bytes, as: UTF8.self).contains) else { return }
            let ours = (try? bytes.withUnsafeBufferPointer { try JSONParser.parse($0) }) != nil
            let foundation = (try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])) != nil
            #expect(ours == foundation, "\(String(decoding: bytes, as: UTF8.self))")
        }
    }

    /// Any JSON value, written out (with escapes, white space and number forms), parses back to itself.
    @Test func writtenValuesParseBack() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...Int.max)) { seed in
            var random = SplitMix(seed: UInt64(truncatingIfNeeded: seed))
            let value = Self.randomValue(&random, depth: 0)
            let text = Self.write(value)
            let parsed = try? Array(text.utf8).withUnsafeBufferPointer { try JSONParser.parse($0) }
            #expect(parsed == value, "\(text)")
        }
    }

    static func randomValue(_ random: inout SplitMix, depth: Int) -> JSONValue {
        let pieces = ["", "a", "æ", "\"", "\\", "\n", "\u{1}", "😀", "/", " ", "Total"]
        func text() -> String { (0..<Int(random.next() % 4)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined() }
        switch random.next() % (depth > 3 ? 5 : 7) {
        case 0: return .null
        case 1: return .bool(random.next() % 2 == 0)
        case 2: return .number(["0", "-0", "12", "-1.5", "3.25e-2", "1E+3", "123456789012345678901234567890"][Int(random.next() % 7)])
        case 3, 4: return .string(text())
        case 5: return .array((0..<Int(random.next() % 4)).map { _ in randomValue(&random, depth: depth + 1) })
        default:
            var keys: Set<String> = []
            let members = (0..<Int(random.next() % 4)).compactMap { _ -> JSONMember? in
                let key = text() + String(keys.count)
                guard keys.insert(key.lowercased()).inserted else { return nil }
                return JSONMember(key: key, value: randomValue(&random, depth: depth + 1))
            }
            return .object(members)
        }
    }

    static func write(_ value: JSONValue) -> String {
        func quoted(_ text: String) -> String {
            "\"" + text.unicodeScalars.map { scalar -> String in
                switch scalar {
                case "\"": return "\\\""
                case "\\": return "\\\\"
                case "\n": return "\\n"
                case "/": return "\\/"
                case "😀": return "\\ud83d\\ude00"
                default: return scalar.value < 0x20 ? "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16) : String(scalar)
                }
            }.joined() + "\""
        }
        switch value {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let lexeme): return lexeme
        case .string(let text): return quoted(text)
        case .array(let elements): return "[ " + elements.map(write).joined(separator: " ,\n") + "]"
        case .object(let members): return "{" + members.map { quoted($0.key) + " :\t" + write($0.value) }.joined(separator: ",\r\n") + " }"
        }
    }

    /// Mutations of valid dataset files: each load either succeeds or reports only positioned diagnostics.
    @Test func mutatedDatasetFilesLoadOrExplainThemselves() async {
        let files: [(String, String)] = [
            ("license.json", "[" + Sample.owner + "]"),
            ("status.json", #"{"SubscriptionModel": "CrmSuite", "Plan": "Core", "TimeZone": "Europe/Oslo", "Restrictions": [{"Name": "Active projects", "ActiveCount": 85, "IsNearingMaximum": true}]}"#),
            ("tariffs.json", Sample.tariffs),
            ("usage.json", #"[{"Period": "2026-03-01", "Service": "StorageSpace", "Quantity": 41.2}, {"Period": "2026-03", "Service": "ActiveUsers", "Quantity": 12}]"#),
            ("events.json", #"[{"eventname": "Maintenance", "registered": "2026-03-04T14:05:09", "eta": "2026-03-04T23:00:00+01:00", "scope": 1}]"#),
        ]
        let mutation = Gen.int(in: 0...Int.max).array(of: 1...6)
        await propertyCheck(count: 120, input: Gen.int(in: 0...(files.count - 1)), mutation) { fileIndex, seeds in
            let (name, text) = files[fileIndex]
            var bytes = Array(text.utf8)
            for seed in seeds { Self.mutate(&bytes, seed: seed) }
            let dataset = TemporaryDataset(Dictionary(uniqueKeysWithValues: files.filter { $0.0 != name }))
            dataset.write(name, bytes: bytes)
            for diagnostic in dataset.diagnostics() {
                Self.expectPositioned(diagnostic, in: dataset, bytes: bytes)
            }
        }
    }

    /// Every input a fuzz run ever broke the loader with stays fixed (none so far beyond these seeds).
    @Test(arguments: ["", "\u{FEFF}", "[", "{\"a\":", "\"\\ud800\\u0041\"", "[1e999999999]", "-", "-Infinit", "[NaN,]", "{\"a\" 1}", "0.", "1e+"])
    func regressions(_ text: String) {
        Self.checkParser(Array(text.utf8))
    }

    static func checkParser(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { buffer in
            do throws(JSONParser.SyntaxError) {
                _ = try JSONParser.parse(buffer)
            } catch {
                #expect((0...bytes.count).contains(error.byteOffset), "offset \(error.byteOffset) outside 0...\(bytes.count)")
                #expect(!error.detail.isEmpty)
                let position = TextPosition.lineAndColumn(of: error.byteOffset, in: buffer)
                #expect(position.line >= 1 && position.column >= 1)
            }
        }
    }

    /// A diagnostic points into the dataset: a JSON path, a line and column, or (for a file that cannot be
    /// read as text at all) the file, with the byte offset in its message.
    static func expectPositioned(_ diagnostic: Diagnostic, in dataset: TemporaryDataset, bytes: [UInt8]) {
        guard let location = diagnostic.location else {
            Issue.record("no location: \(diagnostic)")
            return
        }
        #expect(location.file.hasPrefix(dataset.folder), "\(diagnostic)")
        switch diagnostic.reason {
        case .notUTF8(let offset):
            #expect((0..<bytes.count).contains(offset), "\(diagnostic)")
        case .malformedJSON:
            #expect((location.line ?? 0) >= 1 && (location.column ?? 0) >= 1, "\(diagnostic)")
        case .requiredWith, .conflictingFiles, .missingFile:
            #expect(location.file == dataset.folder, "\(diagnostic)")
        case .usageIgnoredForCRMSuite:
            #expect(location.file.hasPrefix(dataset.folder + "/usage."), "\(diagnostic)")
        default:
            #expect(location.jsonPath?.hasPrefix("$") == true, "\(diagnostic)")
        }
    }

    /// One random edit: delete, duplicate or overwrite a span, insert a token, or truncate.
    static func mutate(_ bytes: inout [UInt8], seed: Int) {
        var random = SplitMix(seed: UInt64(truncatingIfNeeded: seed))
        let position = bytes.isEmpty ? 0 : Int(random.next() % UInt64(bytes.count))
        let length = min(Int(random.next() % 8) + 1, bytes.count - position)
        switch random.next() % 5 {
        case 0: bytes.removeSubrange(position..<(position + length))
        case 1: bytes.insert(contentsOf: bytes[position..<(position + length)], at: position)
        case 2: bytes.insert(contentsOf: tokens[Int(random.next() % UInt64(tokens.count))], at: position)
        case 3: if position < bytes.count { bytes[position] = UInt8(truncatingIfNeeded: random.next()) }
        default: bytes.removeSubrange(position...)
        }
    }

    /// A tiny deterministic generator for mutations (SplitMix64).
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }
}
