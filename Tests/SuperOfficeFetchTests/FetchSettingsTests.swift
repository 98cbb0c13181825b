import Foundation
import LicenseReport
import Testing
@testable import SuperOfficeFetch

/// The inputs of a fetch that need no server: BASE_URL, credentials, the credentials file, the retry waits.
@Suite struct FetchSettingsTests {
    struct URLCase: CustomTestStringConvertible, Sendable {
        var argument: String
        /// The normalised root, or `nil` when refused.
        var accepted: String?
        var testDescription: String { argument }
    }

    static let urls: [URLCase] = [
        .init(argument: "https://crm.example.com/superoffice/api", accepted: "https://crm.example.com/superoffice/api"),
        .init(argument: "https://online3.superoffice.com/Cust12345/api/", accepted: "https://online3.superoffice.com/Cust12345/api"),
        .init(argument: "HTTPS://crm.example.com:8443/api", accepted: "https://crm.example.com:8443/api"),
        .init(argument: "http://127.0.0.1:8080/api", accepted: "http://127.0.0.1:8080/api"),
        .init(argument: "http://localhost/api", accepted: "http://localhost/api"),
        .init(argument: "http://[::1]:9000/api", accepted: "http://[::1]:9000/api"),
        .init(argument: "http://crm.example.com/api", accepted: nil),        // Basic credentials in clear text
        .init(argument: "http://127.evil.example/api", accepted: nil),      // a host name, not a loopback address
        .init(argument: "https://crm.example.com/api/v1", accepted: nil),   // the calls add /v1
        .init(argument: "https://crm.example.com/api?x=1", accepted: nil),
        .init(argument: "ftp://crm.example.com/api", accepted: nil),
        .init(argument: "crm.example.com/api", accepted: nil),
    ]

    @Test(arguments: urls)
    func baseURLs(_ testCase: URLCase) {
        let result = Result { () throws(DiagnosticError) in try BaseURL(testCase.argument) }
        switch (result, testCase.accepted) {
        case (.success(let base), let accepted?): #expect(base.text == accepted)
        case (.failure(let error), nil): #expect(error.stage == .commandLine)
        default: Issue.record("\(testCase.argument): \(result)")
        }
    }

    @Test func aPasswordInTheURLIsRefusedWithoutEchoingIt() {
        let result = Result { () throws(DiagnosticError) in try BaseURL("https://nightly:s3cret@crm.example.com/api") }
        guard case .failure(let error) = result else { Issue.record("accepted"); return }
        #expect(!error.description.contains("s3cret"))
        #expect(error.description == "error: invalid value '…' for BASE_URL: expected a URL without a user name or password: give them in SUPEROFFICE_USERNAME and SUPEROFFICE_PASSWORD")
    }

    struct CredentialCase: CustomTestStringConvertible, Sendable {
        var name: String
        var variables: [String: String]
        /// The description, or the error message.
        var expected: String
        var testDescription: String { name }
    }

    static let credentialCases: [CredentialCase] = [
        .init(name: "basic", variables: ["SUPEROFFICE_USERNAME": "nightly", "SUPEROFFICE_PASSWORD": "pw"], expected: "Basic authentication as nightly"),
        .init(name: "ticket", variables: ["SUPEROFFICE_TICKET": "7T:x", "SUPEROFFICE_APP_TOKEN": "t"], expected: "SOTicket authentication"),
        .init(name: "basic wins over ticket", variables: ["SUPEROFFICE_USERNAME": "a", "SUPEROFFICE_PASSWORD": "b", "SUPEROFFICE_TICKET": "c",
                                                          "SUPEROFFICE_APP_TOKEN": "d"], expected: "Basic authentication as a"),
        .init(name: "password only", variables: ["SUPEROFFICE_PASSWORD": "pw"],
              expected: "SUPEROFFICE_PASSWORD is set but SUPEROFFICE_USERNAME is not: give both"),
        .init(name: "ticket only", variables: ["SUPEROFFICE_TICKET": "7T:x", "SUPEROFFICE_APP_TOKEN": ""],
              expected: "SUPEROFFICE_TICKET is set but SUPEROFFICE_APP_TOKEN is not: give both"),
        .init(name: "none", variables: ["HOME": "/root"],
              expected: "no credentials: set SUPEROFFICE_USERNAME and SUPEROFFICE_PASSWORD (on-premise), or SUPEROFFICE_TICKET and SUPEROFFICE_APP_TOKEN (Online), or give --credentials FILE"),
    ]

    @Test(arguments: credentialCases)
    func credentials(_ testCase: CredentialCase) {
        switch Result(catching: { () throws(DiagnosticError) in try Credentials.from(testCase.variables) }) {
        case .success(let credentials): #expect(credentials.description == testCase.expected)
        case .failure(let error): #expect(error.diagnostics.map(\.message) == [testCase.expected])
        }
    }

    @Test func noDescriptionShowsASecret() throws {
        for credentials in [try Credentials.from(["SUPEROFFICE_USERNAME": "nightly", "SUPEROFFICE_PASSWORD": "hunter2-secret"]),
                            try Credentials.from(["SUPEROFFICE_TICKET": "7T:ticket-secret", "SUPEROFFICE_APP_TOKEN": "token-secret"])] {
            var dumped = ""
            dump(credentials, to: &dumped)
            for text in ["\(credentials)", String(reflecting: credentials), dumped, "\(FetchRequestBox(credentials))"] {
                #expect(!credentials.secrets.contains { text.contains($0) }, "\(text)")
            }
        }
    }

    /// A value holding credentials, printed as a whole (as a log line of a request would).
    struct FetchRequestBox { var credentials: Credentials; init(_ c: Credentials) { credentials = c } }

    @Test func theCredentialsFile() throws {
        let file = try Self.file("# nightly job\r\nSUPEROFFICE_USERNAME=nightly\r\n\nSUPEROFFICE_PASSWORD= p=w \"x\"#1\r\n", mode: 0o600)
        defer { try? FileManager.default.removeItem(atPath: file) }
        #expect(try CredentialsFile.read(file) == ["SUPEROFFICE_USERNAME": "nightly", "SUPEROFFICE_PASSWORD": " p=w \"x\"#1"])
    }

    struct FileCase: CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        var mode: Int
        var expected: String
        var testDescription: String { name }
    }

    static let fileCases: [FileCase] = [
        .init(name: "readable by others", text: "SUPEROFFICE_USERNAME=a\n", mode: 0o644,
              expected: "error: credentials file FILE can be read or written by others (mode 0644): run chmod 600 FILE"),
        .init(name: "group-readable", text: "SUPEROFFICE_USERNAME=a\n", mode: 0o640,
              expected: "error: credentials file FILE can be read or written by others (mode 0640): run chmod 600 FILE"),
        .init(name: "a line without =", text: "SUPEROFFICE_USERNAME=a\nhunter2\n", mode: 0o600,
              expected: "FILE:2: error: not a usable credentials file: expected KEY=VALUE"),
        .init(name: "an unknown key", text: "SUPEROFFICE_USER=a\n", mode: 0o400,
              expected: "FILE:1: error: not a usable credentials file: unknown key SUPEROFFICE_USER; expected one of SUPEROFFICE_USERNAME, SUPEROFFICE_PASSWORD, SUPEROFFICE_TICKET, SUPEROFFICE_APP_TOKEN"),
        .init(name: "a pasted secret is not echoed", text: "p@ss=word\n", mode: 0o600,
              expected: "FILE:1: error: not a usable credentials file: unknown key; expected one of SUPEROFFICE_USERNAME, SUPEROFFICE_PASSWORD, SUPEROFFICE_TICKET, SUPEROFFICE_APP_TOKEN"),
        .init(name: "a key twice", text: "SUPEROFFICE_TICKET=a\nSUPEROFFICE_TICKET=b\n", mode: 0o600,
              expected: "FILE:2: error: not a usable credentials file: SUPEROFFICE_TICKET is given twice"),
    ]

    @Test(arguments: fileCases)
    func credentialsFileErrors(_ testCase: FileCase) throws {
        let file = try Self.file(testCase.text, mode: testCase.mode)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let result = Result { () throws(DiagnosticError) in try CredentialsFile.read(file) }
        guard case .failure(let error) = result else { Issue.record("accepted"); return }
        #expect(error.description == testCase.expected.replacingOccurrences(of: "FILE", with: file))
        #expect(!error.description.contains("hunter2") && !error.description.contains("word"))
    }

    @Test func aMissingCredentialsFile() {
        let result = Result { () throws(DiagnosticError) in try CredentialsFile.read("/nonexistent/credentials") }
        guard case .failure(let error) = result else { Issue.record("accepted"); return }
        #expect(error.description == "/nonexistent/credentials: error: not a usable credentials file: No such file or directory")
    }

    struct DelayCase: CustomTestStringConvertible, Sendable {
        var retry: Int
        var retryAfter: Double?
        var random: Double
        var expected: Double?
        var testDescription: String { "retry \(retry), Retry-After \(retryAfter.map { "\($0)" } ?? "none"), random \(random)" }
    }

    /// 1 s doubling, half of each step fixed and half random, at least Retry-After, at most 60 s.
    static let delays: [DelayCase] = [
        .init(retry: 1, retryAfter: nil, random: 0, expected: 0.5), .init(retry: 1, retryAfter: nil, random: 1, expected: 1),
        .init(retry: 2, retryAfter: nil, random: 0.5, expected: 1.5), .init(retry: 3, retryAfter: nil, random: 1, expected: 4),
        .init(retry: 8, retryAfter: nil, random: 1, expected: 60), .init(retry: 1, retryAfter: 30, random: 0, expected: 30),
        .init(retry: 1, retryAfter: 60, random: 0, expected: 60), .init(retry: 1, retryAfter: 61, random: 0, expected: nil),
    ]

    @Test(arguments: delays)
    func retryDelays(_ testCase: DelayCase) {
        #expect(RetryPolicy().delay(beforeRetry: testCase.retry, retryAfter: testCase.retryAfter, random: testCase.random) == testCase.expected)
    }

    @Test func retryAfterHeaders() {
        let now = Date(timeIntervalSince1970: 1_792_567_680)   // 2026-10-21T07:28:00Z
        #expect(RetryPolicy.retryAfterSeconds("120", now: now) == 120)
        #expect(RetryPolicy.retryAfterSeconds(" 0 ", now: now) == 0)
        #expect(RetryPolicy.retryAfterSeconds("Wed, 21 Oct 2026 07:29:30 GMT", now: now) == 90)
        #expect(RetryPolicy.retryAfterSeconds("Wed, 21 Oct 2026 07:00:00 GMT", now: now) == 0)
        #expect(RetryPolicy.retryAfterSeconds("-5", now: now) == nil)
        #expect(RetryPolicy.retryAfterSeconds("soon", now: now) == nil)
    }

    static func file(_ text: String, mode: Int) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("credentials-\(UUID().uuidString)").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
        return path
    }
}
