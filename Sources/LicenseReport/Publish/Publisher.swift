import CAtomicSwap
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The publish stage: writes a validated site so that readers see either the old site or the
/// new one, never a mix, and a failure leaves the old site untouched.
///
/// Files are written to a staging folder beside the output (same file system), which then takes
/// the output's place: with `renameat2(RENAME_EXCHANGE)` on Linux (one atomic step), else with two
/// renames. The old site is removed afterwards, so no stale file of an earlier build survives.
public enum Publisher {
    /// Publishes `files` as the complete contents of `outputDirectory`.
    /// - Parameters:
    ///   - files: the site; paths are relative, `/`-separated.
    ///   - outputDirectory: the folder to replace (created when absent; its parent must exist or be creatable).
    ///     A symbolic link is followed: the folder it points to is replaced and the link stays.
    ///   - protected: folders that must survive, such as the dataset folder (see `checkSafe`).
    /// - Throws: `DiagnosticError` with `.cannotWrite` or `.refusedOutput` (stage `.publish`); the output
    ///   folder is then unchanged.
    public static func publish(_ files: [RenderedFile], to outputDirectory: String, protecting protected: [String] = []) throws(DiagnosticError) {
        let fm = FileManager.default
        guard !outputDirectory.isEmpty else {
            throw DiagnosticError([Diagnostic(.refusedOutput(path: "\"\"", detail: "the output folder is empty text: name a folder"))])
        }
        let output = resolvedOutput(outputDirectory)
        if (try? fm.destinationOfSymbolicLink(atPath: output.path)) != nil {
            throw DiagnosticError([Diagnostic(.refusedOutput(path: outputDirectory, detail: "it is a loop of symbolic links"))])
        }
        try checkSafe(output: output, protecting: protected)
        let parent = output.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(".\(output.lastPathComponent).staging-\(getpid())")
        do {
            try fm.createDirectory(at: parent, withIntermediateDirectories: true)
            if fm.fileExists(atPath: staging.path) { try fm.removeItem(at: staging) }
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
            try Data(markerText.utf8).write(to: staging.appendingPathComponent(markerFileName))
            for file in files {
                guard isSafeRelativePath(file.path) else {
                    throw DiagnosticError([Diagnostic(.cannotWrite(path: file.path, detail: "not a relative path inside the output folder"))])
                }
                let url = staging.appendingPathComponent(file.path)
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.contents).write(to: url)
            }
        } catch let error as DiagnosticError {
            try? fm.removeItem(at: staging)
            throw error
        } catch {
            try? fm.removeItem(at: staging)
            throw cannotWrite(outputDirectory, error)
        }
        try swap(staging: staging, into: output)
    }

    private static func swap(staging: URL, into output: URL) throws(DiagnosticError) {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        let exists = fm.fileExists(atPath: output.path, isDirectory: &isDirectory)
        if exists && !isDirectory.boolValue {
            try? fm.removeItem(at: staging)
            throw DiagnosticError([Diagnostic(.cannotWrite(path: output.path, detail: "it is a file, not a folder"))])
        }
        if !exists {
            if rename(staging.path, output.path) != 0 {
                let detail = String(cString: strerror(errno))
                try? fm.removeItem(at: staging)
                throw DiagnosticError([Diagnostic(.cannotWrite(path: output.path, detail: detail))])
            }
            return
        }
        if license_report_exchange_paths(staging.path, output.path) == 0 {
            try? fm.removeItem(at: staging) // now holds the old site
            return
        }
        let old = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).old-\(getpid())")
        try? fm.removeItem(at: old)
        guard rename(output.path, old.path) == 0 else {
            let detail = String(cString: strerror(errno))
            try? fm.removeItem(at: staging)
            throw DiagnosticError([Diagnostic(.cannotWrite(path: output.path, detail: detail))])
        }
        guard rename(staging.path, output.path) == 0 else {
            let detail = String(cString: strerror(errno))
            _ = rename(old.path, output.path)
            try? fm.removeItem(at: staging)
            throw DiagnosticError([Diagnostic(.cannotWrite(path: output.path, detail: detail))])
        }
        try? fm.removeItem(at: old)
    }

    /// True for a non-empty relative path without `..`, `.` or empty components.
    static func isSafeRelativePath(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/") else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }

    private static func cannotWrite(_ path: String, _ error: Error) -> DiagnosticError {
        let detail: String
        if let cocoa = error as? CocoaError, let underlying = cocoa.underlying as? POSIXError {
            detail = String(cString: strerror(underlying.code.rawValue))
        } else if let posix = error as? POSIXError {
            detail = String(cString: strerror(posix.code.rawValue))
        } else {
            detail = (error as NSError).localizedFailureReason ?? "\(error.localizedDescription)"
        }
        return DiagnosticError([Diagnostic(.cannotWrite(path: path, detail: detail))])
    }
}
