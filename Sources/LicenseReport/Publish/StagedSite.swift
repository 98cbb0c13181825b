import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// A site written completely into its private staging folder, holding its output's lock, waiting for
/// `Publisher.commit` to swap it in (or `discard()`). Made by `Publisher.stage`.
///
/// While it exists, other builds of the same output wait for the lock: commit or discard it soon. A
/// staged site that is neither is discarded when the last reference to it goes.
public final class StagedSite: Sendable {
    /// The folder it will replace (absolute, symbolic links resolved).
    public var output: String { folder.output.path }

    let folder: PublishFolder
    /// The staging folder: its record in `.NAME.publish/`, its name beside the output, an open descriptor.
    let record: String, stagingName: String, staging: Int32
    let options: PublishOptions
    /// Warnings found while staging (stale staging folders that could not be removed).
    let warnings: [Diagnostic]
    /// True once committed or discarded: the descriptors are closed and the lock released.
    private let finished = Mutex(false)

    init(folder: PublishFolder, record: String, stagingName: String, staging: Int32, options: PublishOptions, warnings: [Diagnostic]) {
        self.folder = folder
        self.record = record
        self.stagingName = stagingName
        self.staging = staging
        self.options = options
        self.warnings = warnings
    }

    deinit { discard() }

    /// The staging folder's path (after the swap it holds the previous site).
    var stagingPath: String { folder.pathBeside(stagingName) }

    /// Removes the staging folder (after the swap: the previous site), then its record.
    /// - Returns: 0, or the `errno` of the failed removal (the record then stays for the next build).
    func removeStaging() -> Int32 {
        let code = options.fileSystem.removeTree(stagingPath)
        if code == 0 || code == ENOENT { folder.forget(record) }
        return code == ENOENT ? 0 : code
    }

    /// Removes the staging folder and releases the lock; the output stays as it was. Does nothing after a
    /// commit or an earlier discard.
    public func discard() {
        guard markFinished() else { return }
        _ = removeStaging()
        close()
    }

    /// Writes the marker, then every file (parent folders created on the way), with plain `openat`/`write`
    /// relative to the staging folder's descriptor: no per-file `fsync` (Foundation's `Data.write` makes
    /// one each), no path lookup from the root, no use of the current folder. `.syncFileSystem` flushes
    /// everything at once in `Publisher.commit`. `.syncEachFile` flushes every file and folder here, 64
    /// files at a time after they are all written: on ext4 the first `fsync` of a batch commits the
    /// journal for all of them, where a flush after each write (Foundation's way) commits once per file.
    /// - Throws: `.cannotWrite` naming the file, `.publishInterrupted`; the caller discards the site.
    func write(_ files: [RenderedFile]) throws(DiagnosticError) {
        var unflushed: [(path: String, descriptor: Int32)] = []
        defer { for file in unflushed { Glibc.close(file.descriptor) } }
        func flush() throws(DiagnosticError) {
            while let file = unflushed.popLast() {
                var code = options.fileSystem.syncFile(file.descriptor)
                // close(2) can report a write error late (NFS, quotas).
                if Glibc.close(file.descriptor) != 0 && code == 0 { code = errno }
                if code != 0 { throw failure(file.path, code) }
            }
        }
        func add(_ path: String, _ bytes: [UInt8]) throws(DiagnosticError) {
            let descriptor = try writeFile(path, bytes)
            guard options.durability == .syncEachFile else { return try close(path, descriptor) }
            unflushed.append((path, descriptor))
            if unflushed.count == 64 { try flush() }
        }
        try add(Publisher.markerFileName, Array(Publisher.markerText.utf8))
        var folders: [String] = []
        var made: Set<Substring> = []
        for file in files {
            if options.interruption?.isInterrupted == true {
                throw DiagnosticError([Diagnostic(.publishInterrupted(path: folder.displayPath))])
            }
            var start = file.path.startIndex
            while let slash = file.path[start...].firstIndex(of: "/") {
                let subfolder = file.path[..<slash]
                if made.insert(subfolder).inserted {
                    guard mkdirat(staging, String(subfolder), 0o777) == 0 else { throw failure(String(subfolder), errno) }
                    folders.append(String(subfolder))
                }
                start = file.path.index(after: slash)
            }
            try add(file.path, file.contents)
        }
        guard options.durability == .syncEachFile else { return }
        try flush()
        for subfolder in folders {
            let descriptor = openat(staging, subfolder, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard descriptor >= 0 else { throw failure(subfolder, errno) }
            let code = options.fileSystem.syncFile(descriptor)
            Glibc.close(descriptor)
            if code != 0 { throw failure(subfolder, code) }
        }
        let code = options.fileSystem.syncFile(staging)
        if code != 0 { throw failure(".", code) }
    }

    /// Creates `path` and writes `bytes` into it.
    /// - Returns: the open descriptor.
    private func writeFile(_ path: String, _ bytes: [UInt8]) throws(DiagnosticError) -> Int32 {
        // O_EXCL: a name written twice is an error, not a silent overwrite (of the marker, say).
        let descriptor = openat(staging, path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw failure(path, errno) }
        var code: Int32 = 0
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    code = errno
                    return
                }
                offset += written
            }
        }
        if code != 0 {
            Glibc.close(descriptor)
            throw failure(path, code)
        }
        return descriptor
    }

    /// Closes a written file; close(2) can report a write error late (NFS, quotas).
    private func close(_ path: String, _ descriptor: Int32) throws(DiagnosticError) {
        if Glibc.close(descriptor) != 0 { throw failure(path, errno) }
    }

    private func failure(_ path: String, _ code: Int32) -> DiagnosticError {
        PublishFolder.cannotWrite(folder.displayPath, "\(path): \(SystemError.text(code))")
    }

    /// Claims the site for commit or discard.
    /// - Returns: false when it was already claimed.
    func markFinished() -> Bool {
        finished.withLock { done in
            defer { done = true }
            return !done
        }
    }

    /// Closes the descriptors (releasing the lock) and counts the publish out of its interruption token.
    func close() {
        Glibc.close(staging)
        folder.close()
        options.interruption?.end()
    }
}
