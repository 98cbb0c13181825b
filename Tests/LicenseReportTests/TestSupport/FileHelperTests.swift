import Foundation
import Testing
import TestSupport

/// Temporary folders, folder snapshots and child processes.
@Suite struct FileHelperTests {
    @Test func temporaryFoldersAreNewAndEmpty() throws {
        let first = try temporaryFolder("helper-tests"), second = try temporaryFolder("helper-tests")
        #expect(first != second)
        #expect(first.lastPathComponent.hasPrefix("helper-tests-"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: first.path) == [])
    }

    @Test func aSnapshotHasEveryRegularFileByRelativePathAndNoFolders() throws {
        let folder = try temporaryFolder("helper-tests")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("assets/empty"), withIntermediateDirectories: true)
        try Data("a".utf8).write(to: folder.appendingPathComponent("index.html"))
        try Data([0xFF]).write(to: folder.appendingPathComponent("assets/site.css"))
        #expect(try snapshot(of: folder) == ["index.html": Data("a".utf8), "assets/site.css": Data([0xFF])])
        #expect(try textSnapshot(of: folder)["index.html"] == "a")
        #expect(try snapshot(of: folder.appendingPathComponent("missing")) == [:])
    }

    @Test func aTemporaryCopyHasTheSameFilesUnderTheSameName() throws {
        let copy = try temporaryCopy(of: Repository.url("fixtures/nordlys-module-based"), prefix: "helper-tests")
        #expect(copy.lastPathComponent == "nordlys-module-based")
        #expect(try snapshot(of: copy) == snapshot(of: Repository.url("fixtures/nordlys-module-based")))
        #expect(try Repository.copyOfFixture("nordlys-module-based").lastPathComponent == "nordlys-module-based")
        #expect(Repository.fixtureNames().contains("nordlys-module-based"))
    }

    @Test func aProcessResultKeepsStdoutStderrAndStatusApart() throws {
        let result = try runProcess(URL(fileURLWithPath: "/bin/sh"), ["-c", "printf out; printf err >&2; exit 3"])
        #expect(result.status == 3)
        #expect(result.stdout == "out")
        #expect(result.stderr == "err")
        let folder = try temporaryFolder("helper-tests")
        let pwd = try runProcess(URL(fileURLWithPath: "/bin/sh"), ["-c", "pwd -P; echo $X"], environment: ["X": "y"], currentDirectory: folder)
        #expect(pwd.stdout == folder.resolvingSymlinksInPath().path + "\ny\n")
    }
}
