import Foundation
import Testing
import TestSupport
@testable import LicenseReport

@Suite struct PublisherTests {
    @Test func createsTheOutputFolderWithEveryFile() throws {
        let root = try temporaryFolder("publisher")
        let output = root.appendingPathComponent("site")
        try Publisher.publish([RenderedFile(path: "index.html", text: "a"), RenderedFile(path: "usage/2026-03.csv", text: "b")], to: output.path)
        #expect(try textSnapshot(of: output) == ["index.html": "a", "usage/2026-03.csv": "b", ".license-report": Publisher.markerText])
    }

    @Test func replacesTheWholeSiteAndLeavesNoStaleFileOrStagingFolder() throws {
        let root = try temporaryFolder("publisher")
        let output = root.appendingPathComponent("site")
        try Publisher.publish([RenderedFile(path: "old.html", text: "old"), RenderedFile(path: "index.html", text: "1")], to: output.path)
        try Publisher.publish([RenderedFile(path: "index.html", text: "2")], to: output.path)
        #expect(try textSnapshot(of: output) == ["index.html": "2", ".license-report": Publisher.markerText])
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == [".site.publish", "site"])
        #expect(try PublishFixture.leftovers(in: root, output: "site") == [])
    }

    @Test(arguments: ["../escape.html", "/etc/passwd", "a//b", "./x", ""])
    func refusesPathsOutsideTheOutputAndKeepsTheOldSite(path: String) throws {
        let root = try temporaryFolder("publisher")
        let output = root.appendingPathComponent("site")
        try Publisher.publish([RenderedFile(path: "index.html", text: "old")], to: output.path)
        #expect(throws: DiagnosticError.self) {
            try Publisher.publish([RenderedFile(path: "index.html", text: "new"), RenderedFile(path: path, text: "x")], to: output.path)
        }
        #expect(try textSnapshot(of: output) == ["index.html": "old", ".license-report": Publisher.markerText])
        #expect(try PublishFixture.leftovers(in: root, output: "site") == [])
    }

    @Test func anOutputPathThatIsAFileIsAnErrorAndTheFileStays() throws {
        let root = try temporaryFolder("publisher")
        let output = root.appendingPathComponent("site")
        try Data("precious".utf8).write(to: output)
        do {
            try Publisher.publish([RenderedFile(path: "index.html", text: "new")], to: output.path)
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics == [Diagnostic(.cannotWrite(path: output.path, detail: "it is a file, not a folder"))])
        }
        #expect(try String(contentsOf: output, encoding: .utf8) == "precious")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["site"], "nothing written beside it")
    }

    @Test func anUnwritableParentIsACannotWriteError() throws {
        guard getuid() != 0 else { return } // root writes anywhere; covered by the read-only file system case below
        let root = try temporaryFolder("publisher")
        try FileManager.default.setAttributes([.posixPermissions: 0o500], ofItemAtPath: root.path)
        #expect(throws: DiagnosticError.self) {
            try Publisher.publish([RenderedFile(path: "index.html", text: "x")], to: root.appendingPathComponent("site").path)
        }
    }

    @Test func aParentOnAReadOnlyFileSystemIsACannotWriteError() throws {
        // /proc is read-only for everyone, root included.
        do {
            try Publisher.publish([RenderedFile(path: "index.html", text: "x")], to: "/proc/license-report-site")
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.count == 1)
            #expect(error.stage == .publish)
            #expect(error.diagnostics[0].message.hasPrefix("cannot write /proc/license-report-site: "))
        }
    }

    @Test func refusesToReplaceTheDatasetFolderOrAFolderThatContainsIt() throws {
        let root = try temporaryFolder("publisher")
        let dataset = root.appendingPathComponent("exports/acme")
        try FileManager.default.createDirectory(at: dataset, withIntermediateDirectories: true)
        try Data("[]".utf8).write(to: dataset.appendingPathComponent("license.json"))
        for output in [dataset.path, root.appendingPathComponent("exports").path, root.path, dataset.path + "/..", "/"] {
            do {
                try Publisher.publish([RenderedFile(path: "index.html", text: "x")], to: output, protecting: [dataset.path])
                Issue.record("expected a refusal for \(output)")
            } catch {
                #expect(error.diagnostics.count == 1)
                #expect(error.diagnostics[0].message.contains("which replacing it would delete"), "\(error)")
                #expect(error.stage == .publish)
            }
        }
        #expect(FileManager.default.fileExists(atPath: dataset.appendingPathComponent("license.json").path))
    }

    @Test func refusesTheCurrentFolder() throws {
        let current = FileManager.default.currentDirectoryPath
        #expect(throws: DiagnosticError.self) {
            try Publisher.publish([RenderedFile(path: "index.html", text: "x")], to: current)
        }
        #expect(throws: DiagnosticError.self) {
            try Publisher.publish([RenderedFile(path: "index.html", text: "x")], to: "")
        }
    }

    @Test func refusesANonEmptyFolderItDidNotWrite() throws {
        let root = try temporaryFolder("publisher")
        let output = root.appendingPathComponent("Documents")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try Data("my notes".utf8).write(to: output.appendingPathComponent("notes.txt"))
        do {
            try Publisher.publish([RenderedFile(path: "index.html", text: "x")], to: output.path)
            Issue.record("expected a refusal")
        } catch {
            #expect(error.diagnostics == [Diagnostic(.refusedOutput(path: output.path, detail: "it is not empty and was not written by license-report (it has no .license-report file): empty it or choose another folder"))])
        }
        #expect(try textSnapshot(of: output) == ["notes.txt": "my notes"])
    }

    @Test func aSymbolicLinkIsFollowedAndStays() throws {
        let root = try temporaryFolder("publisher")
        let target = root.appendingPathComponent("real")
        let link = root.appendingPathComponent("site")
        try Publisher.publish([RenderedFile(path: "index.html", text: "1")], to: target.path)
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: target.path)
        try Publisher.publish([RenderedFile(path: "index.html", text: "2")], to: link.path)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == target.path)
        #expect(try textSnapshot(of: target) == ["index.html": "2", ".license-report": Publisher.markerText])
    }

    @Test func aDanglingSymbolicLinkIsPublishedThrough() throws {
        let root = try temporaryFolder("publisher")
        let link = root.appendingPathComponent("current")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "releases/new")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("releases"), withIntermediateDirectories: true)
        try Publisher.publish([RenderedFile(path: "index.html", text: "1")], to: link.path)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "releases/new")
        #expect(try textSnapshot(of: root.appendingPathComponent("releases/new")) == ["index.html": "1", ".license-report": Publisher.markerText])
    }

    @Test func aSymbolicLinkLoopIsRefused() throws {
        let root = try temporaryFolder("publisher")
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("a").path, withDestinationPath: "b")
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("b").path, withDestinationPath: "a")
        #expect(throws: DiagnosticError.self) {
            try Publisher.publish([RenderedFile(path: "index.html", text: "1")], to: root.appendingPathComponent("a").path)
        }
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: root.appendingPathComponent("a").path) == "b")
    }

    @Test func anEmptyOrFolderMarkerDoesNotCount() throws {
        let root = try temporaryFolder("publisher")
        let output = root.appendingPathComponent("thesis")
        try FileManager.default.createDirectory(at: output.appendingPathComponent(Publisher.markerFileName), withIntermediateDirectories: true)
        try Data("chapter one".utf8).write(to: output.appendingPathComponent("thesis.txt"))
        #expect(throws: DiagnosticError.self) { try Publisher.publish([RenderedFile(path: "index.html", text: "x")], to: output.path) }
        try FileManager.default.removeItem(at: output.appendingPathComponent(Publisher.markerFileName))
        try Data().write(to: output.appendingPathComponent(Publisher.markerFileName))
        #expect(throws: DiagnosticError.self) { try Publisher.publish([RenderedFile(path: "index.html", text: "x")], to: output.path) }
        #expect(try String(contentsOf: output.appendingPathComponent("thesis.txt"), encoding: .utf8) == "chapter one")
    }

    /// Issue 10, publishing 4: a link to a real marker made someone else's folder pass as ours.
    @Test func aMarkerThatIsASymbolicLinkDoesNotCountEvenToARealMarker() throws {
        let root = try temporaryFolder("publisher")
        try Publisher.publish([RenderedFile(path: "index.html", text: "ours")], to: root.appendingPathComponent("ours").path)
        let theirs = root.appendingPathComponent("theirs")
        try FileManager.default.createDirectory(at: theirs, withIntermediateDirectories: true)
        try Data("their notes".utf8).write(to: theirs.appendingPathComponent("notes.txt"))
        try FileManager.default.createSymbolicLink(atPath: theirs.appendingPathComponent(Publisher.markerFileName).path,
                                                   withDestinationPath: root.appendingPathComponent("ours/\(Publisher.markerFileName)").path)
        do {
            try Publisher.publish([RenderedFile(path: "index.html", text: "x")], to: theirs.path)
            Issue.record("expected a refusal")
        } catch {
            #expect(error.diagnostics == [Diagnostic(.refusedOutput(path: theirs.path, detail: "it is not empty and was not written by license-report (it has no .license-report file): empty it or choose another folder"))])
        }
        #expect(try String(contentsOf: theirs.appendingPathComponent("notes.txt"), encoding: .utf8) == "their notes")
    }

    @Test func aMarkerThatIsAFIFOIsRefusedWithoutBlocking() throws {
        let root = try temporaryFolder("publisher")
        let output = root.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        #expect(mkfifo(output.appendingPathComponent(Publisher.markerFileName).path, 0o644) == 0)
        #expect(throws: DiagnosticError.self) { try Publisher.publish([RenderedFile(path: "index.html", text: "x")], to: output.path) }
    }

    /// Issue 10, publishing 1: two builds with one process id (two containers) shared `.NAME.staging-PID`,
    /// and the second deleted the first's. A folder of that name is someone else's: never used, never removed.
    @Test func aStagingFolderNamedWithOurProcessIDIsNeitherUsedNorRemoved() throws {
        let root = try temporaryFolder("publisher")
        let output = root.appendingPathComponent("site")
        try Publisher.publish(PublishFixture.site("old", files: 3), to: output.path)
        let theirs = root.appendingPathComponent(".site.staging-\(getpid())")
        try FileManager.default.createDirectory(at: theirs.appendingPathComponent("usage"), withIntermediateDirectories: true)
        try Data("half of another build".utf8).write(to: theirs.appendingPathComponent("usage/2026-03.csv"))
        try Publisher.publish(PublishFixture.site("new", files: 20), to: output.path)
        #expect(try textSnapshot(of: output) == PublishFixture.published("new", files: 20))
        #expect(try textSnapshot(of: theirs) == ["usage/2026-03.csv": "half of another build"])
        #expect(try PublishFixture.leftovers(in: root, output: "site") == [".site.staging-\(getpid())"])
    }

    @Test func theTemplatesFolderIsProtectedToo() throws {
        let root = try temporaryFolder("publisher")
        let output = root.appendingPathComponent("out")
        try Publisher.publish([RenderedFile(path: "index.html", text: "1")], to: output.path)
        let templates = output.appendingPathComponent("tpl")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        #expect(throws: DiagnosticError.self) {
            try Publisher.publish([RenderedFile(path: "index.html", text: "2")], to: output.path, protecting: ["/nowhere", templates.path])
        }
        #expect(FileManager.default.fileExists(atPath: templates.path))
    }
}
