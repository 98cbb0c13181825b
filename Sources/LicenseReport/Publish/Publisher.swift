import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The publish stage: writes a validated site so that readers see either the old site or the new one,
/// never a mix; a failure leaves the old site untouched, and after a power loss the output is the
/// complete old or the complete new site.
///
/// For an output folder NAME, a build takes the lock `.NAME.publish/lock` beside it (serialising the
/// builds of one output, across processes and threads), writes the site into a staging folder of its own
/// beside the output (`.NAME.staging-XXXXXX`, recorded in `.NAME.publish/`; see `PublishFolder`), flushes
/// it to disk (`PublishDurability`), swaps it
/// into NAME's place with `renameat2(RENAME_EXCHANGE)` (one atomic step; two renames where the file
/// system lacks it), flushes the parent folder, removes the previous site and releases the lock.
///
/// Every function is safe to call from many threads at once for different outputs (for the same output
/// they take turns): no shared staging name, no use of the current folder, one lock file and one staging
/// folder per output, no per-file flush.
public enum Publisher {
    /// Publishes `files` as the complete contents of `outputDirectory`: `stage`, then `commit`.
    /// - Parameters:
    ///   - files: the site; paths are relative, `/`-separated.
    ///   - outputDirectory: the folder to replace (created when absent; its parent must exist or be creatable).
    ///     A symbolic link is followed: the folder it points to is replaced and the link stays.
    ///   - protected: folders that must survive, such as the dataset folder (see `checkSafe`).
    ///   - options: lock wait, durability, interruption.
    /// - Returns: the folder written and warnings to show (an old site that could not be removed).
    /// - Throws: `DiagnosticError` (stage `.publish`): `.cannotWrite`, `.refusedOutput`, `.outputLocked`,
    ///   `.publishInterrupted`; the output folder is then unchanged.
    @discardableResult
    public static func publish(_ files: [RenderedFile], to outputDirectory: String, protecting protected: [String] = [],
                               options: PublishOptions = PublishOptions()) throws(DiagnosticError) -> PublishResult {
        let site = try stage(files, to: outputDirectory, protecting: protected, options: options)
        return try commit([site])[0].get()
    }

    /// Checks the output, takes its lock, removes staging folders of builds that died, and writes `files`
    /// into a new staging folder. The output is not touched yet; `commit` swaps the site in.
    ///
    /// A fleet build stages several tenants (from several threads) and commits them together, so that one
    /// `syncfs` serves them all. Holding a staged site while staging another output can wait for another
    /// process's lock: keep batches small and commit them promptly.
    /// - Parameters: as `publish`.
    /// - Returns: the staged site, holding the output's lock until it is committed or discarded.
    /// - Throws: as `publish`; nothing of this build is then left behind.
    public static func stage(_ files: [RenderedFile], to outputDirectory: String, protecting protected: [String] = [],
                             options: PublishOptions = PublishOptions()) throws(DiagnosticError) -> StagedSite {
        guard !outputDirectory.isEmpty else {
            throw DiagnosticError([Diagnostic(.refusedOutput(path: "\"\"", detail: "the output folder is empty text: name a folder"))])
        }
        let output = resolvedOutput(outputDirectory)
        if (try? FileManager.default.destinationOfSymbolicLink(atPath: output.path)) != nil {
            throw DiagnosticError([Diagnostic(.refusedOutput(path: outputDirectory, detail: "it is a loop of symbolic links"))])
        }
        // Every refusal comes before the first write, so a refused build leaves nothing behind.
        try checkSafe(output: output, protecting: protected)
        try refuseFleet(output)
        try refuseNonFolder(output)
        if let file = files.first(where: { !isSafeRelativePath($0.path) }) {
            throw DiagnosticError([Diagnostic(.cannotWrite(path: file.path, detail: "not a relative path inside the output folder"))])
        }
        if let interruption = options.interruption, !interruption.begin() {
            throw DiagnosticError([Diagnostic(.publishInterrupted(path: outputDirectory))])
        }
        let folder: PublishFolder
        let staging: (record: String, name: String, descriptor: Int32)
        let warnings: [Diagnostic]
        do {
            folder = try PublishFolder.open(beside: output, as: outputDirectory)
        } catch {
            options.interruption?.end()
            throw error
        }
        do {
            try folder.acquireLock(options)
            try checkSafe(output: output, protecting: protected) // again: the lock holder may have changed it
            try refuseNonFolder(output)
            warnings = folder.removeStale(using: options.fileSystem)
            staging = try folder.makeFolder(prefix: "staging")
        } catch {
            folder.close()
            options.interruption?.end()
            throw error
        }
        let site = StagedSite(folder: folder, record: staging.record, stagingName: staging.name, staging: staging.descriptor, options: options, warnings: warnings)
        do {
            try site.write(files)
        } catch {
            site.discard()
            throw error
        }
        return site
    }

    /// Swaps staged sites in: one `syncfs` per file system for all sites staged with `.syncFileSystem`,
    /// then for each site the swap, one `fsync` per parent folder, the removal of the previous site and the
    /// release of the lock. Each site is published atomically and on its own: one that fails leaves its
    /// output unchanged and does not stop the others.
    /// - Parameter sites: sites from `stage`, each committed at most once.
    /// - Returns: one result per site, in order.
    public static func commit(_ sites: [StagedSite]) -> [Result<PublishResult, DiagnosticError>] {
        var results: [Result<PublishResult, DiagnosticError>?] = sites.map { site in
            guard site.markFinished() else {
                return .failure(DiagnosticError([Diagnostic(.cannotWrite(path: site.output, detail: "this staged site was already committed or discarded"))]))
            }
            return nil
        }
        func fail(_ index: Int, _ error: DiagnosticError) {
            _ = sites[index].removeStaging()
            sites[index].close()
            results[index] = .failure(error)
        }
        for members in syncGroups(sites, pending: results.map { $0 == nil }) {
            let first = sites[members[0]]
            let code = first.options.fileSystem.syncFileSystem(first.staging)
            guard code != 0 else { continue }
            for index in members {
                fail(index, PublishFolder.cannotWrite(sites[index].folder.displayPath, "flushing the new site to disk: \(SystemError.text(code))"))
            }
        }
        var previous: [Int: Bool] = [:]
        for index in sites.indices where results[index] == nil {
            do throws(DiagnosticError) {
                previous[index] = try sites[index].swapIn()
            } catch {
                fail(index, error)
            }
        }
        // One flush per parent folder makes every swap into it durable (a fleet's tenants share one parent).
        var parentFlush: [String: Int32] = [:]
        for index in previous.keys.sorted() {
            let parent = sites[index].folder.output.deletingLastPathComponent().path
            if parentFlush[parent] == nil { parentFlush[parent] = sites[index].options.fileSystem.syncFile(sites[index].folder.parent) }
        }
        for (index, hadPrevious) in previous.sorted(by: { $0.key < $1.key }) {
            let site = sites[index]
            var warnings = site.warnings
            if let code = parentFlush[site.folder.output.deletingLastPathComponent().path], code != 0 {
                warnings.append(Diagnostic(.publishNotDurable(path: site.output, detail: SystemError.text(code)), severity: .warning))
            }
            if hadPrevious {
                let code = site.removeStaging()
                if code != 0 {
                    warnings.append(Diagnostic(.previousSiteLeftBehind(path: site.stagingPath, detail: SystemError.text(code)), severity: .warning))
                }
            }
            site.close()
            results[index] = .success(PublishResult(output: site.output, warnings: warnings))
        }
        return results.map { $0! }
    }

    /// True for a non-empty relative path without `..`, `.` or empty components.
    static func isSafeRelativePath(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/") else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }
}
