import Foundation
import Testing
import TestSupport

/// The break-it cases of special input files, run with the built binary (issue 10, points 10 and 16).
@Suite(.timeLimit(.minutes(1))) struct SpecialInputTests {
    @Test func aFIFOAsLicenseJSONFailsAtOnce() throws {
        let dataset = try Repository.copyOfFixture("nordlys-module-based")
        let license = dataset.appendingPathComponent("license.json")
        try FileManager.default.removeItem(at: license)
        #expect(mkfifo(license.path, 0o600) == 0)
        let result = try LicenseReportBinary.run(["check", dataset.path])
        #expect(result.status == 65)
        #expect(result.stderr == """
            \(license.path): error: license.json is not a regular file but a FIFO (named pipe): a dataset file must be a regular file (or a link to one)
            1 error, 0 warnings.

            """)
    }

    @Test(arguments: ["usage.csv", "status.json"])
    func aLinkToDevZeroFailsAtOnce(name: String) throws {
        let dataset = try Repository.copyOfFixture("nordlys-module-based")
        let file = dataset.appendingPathComponent(name)
        try FileManager.default.removeItem(at: file)
        try FileManager.default.createSymbolicLink(atPath: file.path, withDestinationPath: "/dev/zero")
        let result = try LicenseReportBinary.run(["build", dataset.path, "--output", dataset.appendingPathComponent("site").path, "--as-of", "2026-11-15"])
        #expect(result.status == 65)
        #expect(result.stderr.hasPrefix("\(file.path): error: \(name) is not a regular file but a character device"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dataset.appendingPathComponent("site").path))
    }

    /// A folder without search permission says so, instead of "missing license.json". As root (which
    /// ignores permissions) the binary runs as `nobody` through setpriv.
    @Test func anUnreadableFolderSaysPermissionDenied() throws {
        let parent = try temporaryFolder("unreadable")
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: parent.path)
                try? FileManager.default.removeItem(at: parent) }
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: parent.path)
        let dataset = parent.appendingPathComponent("acme")
        try FileManager.default.copyItem(at: Repository.root.appendingPathComponent("fixtures/nordlys-module-based"), to: dataset)
        let result: ProcessResult
        if getuid() == 0 {
            try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: dataset.path)
            let setpriv = URL(fileURLWithPath: "/usr/bin/setpriv")
            try #require(FileManager.default.isExecutableFile(atPath: setpriv.path), "setpriv is needed to drop root")
            result = try runProcess(setpriv, ["--reuid=65534", "--regid=65534", "--clear-groups",
                                                            LicenseReportBinary.url.path, "check", dataset.path])
        } else {
            try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: dataset.path)
            result = try LicenseReportBinary.run(["check", dataset.path])
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: dataset.path)
        #expect(result.status == 66)
        #expect(result.stderr == "error: cannot read the dataset folder '\(dataset.path)': Permission denied\n1 error, 0 warnings.\n")
    }
}
