import Foundation

/// A throw-away certificate authority and a server certificate it signed for `localhost` and 127.0.0.1,
/// made with the `openssl` command for one test run (nothing secret is committed).
public struct TestCertificates: Sendable {
    /// The CA's certificate (what `--ca-file` names).
    public var authority: String
    /// The server's certificate and key.
    public var certificate: String
    public var key: String

    /// Whether the `openssl` command is installed (.ci/run installs it).
    public static var available: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/openssl") }

    /// Makes the files in `folder`.
    public static func make(in folder: URL) throws -> TestCertificates {
        func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
        try Data("subjectAltName=DNS:localhost,IP:127.0.0.1\n".utf8).write(to: folder.appendingPathComponent("san.cnf"))
        let steps = [
            ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "2",
             "-subj", "/CN=license-report test CA", "-keyout", path("ca.key"), "-out", path("ca.pem")],
            ["req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-subj", "/CN=localhost",
             "-keyout", path("server.key"), "-out", path("server.csr")],
            ["x509", "-req", "-in", path("server.csr"), "-CA", path("ca.pem"), "-CAkey", path("ca.key"), "-CAcreateserial",
             "-days", "2", "-extfile", path("san.cnf"), "-out", path("server.pem")],
        ]
        for arguments in steps {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/openssl")
            process.arguments = arguments
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else { throw CocoaError(.fileWriteUnknown) }
        }
        return TestCertificates(authority: path("ca.pem"), certificate: path("server.pem"), key: path("server.key"))
    }
}
