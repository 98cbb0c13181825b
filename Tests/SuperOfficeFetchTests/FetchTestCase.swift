import FetchTestSupport
import Foundation
import LicenseReport
import Logging
@testable import SuperOfficeFetch

/// One fetch against a stand-in server: the fixture's responses, a dataset folder that already holds the
/// files fetch must keep, short time-outs and retry delays so that every failure case is fast.
final class FetchTestCase {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixture = repository.appendingPathComponent("fixtures/solvang-api")
    static let username = "nightly"
    static let password = "Pa55:wörd-ø=1"

    let api: SuperOfficeStandIn
    let server: StandInServer
    let scratch: URL
    /// The dataset folder (inside `scratch`).
    let dataset: URL

    init(accepted: SuperOfficeStandIn.Accepted = .basic(username: FetchTestCase.username, password: FetchTestCase.password),
         tls: TestCertificates? = nil) throws {
        api = try SuperOfficeStandIn(fixture: Self.fixture, accepted: accepted)
        let api = self.api
        server = try StandInServer(tls: tls.map { ($0.certificate, $0.key) }) { api.reply(to: $0) }
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("fetch-tests-\(UUID().uuidString)")
        dataset = scratch.appendingPathComponent("solvang")
        try FileManager.default.createDirectory(at: dataset.appendingPathComponent("notes"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.fixture.appendingPathComponent("status.json"), to: dataset.appendingPathComponent("status.json"))
        try Data("keep me\n".utf8).write(to: dataset.appendingPathComponent("notes/README.md"))
    }

    deinit {
        server.shutdown()
        try? FileManager.default.removeItem(at: scratch)
    }

    /// A request with the test's short time-outs.
    func request(credentials: Credentials? = nil, tls: Bool = false, caFile: String? = nil, retries: Int = 2,
                 timeout: Double = 2, pageSize: Int = 2) throws -> FetchRequest {
        FetchRequest(base: try BaseURL(server.baseURL(tls: tls)), datasetFolder: dataset.path,
                     credentials: try credentials ?? Credentials.from([Credentials.usernameKey: Self.username, Credentials.passwordKey: Self.password]),
                     caFile: caFile, connectTimeout: 2, requestTimeout: timeout,
                     retry: RetryPolicy(retries: retries, baseDelay: 0.01, maximumDelay: 2), pageSize: pageSize)
    }

    /// Runs the fetch.
    func run(_ request: FetchRequest) async -> Result<FetchResult, DiagnosticError> {
        do throws(DiagnosticError) {
            return .success(try await DatasetFetch.run(request, logger: Logger(label: "fetch-tests")))
        } catch {
            return .failure(error)
        }
    }

    /// Every file of the dataset folder with its bytes.
    func snapshot() throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: dataset, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
            files[String(url.path.dropFirst(dataset.path.count + 1))] = try Data(contentsOf: url)
        }
        return files
    }

    /// The requests the server saw for `path`.
    func requests(_ path: String) -> [RecordedRequest] { server.requests.filter { $0.path == path } }
}

