import Foundation
import Testing
import TestSupport
@testable import LicenseReport

/// `Golden` and `.goldenFolders`: comparison, recording, and stale files, on golden folders in a temporary folder.
@Suite struct GoldenTests {
    /// A golden root with `pages/a.html` ("a") and `pages/sub/old.html` ("old").
    static func root() throws -> URL {
        let root = try temporaryFolder("golden-tests")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("pages/sub"), withIntermediateDirectories: true)
        try Data("a".utf8).write(to: root.appendingPathComponent("pages/a.html"))
        try Data("old".utf8).write(to: root.appendingPathComponent("pages/sub/old.html"))
        return root
    }

    static func scope(_ root: URL, recording: Bool = false) -> GoldenFolders {
        GoldenFolders(folders: ["pages"], root: root, checksStaleFiles: true, recording: recording)
    }

    @Test func staleFilesAreThoseNotProduced() throws {
        let root = try Self.root()
        #expect(try Golden.staleFiles(in: "pages", produced: ["a.html"], root: root) == ["sub/old.html"])
        #expect(try Golden.staleFiles(in: "pages", produced: ["a.html", "sub/old.html"], root: root) == [])
        #expect(try Golden.staleFiles(in: "missing", produced: [], root: root) == [])
    }

    @Test func aFileNoTestProducedFailsTheSuite() async throws {
        let root = try Self.root()
        let test = try #require(Test.current)
        try await withKnownIssue {
            try await Self.scope(root).provideScope(for: test, testCase: nil) {
                try await Golden.check([RenderedFile(path: "a.html", text: "a")], in: "pages", root: root, recording: false)
            }
        } matching: { issue in
            issue.comments.contains { $0.rawValue.hasPrefix("stale golden file pages/sub/old.html: no test of ") }
        }
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("pages/sub/old.html").path), "reported, not deleted")
    }

    @Test func whenEveryFileIsProducedNothingIsStale() async throws {
        let root = try Self.root()
        let test = try #require(Test.current)
        try await Self.scope(root).provideScope(for: test, testCase: nil) {
            try await Golden.check([RenderedFile(path: "a.html", text: "a")], in: "pages", root: root, recording: false)
            try await Golden.check([RenderedFile(path: "sub/old.html", text: "old")], in: "pages", root: root, recording: false)
        }
    }

    @Test func recordingDeletesStaleFiles() async throws {
        let root = try Self.root()
        let test = try #require(Test.current)
        try await withKnownIssue {
            try await Self.scope(root, recording: true).provideScope(for: test, testCase: nil) {
                try await Golden.check([RenderedFile(path: "a.html", text: "a")], in: "pages", root: root, recording: false)
            }
        } matching: { issue in
            issue.comments.contains { $0.rawValue.hasPrefix("deleted the stale golden file pages/sub/old.html: no test of ") }
        }
        #expect(try snapshot(of: root.appendingPathComponent("pages")) == ["a.html": Data("a".utf8)])
    }

    @Test func aNarrowedRunDoesNotLookForStaleFiles() async throws {
        let root = try Self.root()
        let test = try #require(Test.current)
        let narrowed = GoldenFolders(folders: ["pages"], root: root, checksStaleFiles: false, recording: true)
        try await narrowed.provideScope(for: test, testCase: nil) {}
        #expect(try snapshot(of: root.appendingPathComponent("pages")).count == 2)
    }

    @Test func aDifferenceIsReportedAndTheGoldenFileKept() async throws {
        let root = try Self.root()
        let test = try #require(Test.current)
        try await withKnownIssue {
            try await Self.scope(root).provideScope(for: test, testCase: nil) {
                try await Golden.check([RenderedFile(path: "a.html", text: "changed"), RenderedFile(path: "sub/old.html", text: "old")],
                                       in: "pages", root: root, recording: false)
            }
        } matching: { issue in
            issue.comments.contains { $0.rawValue.hasPrefix("pages/a.html differs from its golden file; this run wrote ") }
        }
        #expect(try textSnapshot(of: root.appendingPathComponent("pages")) == ["a.html": "a", "sub/old.html": "old"])
    }

    @Test func aMissingFileIsRecordedAndFailsTheTest() async throws {
        let root = try Self.root()
        let test = try #require(Test.current)
        try await withKnownIssue {
            try await Self.scope(root).provideScope(for: test, testCase: nil) {
                try await Golden.check([RenderedFile(path: "a.html", text: "a"), RenderedFile(path: "sub/old.html", text: "old"),
                                        RenderedFile(path: "new.html", text: "new")], in: "pages", root: root, recording: false)
            }
        } matching: { issue in
            issue.comments.contains { $0.rawValue.hasPrefix("recorded golden files [\"new.html\"] in pages; review them") }
        }
        #expect(try textSnapshot(of: root.appendingPathComponent("pages")) == ["a.html": "a", "sub/old.html": "old", "new.html": "new"])
    }

    @Test func recordingRewritesEveryFile() async throws {
        let root = try Self.root()
        let test = try #require(Test.current)
        try await withKnownIssue {
            try await Self.scope(root).provideScope(for: test, testCase: nil) {
                try await Golden.check([RenderedFile(path: "a.html", text: "changed"), RenderedFile(path: "sub/old.html", text: "old")],
                                       in: "pages", root: root, recording: true)
            }
        } matching: { issue in
            issue.comments.contains { $0.rawValue.hasPrefix("recorded golden files [\"a.html\", \"sub/old.html\"] in pages") }
        }
        #expect(try textSnapshot(of: root.appendingPathComponent("pages")) == ["a.html": "changed", "sub/old.html": "old"])
    }

    @Test func aFolderTheSuiteDoesNotNameIsAnError() async throws {
        let root = try Self.root()
        try await withKnownIssue {
            try await Golden.check([RenderedFile(path: "a.html", text: "a")], in: "pages", root: root, recording: false)
        } matching: { issue in
            issue.comments.contains { $0.rawValue.hasPrefix("golden folder 'pages' is not named in the suite's .goldenFolders") }
        }
    }
}
