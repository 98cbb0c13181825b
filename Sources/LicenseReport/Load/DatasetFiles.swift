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

    /// Whether `file` exists in the folder. Anything of that name counts (a folder, a FIFO, a dangling
    /// link, a name that cannot be looked up): reading it then says what is wrong, instead of "missing".
    func has(_ file: String) -> Bool { FileBytes.entry(path(file)) != .missing }

    /// Warns about each dataset file that is a symbolic link to a regular file outside the folder, naming
    /// the target: it is read (a link to a non-regular file is an error when it is read). A link inside the
    /// folder (`usage.csv` → `exports/usage-2026.csv`) is not worth a word.
    func reportLinksOutside(_ names: [String], log: inout DiagnosticLog) {
        guard let base = Self.resolved(folder) else { return }
        for name in names {
            var info = stat()
            guard lstat(path(name), &info) == 0, info.st_mode & S_IFMT == S_IFLNK,
                  let target = Self.resolved(path(name)), !target.hasPrefix(base == "/" ? "/" : base + "/"),
                  stat(target, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { continue }
            log.warning(.linkOutsideDataset(name: name, target: target), at: SourceLocation(file: display(name)))
        }
    }

    /// The absolute path with every link resolved (`realpath(3)`), `nil` when it does not resolve.
    private static func resolved(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }

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
