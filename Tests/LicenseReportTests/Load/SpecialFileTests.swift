import Foundation
import Testing
@testable import LicenseReport

/// A special file is not a file (issue 10, point 10): inputs are read only when they are regular files
/// (after following links), within a size limit per file, and a FIFO never blocks.
@Suite(.timeLimit(.minutes(1))) struct SpecialFileTests {
    @Test(arguments: ["license.json", "usage.csv"])
    func aFIFOIsRefusedWithoutBlocking(name: String) throws {
        let dataset = TemporaryDataset(["license.json": Sample.license])
        try? FileManager.default.removeItem(atPath: dataset.file(name))
        #expect(mkfifo(dataset.file(name), 0o600) == 0)
        #expect(dataset.diagnostics().contains(Diagnostic(.notRegularFile(name: name, kind: "a FIFO (named pipe)"),
                                                          at: SourceLocation(file: dataset.file(name)))))
    }

    @Test(arguments: ["status.json", "usage.csv", "events.json"])
    func aLinkToADeviceIsRefused(name: String) throws {
        let dataset = TemporaryDataset(["license.json": Sample.license])
        try FileManager.default.createSymbolicLink(atPath: dataset.file(name), withDestinationPath: "/dev/zero")
        #expect(dataset.diagnostics() == [Diagnostic(.notRegularFile(name: name, kind: "a character device"),
                                                     at: SourceLocation(file: dataset.file(name)))])
        #expect(dataset.diagnostics().map(\.description) == [
            "\(dataset.file(name)): error: \(name) is not a regular file but a character device: a dataset file must be a regular file (or a link to one)",
        ])
    }

    @Test func aFolderIsRefused() throws {
        let dataset = TemporaryDataset(["license.json": Sample.license])
        try FileManager.default.createDirectory(atPath: dataset.file("tariffs.json"), withIntermediateDirectories: false)
        #expect(dataset.diagnostics() == [Diagnostic(.notRegularFile(name: "tariffs.json", kind: "a folder"),
                                                     at: SourceLocation(file: dataset.file("tariffs.json")))])
    }

    @Test func aSocketIsRefused() throws {
        let dataset = TemporaryDataset(["license.json": Sample.license])
        let socket = try UnixSocket(path: dataset.file("events.csv"))
        defer { socket.close() }
        #expect(dataset.diagnostics() == [Diagnostic(.notRegularFile(name: "events.csv", kind: "a socket"),
                                                     at: SourceLocation(file: dataset.file("events.csv")))])
    }

    @Test func aDanglingLinkIsUnreadableNotMissing() throws {
        let dataset = TemporaryDataset()
        try FileManager.default.createSymbolicLink(atPath: dataset.file("license.json"), withDestinationPath: dataset.file("gone.json"))
        #expect(dataset.diagnostics() == [Diagnostic(.unreadableFile(detail: "\(dataset.file("license.json")): No such file or directory"),
                                                     at: SourceLocation(file: dataset.file("license.json")))])
    }

    @Test func aFileOverItsLimitIsRefused() {
        let dataset = TemporaryDataset()
        let limit = 4 * 1024 * 1024
        dataset.write("license.json", "[" + String(repeating: " ", count: limit - 1) + "]")
        #expect(dataset.diagnostics() == [Diagnostic(.fileTooLarge(name: "license.json", bytes: limit + 1, maximum: limit),
                                                     at: SourceLocation(file: dataset.file("license.json")))])
        #expect(dataset.diagnostics().first?.message == "license.json is 4194305 bytes; the limit for license.json is 4194304 bytes (4 MiB)")
    }

    @Test func aFileAtItsLimitIsRead() throws {
        let dataset = TemporaryDataset()
        let owner = Sample.license
        dataset.write("license.json", owner + String(repeating: " ", count: 4 * 1024 * 1024 - owner.utf8.count))
        #expect(try dataset.load().get().dataset.owners.count == 1)
    }

    /// The limit holds while reading too: a regular file whose size says 0 (`/proc`) or that grows.
    @Test func theLimitHoldsWhileReading() throws {
        let file = try InputFile.open("/proc/self/maps", maximumBytes: 64).get()
        #expect(file.size == 0)
        guard case .failure(.tooLarge(let bytes, let maximum)) = file.readAll() else {
            Issue.record("read past the limit")
            return
        }
        #expect(bytes > 64 && maximum == 64)
    }

    @Test func theLimitsAreThoseTheDocsName() {
        let mebibyte = 1 << 20
        let expected: [String: Int] = [
            "license.json": 4 * mebibyte, "status.json": 4 * mebibyte, "tariffs.json": 4 * mebibyte,
            "events.json": 16 * mebibyte, "events.csv": 64 * mebibyte, "usage.json": 1024 * mebibyte,
            "usage.csv": 16 * 1024 * mebibyte,
        ]
        #expect(InputLimits.maximumBytes == expected)
        #expect(InputLimits.maximumBytes(forPath: "acme/usage.csv") == 16 * 1024 * mebibyte)
    }
}

/// Links out of the dataset folder are followed only to regular files, with a warning naming the target.
@Suite struct DatasetLinkTests {
    @Test func aLinkOutsideTheFolderIsReadWithAWarning() throws {
        let dataset = TemporaryDataset()
        let outside = TemporaryDataset(["shared-license.json": Sample.license])
        try FileManager.default.createSymbolicLink(atPath: dataset.file("license.json"), withDestinationPath: outside.file("shared-license.json"))
        let target = try #require(realpath(outside.file("shared-license.json"), nil).map { pointer in
            defer { free(pointer) }
            return String(cString: pointer)
        })
        let checked = try dataset.load().get()
        #expect(checked.dataset.owners.count == 1)
        #expect(checked.warnings == [Diagnostic(.linkOutsideDataset(name: "license.json", target: target),
                                                at: SourceLocation(file: dataset.file("license.json")), severity: .warning)])
        #expect(dataset.diagnostics(strict: true).map(\.severity) == [.error])
    }

    @Test func aLinkInsideTheFolderIsQuiet() throws {
        let dataset = TemporaryDataset(["exports-license.json": Sample.license])
        try FileManager.default.createSymbolicLink(atPath: dataset.file("license.json"), withDestinationPath: "exports-license.json")
        #expect(try dataset.load().get().warnings == [])
    }

    @Test func aLinkOutsideToADeviceIsOnlyAnError() throws {
        let dataset = TemporaryDataset(["license.json": Sample.license])
        try FileManager.default.createSymbolicLink(atPath: dataset.file("usage.csv"), withDestinationPath: "/dev/null")
        #expect(dataset.diagnostics().map(\.reason) == [.notRegularFile(name: "usage.csv", kind: "a character device")])
    }
}

/// A listening Unix-domain socket at a path, for the tests of special files.
struct UnixSocket {
    private let descriptor: Int32

    init(path: String) throws {
        descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            let bytes = Array(path.utf8.prefix(raw.count - 1))
            raw.copyBytes(from: bytes + [0])
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard descriptor >= 0, bound == 0 else { throw POSIXError(.EADDRINUSE) }
    }

    func close() { _ = Glibc.close(descriptor) }
}
