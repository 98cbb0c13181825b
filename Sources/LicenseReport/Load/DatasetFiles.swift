import Foundation

/// The files of a dataset folder: their paths on disk and the names diagnostics show (`folder/file`, with
/// the folder as the user named it).
struct DatasetFiles {
    /// The folder as given, without trailing slashes (`/` stays `/`).
    let folder: String

    /// Wraps a dataset folder.
    init(folder: String) {
        var trimmed = folder
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
        self.folder = trimmed
    }

    /// The dataset's display name: the folder's last path component.
    var name: String { URL(fileURLWithPath: folder).standardizedFileURL.lastPathComponent }

    /// The location of the folder itself, for file-level problems (a missing or conflicting file).
    var folderLocation: SourceLocation { SourceLocation(file: folder) }

    /// The path of `file` inside the folder.
    func path(_ file: String) -> String { folder == "/" ? "/" + file : folder + "/" + file }

    /// The name diagnostics use for `file`.
    func display(_ file: String) -> String { path(file) }

    /// Whether `file` exists in the folder (a directory of that name counts, and fails to read later).
    func has(_ file: String) -> Bool { FileBytes.exists(path(file)) }

    /// Which of two alternative files is present; records `conflictingFiles` when both are (then neither is read).
    mutating func oneOf(_ first: String, _ second: String, log: inout DiagnosticLog) -> String? {
        switch (has(first), has(second)) {
        case (true, true):
            log.error(.conflictingFiles(first: first, second: second), at: folderLocation)
            return nil
        case (true, false): return first
        case (false, true): return second
        case (false, false): return nil
        }
    }
}
