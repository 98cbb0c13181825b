import FetchTestSupport
import Foundation
import LicenseReport
import Testing
@testable import SuperOfficeFetch

/// TLS verification is always on: a server whose certificate an unknown CA signed is refused (and not
/// retried), and trusted once `--ca-file` names that CA.
@Suite(.enabled(if: TestCertificates.available, "needs the openssl command (.ci/run installs it)"))
struct FetchTLSTests {
    @Test func anIntranetCAIsTrustedOnlyWithCAFile() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let certificates = try TestCertificates.make(in: folder)
        let test = try FetchTestCase(tls: certificates)

        let refused = try #require(await test.run(try test.request(tls: true)).failure)
        let message = try #require(refused.diagnostics.first?.message)
        #expect(message.hasPrefix("GET \(test.server.baseURL(tls: true))/v1/License: the server's certificate is not trusted or not for this host name; for an intranet CA give --ca-file"), "\(message)")
        #expect(test.server.requests.isEmpty)

        let result = try await test.run(try test.request(tls: true, caFile: certificates.authority)).get()
        #expect(result.eventCount == 3)
    }

    @Test func aCAFileThatIsNotPEM() async throws {
        let test = try FetchTestCase()
        let file = test.scratch.appendingPathComponent("ca.pem")
        try Data("not a certificate\n".utf8).write(to: file)
        let error = try #require(await test.run(try test.request(caFile: file.path)).failure)
        #expect(error.diagnostics.map(\.message).first?.hasPrefix("--ca-file \(file.path) is not a file of PEM certificates: ") == true)
        let missing = try #require(await test.run(try test.request(caFile: "/nonexistent/ca.pem")).failure)
        #expect(missing.diagnostics.map(\.message) == ["--ca-file /nonexistent/ca.pem is not a file of PEM certificates: it cannot be read"])
    }
}
