import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension Publisher {
    /// The pending sites staged with `.syncFileSystem`, grouped by file system (device), in a stable
    /// order: each group needs one `syncfs`.
    static func syncGroups(_ sites: [StagedSite], pending: [Bool]) -> [[Int]] {
        var groups: [UInt64: [Int]] = [:]
        for index in sites.indices where pending[index] && sites[index].options.durability == .syncFileSystem {
            var status = stat()
            let device = fstat(sites[index].staging, &status) == 0 ? UInt64(status.st_dev) : UInt64.max - UInt64(index)
            groups[device, default: []].append(index)
        }
        return groups.values.sorted { $0[0] < $1[0] }
    }

    /// Refuses an output that exists and is not a folder (a file, a device), before anything is staged.
    static func refuseNonFolder(_ output: URL) throws(DiagnosticError) {
        var status = stat()
        guard lstat(output.path, &status) == 0 else { return }
        if status.st_mode & S_IFMT != S_IFDIR {
            throw DiagnosticError([Diagnostic(.cannotWrite(path: output.path, detail: "it is a file, not a folder"))])
        }
    }
}

extension StagedSite {
    /// Puts the staged site in the output's place: a rename when there is no output yet, else one
    /// `renameat2(RENAME_EXCHANGE)` within the parent folder, after which the staging folder holds the
    /// previous site. Where the file system cannot exchange (EINVAL, ENOSYS, EOPNOTSUPP: NFS, older
    /// kernels), two renames: the previous site to `.NAME.old-XXXXXX`, the staged one to the output; readers
    /// then briefly find no folder, and after a crash between the two renames the next build puts the
    /// previous site back (`PublishFolder.removeStale`).
    /// - Returns: whether a previous site now lies at `stagingPath`, to be removed.
    /// - Throws: `.publishInterrupted`, `.cannotWrite`; the output is then unchanged.
    func swapIn() throws(DiagnosticError) -> Bool {
        if options.interruption?.isInterrupted == true {
            throw DiagnosticError([Diagnostic(.publishInterrupted(path: folder.displayPath))])
        }
        let name = folder.outputName, parent = folder.parent
        var status = stat()
        if fstatat(parent, name, &status, AT_SYMLINK_NOFOLLOW) != 0 {
            guard errno == ENOENT, renameat(parent, stagingName, parent, name) == 0 else { throw failure(errno) }
            folder.forget(record)
            return false
        }
        guard status.st_mode & S_IFMT == S_IFDIR else {
            throw DiagnosticError([Diagnostic(.cannotWrite(path: output, detail: "it is a file, not a folder"))])
        }
        let code = options.fileSystem.exchange(parent, stagingName, parent, name)
        if code == 0 { return true }
        guard code == EINVAL || code == ENOSYS || code == EOPNOTSUPP else { throw failure(code) }
        let old = try folder.makeFolder(prefix: "old")
        Glibc.close(old.descriptor)
        // Renaming a folder onto an empty folder replaces it in one step.
        guard renameat(parent, name, parent, old.name) == 0 else {
            let code = errno
            if unlinkat(parent, old.name, AT_REMOVEDIR) == 0 { folder.forget(old.record) }
            throw failure(code)
        }
        guard renameat(parent, stagingName, parent, name) == 0 else {
            let code = errno
            if renameat(parent, old.name, parent, name) == 0 { folder.forget(old.record) }
            throw failure(code)
        }
        // The staging name is free again: give it the previous site, so that one name is removed.
        guard renameat(parent, old.name, parent, stagingName) == 0 else { return false } // the next build removes it
        folder.forget(old.record)
        return true
    }

    private func failure(_ code: Int32) -> DiagnosticError {
        DiagnosticError([Diagnostic(.cannotWrite(path: output, detail: SystemError.text(code)))])
    }
}
