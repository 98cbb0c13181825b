import Foundation
import Testing
import TestSupport

/// `LicenseReportBinary.choose`: the override, else the most recently modified executable.
@Suite struct LicenseReportBinaryTests {
    /// `debug` and `release` executables in a temporary folder, modified `debugAge` and `releaseAge` seconds ago.
    static func builds(debugAge: TimeInterval, releaseAge: TimeInterval) throws -> [URL] {
        let folder = try temporaryFolder("binary-tests")
        return try [("debug", debugAge), ("release", releaseAge)].map { name, age in
            let url = folder.appendingPathComponent(name)
            try Data("#!/bin/sh\n".utf8).write(to: url)
            try FileManager.default.setAttributes([.posixPermissions: 0o755, .modificationDate: Date(timeIntervalSinceNow: -age)],
                                                  ofItemAtPath: url.path)
            return url
        }
    }

    @Test func aFresherReleaseBuildWinsOverAStaleDebugBuild() throws {
        let candidates = try Self.builds(debugAge: 3600, releaseAge: 60)
        #expect(LicenseReportBinary.choose(environment: [:], candidates: candidates) == candidates[1])
    }

    @Test func aFresherDebugBuildWins() throws {
        let candidates = try Self.builds(debugAge: 60, releaseAge: 3600)
        #expect(LicenseReportBinary.choose(environment: [:], candidates: candidates) == candidates[0])
    }

    @Test func aFileThatIsNotExecutableIsNoCandidate() throws {
        let candidates = try Self.builds(debugAge: 3600, releaseAge: 60)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: candidates[1].path)
        #expect(LicenseReportBinary.choose(environment: [:], candidates: candidates) == candidates[0])
    }

    @Test func withoutAnyBuildTheAnswerIsTheFirstCandidate() throws {
        let folder = try temporaryFolder("binary-tests")
        let candidates = [folder.appendingPathComponent("debug"), folder.appendingPathComponent("release")]
        #expect(LicenseReportBinary.choose(environment: [:], candidates: candidates) == candidates[0])
    }

    @Test func theEnvironmentVariableOverridesTheChoice() throws {
        let candidates = try Self.builds(debugAge: 60, releaseAge: 3600)
        let environment = [LicenseReportBinary.overrideVariable: "/opt/license-report/bin/license-report"]
        #expect(LicenseReportBinary.choose(environment: environment, candidates: candidates).path == "/opt/license-report/bin/license-report")
        #expect(LicenseReportBinary.choose(environment: [LicenseReportBinary.overrideVariable: ""], candidates: candidates) == candidates[0])
        #expect(LicenseReportBinary.overrideVariable == "LICENSE_REPORT_BINARY")
    }
}
