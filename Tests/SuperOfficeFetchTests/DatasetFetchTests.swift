import FetchTestSupport
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import LicenseReport
import Testing
@testable import SuperOfficeFetch

/// `DatasetFetch` against a local stand-in for SuperOffice's Web API: the calls, the headers, paging,
/// the unmodified files, and the dataset kept as it was on every failure.
@Suite struct DatasetFetchTests {
    @Test func writesTheUnmodifiedResponsesAndKeepsTheOtherFiles() async throws {
        let test = try FetchTestCase()
        let status = try Data(contentsOf: test.dataset.appendingPathComponent("status.json"))
        let result = try await test.run(try test.request()).get()
        #expect(result.files == ["events.json", "fencing/dashboards.json", "fencing/license.json", "fencing/marketing-flows.json",
                                 "fencing/projects.json", "license.json"])
        #expect(result.eventCount == 3)
        #expect(result.warnings == [])
        let files = try test.snapshot()
        #expect(files["status.json"] == status)
        #expect(files["notes/README.md"] == Data("keep me\n".utf8))
        #expect(files["license.json"] == (try Data(contentsOf: FetchTestCase.fixture.appendingPathComponent("license.json"))))
        for name in ["dashboards", "projects", "marketing-flows", "license"] {
            #expect(files["fencing/\(name).json"] == (try Data(contentsOf: FetchTestCase.fixture.appendingPathComponent("fencing/\(name).json"))))
        }
        // Three events at two a page: two pages, the second short, written as an array of the two responses.
        let events = try #require(files["events.json"])
        let pages = try #require(try JSONSerialization.jsonObject(with: events) as? [[String: Any]])
        #expect(pages.map { ($0["value"] as? [Any])?.count } == [2, 1])
    }

    @Test func theCallsAndTheirHeaders() async throws {
        let test = try FetchTestCase()
        _ = try await test.run(try test.request()).get()
        let requests = test.server.requests
        #expect(requests.map { "\($0.method) \($0.path)" } == [
            "GET /api/v1/License",
            "POST /api/v1/Agents/Dash/GetDashboardFencingInfo", "POST /api/v1/Agents/Project/GetProjectFencingInfo",
            "POST /api/v1/Agents/Workflow/GetWorkflowFencingInfo", "POST /api/v1/Agents/License/GetFencingInfo",
            "GET /api/v1/SystemEvent", "GET /api/v1/SystemEvent",
        ])
        let expectedAuthorization = "Basic " + Data("\(FetchTestCase.username):\(FetchTestCase.password)".utf8).base64EncodedString()
        #expect(requests.allSatisfy { $0.header("Accept") == "application/json" && $0.header("Authorization") == expectedAuthorization })
        #expect(requests.filter { $0.method == "POST" }.allSatisfy {
            $0.body.isEmpty && $0.headers.filter { $0.0.lowercased() == "content-length" }.map(\.1) == ["0"]
        })
        let paging = test.requests("/api/v1/SystemEvent").map { [$0.query["$top"], $0.query["$skip"]] }
        #expect(paging == [["2", "0"], ["2", "2"]])
        #expect(test.requests("/api/v1/SystemEvent").first?.query["$select"] == DatasetFetch.eventColumns)
    }

    @Test func ticketAuthenticationSendsSOTicketAndTheAppToken() async throws {
        let test = try FetchTestCase(accepted: .ticket(ticket: "7T:abc123==", appToken: "app-secret"))
        let credentials = try Credentials.from([Credentials.ticketKey: "7T:abc123==", Credentials.appTokenKey: "app-secret"])
        _ = try await test.run(try test.request(credentials: credentials)).get()
        #expect(test.server.requests.allSatisfy { $0.header("Authorization") == "SOTicket 7T:abc123==" && $0.header("SO-AppToken") == "app-secret" })
    }

    @Test func a503OnceIsRetried() async throws {
        let test = try FetchTestCase()
        test.api.script("/api/v1/License", [.json("{}", status: 503)])
        test.api.script("/api/v1/SystemEvent", [.json("{}", status: 429, headers: [("Retry-After", "0")])])
        #expect(try await test.run(try test.request()).get().eventCount == 3)
        #expect(test.requests("/api/v1/License").count == 2)
        #expect(test.requests("/api/v1/SystemEvent").count == 3)
    }

    @Test func retryAfterIsHonoured() async throws {
        let test = try FetchTestCase()
        test.api.script("/api/v1/License", [.json("{}", status: 503, headers: [("Retry-After", "1")])])
        let start = Date()
        _ = try await test.run(try test.request()).get()
        #expect(Date().timeIntervalSince(start) >= 0.95)
    }

    @Test func aRetryAfterLongerThanTheLongestWaitEndsTheRetries() async throws {
        let test = try FetchTestCase()
        test.api.script("/api/v1/License", [.json("{}", status: 503, headers: [("Retry-After", "3600")])])
        let error = try #require(await test.run(try test.request()).failure)
        #expect(error.diagnostics.map(\.message) == [
            "GET \(test.server.baseURL())/v1/License: HTTP 503 Service Unavailable; the service asks to retry after 3600 s, longer than the 2 s fetch waits",
        ])
        #expect(test.requests("/api/v1/License").count == 1)
    }

    /// Every failure leaves the dataset folder exactly as it was, with no staging folder left beside it.
    struct FailureCase: CustomTestStringConvertible, Sendable {
        var name: String
        var path: String
        var replies: [StandInReply]
        var retries = 2
        /// The first diagnostic's message, with {base} for the API root.
        var message: String
        var stage: Stage
        var testDescription: String { name }
    }

    static let failures: [FailureCase] = [
        .init(name: "500 storm", path: "/api/v1/License", replies: Array(repeating: .json("{}", status: 500), count: 5),
              message: "GET {base}/v1/License: HTTP 500 Internal Server Error (3 attempts)", stage: .fetch),
        .init(name: "truncated JSON", path: "/api/v1/License", replies: [.json(#"[{"Reason": "", "Current": {"CompanyName": "Sol"#)],
              message: "GET {base}/v1/License: unexpected response: it is not what license.json holds (1 problem below); the dataset folder is unchanged",
              stage: .fetch),
        .init(name: "connection closed mid-body", path: "/api/v1/License", replies: Array(repeating: .truncated(declaredLength: 5000, body: Array("[{".utf8)), count: 3),
              message: "GET {base}/v1/License: the connection closed before the whole answer arrived (3 attempts)", stage: .fetch),
        .init(name: "timeout", path: "/api/v1/SystemEvent", replies: [.silence, .silence], retries: 1,
              message: "GET {base}/v1/SystemEvent?$skip=0&$top=2: no answer within 0.3 s (--timeout) (2 attempts)", stage: .fetch),
        .init(name: "HTML login page", path: "/api/v1/License",
              replies: [.response(status: 200, headers: [("Content-Type", "text/html; charset=utf-8")], body: Array("<html><body>Log in</body></html>".utf8))],
              message: "GET {base}/v1/License: unexpected response: it is text/html, not JSON: check that BASE_URL is the API root (ending in /api); the dataset folder is unchanged",
              stage: .fetch),
        .init(name: "wrong shape", path: "/api/v1/Agents/Project/GetProjectFencingInfo", replies: [.json(#"{"ActiveCount": "92"}"#)],
              message: "POST {base}/v1/Agents/Project/GetProjectFencingInfo: unexpected response: it is not what fencing/projects.json holds (1 problem below); the dataset folder is unchanged",
              stage: .fetch),
        .init(name: "licence fence message not text", path: "/api/v1/Agents/License/GetFencingInfo",
              replies: [.json(#"{"ActiveCount": 1, "Maximum": 2, "WarningMessage": 5}"#)],
              message: "POST {base}/v1/Agents/License/GetFencingInfo: unexpected response: it is not what fencing/license.json holds (1 problem below); the dataset folder is unchanged",
              stage: .fetch),
        .init(name: "events not a list", path: "/api/v1/SystemEvent", replies: [.json("[]")],
              message: "GET {base}/v1/SystemEvent?$skip=0&$top=2: unexpected response: it is not what events.json holds (1 problem below); the dataset folder is unchanged",
              stage: .fetch),
        .init(name: "404 on the licence call", path: "/api/v1/License", replies: [.json("", status: 404)],
              message: "GET {base}/v1/License: unexpected HTTP status 404: check BASE_URL: it is the API root, ending in /api ({base})", stage: .fetch),
        .init(name: "wrong password", path: "/api/v1/License", replies: [.json("{}", status: 401)],
              message: "authentication failed for {base} (HTTP 401): check SUPEROFFICE_USERNAME/SUPEROFFICE_PASSWORD", stage: .fetch),
    ]

    @Test(arguments: failures)
    func failuresLeaveTheDatasetAsItWas(_ testCase: FailureCase) async throws {
        let test = try FetchTestCase()
        _ = try await test.run(try test.request()).get()   // a first, good fetch
        try Data("hand-edited\n".utf8).write(to: test.dataset.appendingPathComponent("fencing/projects.json"))
        let before = try test.snapshot()
        test.api.script(testCase.path, testCase.replies)
        let error = try #require(await test.run(try test.request(retries: testCase.retries, timeout: 0.3)).failure)
        #expect(error.diagnostics.first?.message == testCase.message.replacingOccurrences(of: "{base}", with: test.server.baseURL()))
        #expect(error.stage == testCase.stage)
        #expect(try test.snapshot() == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: test.scratch.path) == ["solvang"])
    }

    @Test func responseProblemsFollowAtTheirJSONPaths() async throws {
        let test = try FetchTestCase()
        test.api.script("/api/v1/License", [.json(#"[{"Current": {"OwnerName": "SUPEROFFICE"}, "ExtendedModuleLicenses": {}}]"#)])
        let error = try #require(await test.run(try test.request()).failure)
        let call = "GET \(test.server.baseURL())/v1/License"
        #expect(error.diagnostics.map(\.description) == [
            "error: \(call): unexpected response: it is not what license.json holds (3 problems below); the dataset folder is unchanged",
            "\(call): $[0].Current: error: missing required key 'CompanyName'",
            "\(call): $[0].Current: error: missing required key 'SerialNr'",
            "\(call): $[0].ExtendedModuleLicenses: error: expected an array of module licences, found an object",
        ])
    }

    @Test func aWrongPasswordIsNotRetried() async throws {
        let test = try FetchTestCase()
        let credentials = try Credentials.from([Credentials.usernameKey: FetchTestCase.username, Credentials.passwordKey: "wrong"])
        let error = try #require(await test.run(try test.request(credentials: credentials)).failure)
        #expect(error.diagnostics.map(\.reason) == [.authenticationFailed(base: test.server.baseURL(), status: 401,
                                                                          check: "SUPEROFFICE_USERNAME/SUPEROFFICE_PASSWORD")])
        #expect(test.server.requests.count == 1)
        #expect(!error.description.contains("wrong"))
        #expect(try test.snapshot().keys.sorted() == ["notes/README.md", "status.json"])
    }

    @Test func fencingCallsThatAnswer404AreSkippedWithOneWarning() async throws {
        let test = try FetchTestCase()
        _ = try await test.run(try test.request()).get()
        for (call, _) in SuperOfficeStandIn.fencingFiles where call != "Project/GetProjectFencingInfo" {
            test.api.script("/api/v1/Agents/\(call)", [.json("", status: 404)])
        }
        let result = try await test.run(try test.request()).get()
        #expect(result.warnings.map(\.description) == [
            "warning: no plan limits from Dash/GetDashboardFencingInfo, Workflow/GetWorkflowFencingInfo, License/GetFencingInfo (HTTP 404: SuperOffice before version 12): those limits are skipped",
        ])
        // The files of the skipped limits are gone: the dataset holds what the service says now.
        #expect(try test.snapshot().keys.filter { $0.hasPrefix("fencing/") }.sorted() == ["fencing/projects.json"])
    }

    @Test func anEmptyLicenceFenceWritesNoFile() async throws {
        let test = try FetchTestCase()
        test.api.script("/api/v1/Agents/License/GetFencingInfo", [.json("null")])
        #expect(try await test.run(try test.request()).get().files.contains("fencing/license.json") == false)
    }

    @Test func aDatasetWithEventsCSVIsRefusedBeforeAnyCall() async throws {
        let test = try FetchTestCase()
        try Data("eventname,scope\n".utf8).write(to: test.dataset.appendingPathComponent("events.csv"))
        let error = try #require(await test.run(try test.request()).failure)
        #expect(error.diagnostics.map(\.message) == [
            "will not replace \(test.dataset.path): it has events.csv, and fetch writes events.json (a dataset holds one of them): remove or rename events.csv",
        ])
        #expect(test.server.requests.isEmpty)
    }

    @Test func aNewDatasetFolderIsCreated() async throws {
        let test = try FetchTestCase()
        var request = try test.request()
        request.datasetFolder = test.scratch.appendingPathComponent("new/tenant").path
        _ = try await test.run(request).get()
        #expect(FileManager.default.fileExists(atPath: test.scratch.appendingPathComponent("new/tenant/license.json").path))
    }

    @Test func aRefusedConnection() async throws {
        let test = try FetchTestCase()
        var request = try test.request(retries: 1)
        test.server.shutdown()
        // A port of a socket that is bound but never listens refuses every connection, and no other test's
        // server can take it while it is held (a port merely freed by `shutdown` could be reused by one).
        let closed = try ClosedPort()
        defer { closed.release() }
        let base = "http://127.0.0.1:\(closed.port)/api"
        request.base = try BaseURL(base)
        let error = try #require(await test.run(request).failure)
        let message = try #require(error.diagnostics.first?.message)
        #expect(message.hasPrefix("GET \(base)/v1/License: cannot connect to 127.0.0.1:\(closed.port)"), "\(message)")
        #expect(message.hasSuffix("(2 attempts)"), "\(message)")
    }
}

/// A TCP port on 127.0.0.1 bound by a socket that never listens: connecting to it is refused.
struct ClosedPort {
    let descriptor: Int32
    let port: Int

    init() throws {
        let socketDescriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socketDescriptor >= 0 else { throw POSIXError(.EMFILE) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(socketDescriptor, $0, length) == 0 && getsockname(socketDescriptor, $0, &length) == 0
            }
        }
        guard bound else { close(socketDescriptor); throw POSIXError(.EADDRNOTAVAIL) }
        descriptor = socketDescriptor
        port = Int(UInt16(bigEndian: address.sin_port))
    }

    func release() { close(descriptor) }
}

extension Result {
    /// The error of a failure, `nil` on success.
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
