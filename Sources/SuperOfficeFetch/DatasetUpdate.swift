import CAtomicSwap
import Foundation
import LicenseReport
#if canImport(Glibc)
import Glibc
#endif

/// Replaces the API files of a dataset folder in one atomic step, keeping every other file.
///
/// A complete new folder is staged beside the dataset (same parent, so the same file system): the files
/// `fetch` does not own (`status.json`, `usage.csv`, `tariffs.json`, a README, …) are hard-linked into it
/// (copied where a link is not possible), the new API files written, and the staged folder then takes the
/// dataset's place with `renameat2(RENAME_EXCHANGE)` (two renames where the kernel lacks it). A reader,
/// such as a `build` started meanwhile, sees the old dataset or the new one, never a mix; a failure at any
/// point leaves the dataset folder exactly as it was. Edits made to the dataset while a fetch runs are lost.
enum DatasetUpdate {
    /// The entries `fetch` owns: replaced as a whole (a `fencing/` limit the service no longer answers disappears).
    static let ownedEntries = APIResponseCheck.apiEntries

    /// Writes `files` (paths relative to the dataset, e.g. `fencing/projects.json`) as the dataset's API files.
    /// - Parameter folder: the dataset folder; created (with its parents) when absent. A symbolic link is
    ///   followed: the folder it points to is replaced and the link stays.
    /// - Throws: `DiagnosticError` with `cannotWrite` or `refusedOutput` (stage `.publish`, exit 73); the
    ///   dataset is then unchanged.
    static func replace(apiFiles files: [String: Data], in folder: String) throws(DiagnosticError) {
        let fm = FileManager.default
        let target = URL(fileURLWithPath: folder).standardizedFileURL.resolvingSymlinksInPath()
        var isDirectory: ObjCBool = false
        let exists = fm.fileExists(atPath: target.path, isDirectory: &isDirectory)
        if exists, !isDirectory.boolValue { throw cannotWrite(folder, "it is a file, not a dataset folder") }
        try refuseConflicts(in: target, exists: exists, shown: folder)
        let parent = target.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(".\(target.lastPathComponent).fetch-\(getpid())")
        do {
            try fm.createDirectory(at: parent, withIntermediateDirectories: true)
            if fm.fileExists(atPath: staging.path) { try fm.removeItem(at: staging) }
            try fm.createDirectory(at: staging, withIntermediateDirectories: false)
            if exists {
                if let mode = (try? fm.attributesOfItem(atPath: target.path))?[.posixPermissions] as? Int {
                    try fm.setAttributes([.posixPermissions: mode], ofItemAtPath: staging.path)
                }
                for entry in try fm.contentsOfDirectory(atPath: target.path) where !ownedEntries.contains(entry) {
                    try keep(target.appendingPathComponent(entry), as: staging.appendingPathComponent(entry))
                }
            }
            for (path, contents) in files.sorted(by: { $0.key < $1.key }) {
                let url = staging.appendingPathComponent(path)
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try contents.write(to: url)
            }
        } catch {
            try? fm.removeItem(at: staging)
            throw cannotWrite(folder, (error as NSError).localizedFailureReason ?? "\(error.localizedDescription)")
        }
        try swap(staging, into: target, exists: exists, shown: folder)
    }

    /// A dataset may hold `events.csv` or `events.json`, not both: fetch writes the second, so it refuses
    /// (before any call) a dataset with the first rather than delete a file it does not own.
    static func refuseConflicts(in target: URL, exists: Bool, shown: String) throws(DiagnosticError) {
        guard exists, FileManager.default.fileExists(atPath: target.appendingPathComponent("events.csv").path) else { return }
        throw DiagnosticError([Diagnostic(.refusedOutput(
            path: shown, detail: "it has events.csv, and fetch writes events.json (a dataset holds one of them): remove or rename events.csv"))])
    }

    /// Puts an existing entry into the staged folder: a hard link for a file (instant, and the same bytes),
    /// a copy for a folder, a symbolic link or where linking is refused.
    private static func keep(_ source: URL, as destination: URL) throws {
        var info = stat()
        if lstat(source.path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, link(source.path, destination.path) == 0 { return }
        try FileManager.default.copyItem(at: source, to: destination)
    }

    private static func swap(_ staging: URL, into target: URL, exists: Bool, shown: String) throws(DiagnosticError) {
        let fm = FileManager.default
        func fail(_ detail: String) -> DiagnosticError {
            try? fm.removeItem(at: staging)
            return cannotWrite(shown, detail)
        }
        if !exists {
            guard rename(staging.path, target.path) == 0 else { throw fail(String(cString: strerror(errno))) }
            return
        }
        if license_report_exchange_paths(staging.path, target.path) == 0 {
            try? fm.removeItem(at: staging) // now holds the old dataset
            return
        }
        let old = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).old-\(getpid())")
        try? fm.removeItem(at: old)
        guard rename(target.path, old.path) == 0 else { throw fail(String(cString: strerror(errno))) }
        guard rename(staging.path, target.path) == 0 else {
            let detail = String(cString: strerror(errno))
            _ = rename(old.path, target.path)
            throw fail(detail)
        }
        try? fm.removeItem(at: old)
    }

    private static func cannotWrite(_ path: String, _ detail: String) -> DiagnosticError {
        DiagnosticError([Diagnostic(.cannotWrite(path: path, detail: detail))])
    }
}
