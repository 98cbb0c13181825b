import FetchTestSupport
import Foundation
import Testing
import TestSupport

/// End-to-end: `license-report fetch` (the built binary) against a stand-in SuperOffice on 127.0.0.1, then
/// `build`; every failure exits with its code, says what to fix, shows no secret, and leaves the dataset as it was.
@Suite struct FetchCommandTests {
    static let fixture = Repository.url("fixtures/solvang-api")
    static let password = "Nightly-Pa55word-ø"
    /// The environment of a nightly job: these credentials and no others.
    static let environment = ["SUPEROFFICE_USERNAME": "nightly", "SUPEROFFICE_PASSWORD": password,
                              "SUPEROFFICE_TICKET": "", "SUPEROFFICE_APP_TOKEN": ""]
    /// Short waits, so that the failure cases take well under a second each.
    static let fast = ["--retries", "2", "--retry-delay", "0.01", "--timeout", "0.5", "--connect-timeout", "2", "--page-size", "2"]

    /// A dataset folder that holds the file fetch must keep (the fixture's status.json), and a stand-in server.
    struct Setup {
        let api: SuperOfficeStandIn
        let server: StandInServer
        let dataset: URL

        init() throws {
            api = try SuperOfficeStandIn(fixture: FetchCommandTests.fixture, accepted: .basic(username: "nightly", password: FetchCommandTests.password))
            let api = self.api
            server = try StandInServer { api.reply(to: $0) }
            dataset = try temporaryFolder("fetch").appendingPathComponent("solvang")
            try FileManager.default.createDirectory(at: dataset, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: FetchCommandTests.fixture.appendingPathComponent("status.json"),
                                             to: dataset.appendingPathComponent("status.json"))
        }

        func fetch(_ extra: [String] = [], environment: [String: String] = FetchCommandTests.environment) throws -> ProcessResult {
            try LicenseReportBinary.run(["fetch", server.baseURL(), "--output", dataset.path] + FetchCommandTests.fast + extra, environment: environment)
        }
    }

    @Test func fetchThenBuildGivesTheReportOfTheFixture() throws {
        let setup = try Setup()
        defer { setup.server.shutdown() }
        let fetched = try setup.fetch()
        #expect(fetched.status == 0, "\(fetched.stderr)")
        #expect(fetched.stdout == "Fetched \(setup.dataset.path)/ from \(setup.server.baseURL()): events.json, fencing/dashboards.json, fencing/license.json, fencing/marketing-flows.json, fencing/projects.json, license.json; 3 events, 0 warnings.\n")
        #expect(try LicenseReportBinary.run(["check", setup.dataset.path, "--strict"]).status == 0)

        let site = try temporaryFolder("fetched-site")
        let reference = try temporaryFolder("fixture-site")
        #expect(try LicenseReportBinary.run(["build", setup.dataset.path, "--output", site.path, "--as-of", "2026-11-15"]).status == 0)
        #expect(try LicenseReportBinary.run(["build", "fixtures/solvang-api", "--output", reference.path, "--as-of", "2026-11-15"]).status == 0)
        // report.json carries no dataset name: the fetched dataset computes exactly what the fixture does.
        let report = try Data(contentsOf: site.appendingPathComponent("report.json"))
        #expect(report == (try Data(contentsOf: reference.appendingPathComponent("report.json"))))
        let status = try String(contentsOf: site.appendingPathComponent("status.md"), encoding: .utf8)
        #expect(status.contains("| Active projects | 92 of 100 active projects | 92 % | ▲ Approaching limit |"))
        #expect(status.contains("| Dashboards | 14 dashboards, no limit | — | ∞ Unlimited |"))
        let licences = try String(contentsOf: site.appendingPathComponent("licenses.md"), encoding: .utf8)
        #expect(licences.contains("| CRM Suite (SuperOffice.CrmSuite) | 20 | 19 | 1 |"))
        // Fetching again replaces the API files and keeps status.json.
        #expect(try setup.fetch().status == 0)
        #expect(try snapshot(of: setup.dataset)["status.json"] == (try Data(contentsOf: Self.fixture.appendingPathComponent("status.json"))))
    }

    struct FailureCase: CustomTestStringConvertible, Sendable {
        var name: String
        var path: String
        var replies: [StandInReply]
        var environment: [String: String] = FetchCommandTests.environment
        var status: Int32
        /// The first line of standard error, with {base} for the API root.
        var firstLine: String
        var testDescription: String { name }
    }

    static let failures: [FailureCase] = [
        .init(name: "wrong password", path: "", replies: [],
              environment: environment.merging(["SUPEROFFICE_PASSWORD": "wrong-\(password)"]) { $1 }, status: 77,
              firstLine: "error: authentication failed for {base} (HTTP 401): check SUPEROFFICE_USERNAME/SUPEROFFICE_PASSWORD"),
        .init(name: "500 storm", path: "/api/v1/License", replies: Array(repeating: .json("{}", status: 500), count: 3), status: 69,
              firstLine: "error: GET {base}/v1/License: HTTP 500 Internal Server Error (3 attempts)"),
        .init(name: "truncated body", path: "/api/v1/Agents/Dash/GetDashboardFencingInfo", replies: [.json(#"{"ActiveCount": 14, "Maxim"#)],
              status: 76,
              firstLine: "error: POST {base}/v1/Agents/Dash/GetDashboardFencingInfo: unexpected response: it is not what fencing/dashboards.json holds (1 problem below); the dataset folder is unchanged"),
        .init(name: "timeout", path: "/api/v1/SystemEvent", replies: [.silence, .silence, .silence], status: 69,
              firstLine: "error: GET {base}/v1/SystemEvent?$skip=0&$top=2: no answer within 0.5 s (--timeout) (3 attempts)"),
        .init(name: "no credentials", path: "", replies: [], environment: ["SUPEROFFICE_USERNAME": "", "SUPEROFFICE_PASSWORD": ""], status: 78,
              firstLine: "error: no credentials: set SUPEROFFICE_USERNAME and SUPEROFFICE_PASSWORD (on-premise), or SUPEROFFICE_TICKET and SUPEROFFICE_APP_TOKEN (Online), or give --credentials FILE"),
    ]

    @Test(arguments: failures)
    func failuresExitWithTheirCodeAndKeepTheDataset(_ testCase: FailureCase) throws {
        let setup = try Setup()
        defer { setup.server.shutdown() }
        #expect(try setup.fetch().status == 0)
        let before = try snapshot(of: setup.dataset)
        setup.api.script(testCase.path, testCase.replies)
        let result = try setup.fetch(environment: testCase.environment)
        #expect(result.status == testCase.status, "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").first.map(String.init) == testCase.firstLine.replacingOccurrences(of: "{base}", with: setup.server.baseURL()))
        #expect(result.stdout == "")
        #expect(!(result.stdout + result.stderr).contains(Self.password))
        #expect(try snapshot(of: setup.dataset) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: setup.dataset.deletingLastPathComponent().path) == ["solvang"])
    }

    @Test func aTruncatedBodyNamesTheCallAndThePosition() throws {
        let setup = try Setup()
        defer { setup.server.shutdown() }
        setup.api.script("/api/v1/License", [.json("[{\"Reason\": \"\",\n \"Current\": {\"Compa")])
        let result = try setup.fetch()
        let call = "GET \(setup.server.baseURL())/v1/License"
        #expect(result.status == 76)
        #expect(result.stderr == """
        error: \(call): unexpected response: it is not what license.json holds (1 problem below); the dataset folder is unchanged
        \(call):2:14: error: malformed JSON: unterminated string: the quote opened here is never closed
        2 errors, 0 warnings.

        """)
    }

    @Test func theCredentialsFileMustBeTheOwnersOnly() throws {
        let setup = try Setup()
        defer { setup.server.shutdown() }
        let file = setup.dataset.deletingLastPathComponent().appendingPathComponent("credentials")
        try Data("SUPEROFFICE_USERNAME=nightly\nSUPEROFFICE_PASSWORD=\(Self.password)\n".utf8).write(to: file)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file.path)
        let empty = ["SUPEROFFICE_USERNAME": "", "SUPEROFFICE_PASSWORD": ""]
        let refused = try setup.fetch(["--credentials", file.path], environment: empty)
        #expect(refused.status == 78)
        #expect(refused.stderr.hasPrefix("error: credentials file \(file.path) can be read or written by others (mode 0644): run chmod 600 \(file.path)\n"))
        #expect(setup.server.requests.isEmpty)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
        let fetched = try setup.fetch(["--credentials", file.path], environment: empty)
        #expect(fetched.status == 0, "\(fetched.stderr)")
        // No file of the dataset holds the secret.
        #expect(try snapshot(of: setup.dataset).values.allSatisfy { !String(decoding: $0, as: UTF8.self).contains(Self.password) })
    }

    @Test func verboseLogsEveryCallAndRetryButNoSecret() throws {
        let setup = try Setup()
        defer { setup.server.shutdown() }
        setup.api.script("/api/v1/License", [.json("{}", status: 503)])
        let result = try setup.fetch(["--verbose"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("GET \(setup.server.baseURL())/v1/License: HTTP 503 Service Unavailable; retry 1 of 2 in "))
        #expect(result.stderr.contains("POST \(setup.server.baseURL())/v1/Agents/Project/GetProjectFencingInfo"))
        let basic = Data("nightly:\(Self.password)".utf8).base64EncodedString()
        #expect(!result.stderr.contains(Self.password) && !result.stderr.contains(basic))
    }

    @Test func anHTTPBaseURLToAnotherHostIsAUsageError() throws {
        let result = try LicenseReportBinary.run(["fetch", "http://crm.example.com/api", "--output", "/tmp/never-written"], environment: Self.environment)
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("error: invalid value 'http://crm.example.com/api' for BASE_URL: expected https (http only to localhost: credentials would cross the network readable)\n"))
    }
}
