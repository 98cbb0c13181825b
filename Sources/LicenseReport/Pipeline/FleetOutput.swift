import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The fleet's output folder OUTPUT: one published site per tenant (`OUTPUT/<tenant>/`, each with its
/// own `.license-report` marker, lock and staging folders beside it inside OUTPUT), the overview files
/// `index.html`, `index.md`, `index.json`, the shards' parts in `.shards/`, and OUTPUT's own marker
/// `.license-report`, whose text says it is a fleet (docs/fleet.md, "Publishing").
///
/// OUTPUT holds the tenants' sites, so it cannot be swapped as a whole like a site. Instead:
/// - changes to OUTPUT itself (its marker, the overview files, the parts, removing a tenant's site) are
///   made holding OUTPUT's publish lock (`.OUTPUT.publish/lock` beside it, the same lock `build --output
///   OUTPUT` takes), so that two `index` runs, or an `index` and a shard, take turns;
/// - each overview file and part is written to a fixed temporary name inside OUTPUT, flushed, and renamed
///   over the old one (rename(2) is atomic: a reader sees the old file or the new one), then OUTPUT is flushed;
/// - a tenant's site is published by `Publisher` as any site.
enum FleetOutput {
    /// The marker's text in OUTPUT: the site marker's (so `build`'s safety check knows the folder as ours),
    /// then a line that tells a fleet from a single site.
    static let markerText = Publisher.markerText + Publisher.fleetMarkerLine
    /// The folder of the shards' parts.
    static let shardsFolder = ".shards"

    /// Whether `folder` holds a fleet marker.
    static func isFleet(_ folder: String) -> Bool { Publisher.isFleet(folder) }

    /// Whether `OUTPUT/<tenant>` holds a published site (a folder with a site marker).
    static func hasSite(_ output: String, tenant: String) -> Bool {
        Publisher.isMarker(URL(fileURLWithPath: output + "/" + tenant + "/" + Publisher.markerFileName))
    }

    /// Runs `body` holding OUTPUT's publish lock.
    /// - Throws: `.outputLocked`, `.cannotWrite`, `.publishInterrupted`, or what `body` throws.
    static func withLock<T>(_ output: String, options: PublishOptions, _ body: () throws(DiagnosticError) -> T) throws(DiagnosticError) -> T {
        let folder = try PublishFolder.open(beside: Publisher.resolvedOutput(output), as: output)
        defer { folder.close() }
        try folder.acquireLock(options)
        return try body()
    }

    /// Makes OUTPUT ready for a fleet build, holding its lock: refuses it when it is or contains an input
    /// (ROOT, templates, the current folder), holds something that is not ours, is a file, or is the site of
    /// a single `build`; creates it when absent and writes the fleet marker when missing.
    /// - Throws: `.refusedOutput`, `.cannotWrite`, `.outputLocked` (stage `.publish`, exit 73).
    static func prepare(_ output: String, protecting inputs: [String], options: PublishOptions) throws(DiagnosticError) {
        guard !output.isEmpty else {
            throw DiagnosticError([Diagnostic(.refusedOutput(path: "\"\"", detail: "the output folder is empty text: name a folder"))])
        }
        let resolved = Publisher.resolvedOutput(output)
        // The inputs are protected before the lock too: taking it creates `.OUTPUT.publish/` beside OUTPUT, and a
        // refused run (`--output ROOT`) must leave nothing behind. The folder's contents are judged only under the
        // lock: concurrent shards into a new OUTPUT find it holding another shard's half-written marker until then.
        try Publisher.checkSafe(output: resolved, protecting: inputs, contents: false)
        try withLock(output, options: options) { () throws(DiagnosticError) in
            try Publisher.checkSafe(output: resolved, protecting: inputs)
            try Publisher.refuseNonFolder(resolved)
            let path = resolved.path
            if FileManager.default.fileExists(atPath: path + "/" + Publisher.markerFileName) {
                guard isFleet(path) else {
                    throw DiagnosticError([Diagnostic(.refusedOutput(path: output, detail: "it holds the site of a single license-report build, not a fleet: give build-all a folder of its own"))])
                }
                return
            }
            do {
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            } catch {
                throw PublishFolder.cannotWrite(output, SystemError.text(SystemError.code(of: error)))
            }
            try writeAtomically([(Publisher.markerFileName, Array(markerText.utf8))], into: path, display: output)
        }
    }

    /// Writes each file into `folder` under a temporary name (`.NAME.tmp`, fixed: callers hold the
    /// lock), flushes it, renames it over `NAME`, and finally flushes the folder.
    /// - Parameter files: (name inside `folder`, bytes).
    /// - Throws: `.cannotWrite` naming the file; files renamed before the failure stay renamed.
    static func writeAtomically(_ files: [(name: String, bytes: [UInt8])], into folder: String, display: String) throws(DiagnosticError) {
        let directory = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard directory >= 0 else { throw PublishFolder.cannotWrite(display, SystemError.text(errno)) }
        defer { close(directory) }
        for file in files {
            let temporary = "." + file.name + ".tmp"
            let descriptor = openat(directory, temporary, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0o666)
            guard descriptor >= 0 else { throw PublishFolder.cannotWrite(display, "\(temporary): \(SystemError.text(errno))") }
            var code: Int32 = 0
            file.bytes.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count {
                    let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                    if written < 0 {
                        if errno == EINTR { continue }
                        code = errno
                        return
                    }
                    offset += written
                }
            }
            if code == 0 && fsync(descriptor) != 0 { code = errno }
            if close(descriptor) != 0 && code == 0 { code = errno }
            if code == 0 && renameat(directory, temporary, directory, file.name) != 0 { code = errno }
            if code != 0 {
                unlinkat(directory, temporary, 0)
                throw PublishFolder.cannotWrite(display, "\(file.name): \(SystemError.text(code))")
            }
        }
        if fsync(directory) != 0 { throw PublishFolder.cannotWrite(display, SystemError.text(errno)) }
    }

    /// Writes this shard's part `.shards/K-of-N.json` and removes the parts of other shard counts (a
    /// fleet split another way before: their rows are out of date), holding OUTPUT's lock.
    static func writePart(_ text: String, shard: FleetShard, output: String, options: PublishOptions) throws(DiagnosticError) {
        let folder = Publisher.resolvedOutput(output).path + "/" + shardsFolder
        try withLock(output, options: options) { () throws(DiagnosticError) in
            if mkdir(folder, 0o777) != 0 && errno != EEXIST { throw PublishFolder.cannotWrite(output, "\(shardsFolder): \(SystemError.text(errno))") }
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
                guard let part = partShard(name), part.count != shard.count else { continue }
                unlink(folder + "/" + name)
            }
            try writeAtomically([(shard.partName + ".json", Array(text.utf8))], into: folder, display: output)
        }
    }

    /// The shard of a part's file name "K-of-N.json", or `nil` for any other name.
    static func partShard(_ name: String) -> FleetShard? {
        guard name.hasSuffix(".json") else { return nil }
        let stem = name.dropLast(".json".count)
        let parts = stem.components(separatedBy: "-of-")
        guard parts.count == 2 else { return nil }
        return FleetShard(parsing: parts[0] + "/" + parts[1])
    }

    /// Removes the sites of tenants that are no longer in ROOT: every folder directly in OUTPUT whose name
    /// follows `FleetTenantName`, that carries a site marker (never anything else), that belongs to `shard`
    /// and is not in `current`. Each is removed holding its own publish lock (so no build of it is under
    /// way): renamed away in one step, deleted, and its `.NAME.publish/` folder removed.
    /// - Returns: the names removed, sorted, and warnings for sites that could not be removed.
    static func removeStale(_ output: String, keeping current: Set<String>, shard: FleetShard,
                            options: PublishOptions) -> (removed: [String], warnings: [Diagnostic]) {
        let root = Publisher.resolvedOutput(output).path
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? [])
            .filter { FleetTenantName.isSafe($0) && !current.contains($0) && shard.contains($0) }
            .sorted { FleetOverviewOrder.bytesPrecede($0, $1) }
        var removed: [String] = [], warnings: [Diagnostic] = []
        for name in names {
            var status = stat()
            guard lstat(root + "/" + name, &status) == 0, status.st_mode & S_IFMT == S_IFDIR, hasSite(root, tenant: name),
                  !isFleet(root + "/" + name) else { continue }
            do throws(DiagnosticError) {
                try removeSite(root + "/" + name, display: output + "/" + name, options: options)
                removed.append(name)
            } catch {
                warnings += error.diagnostics.map { Diagnostic($0.reason, at: $0.location, severity: .warning) }
            }
        }
        return (removed, warnings)
    }

    /// Removes one tenant's site (see `removeStale`).
    private static func removeSite(_ path: String, display: String, options: PublishOptions) throws(DiagnosticError) {
        let folder = try PublishFolder.open(beside: URL(fileURLWithPath: path), as: display)
        defer { folder.close() }
        try folder.acquireLock(options)
        guard hasSite(folder.output.deletingLastPathComponent().path, tenant: folder.outputName) else { return }
        _ = folder.removeStale(using: options.fileSystem)
        let target = try folder.makeFolder(prefix: "staging") // a build of this name that finds it after a crash removes it
        close(target.descriptor)
        // Renaming a folder onto an empty folder replaces it in one step: readers see the site or nothing.
        guard renameat(folder.parent, folder.outputName, folder.parent, target.name) == 0 else {
            let code = errno
            if unlinkat(folder.parent, target.name, AT_REMOVEDIR) == 0 { folder.forget(target.record) }
            throw PublishFolder.cannotWrite(display, SystemError.text(code))
        }
        let code = options.fileSystem.removeTree(folder.pathBeside(target.name))
        guard code == 0 else { throw DiagnosticError([Diagnostic(.previousSiteLeftBehind(path: folder.pathBeside(target.name), detail: SystemError.text(code)))]) }
        folder.forget(target.record)
        // The lock file goes with the site: a build of this tenant that opens it now takes a lock of its
        // own file and publishes a new site, which is what it asked for.
        unlinkat(folder.folder, "lock", 0)
        unlinkat(folder.parent, ".\(folder.outputName).publish", AT_REMOVEDIR)
    }
}
