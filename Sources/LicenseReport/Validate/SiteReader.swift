import Foundation

/// Reads an existing output folder back into `RenderedFile`s, for `license-report validate`.
public enum SiteReader {
    /// Reads every regular file below `directory`, sorted by relative path.
    /// - Throws: `DiagnosticError` (stage `.load`): `.folderNotFound` when the folder does not exist,
    ///   `.unreadableFile` when it is a file or a file in it cannot be read.
    public static func read(directory: String) throws(DiagnosticError) -> [RenderedFile] {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: directory, isDirectory: &isDirectory) else {
            throw DiagnosticError([Diagnostic(.folderNotFound(path: directory))])
        }
        guard isDirectory.boolValue else {
            throw DiagnosticError([Diagnostic(.unreadableFile(detail: "\(directory) is a file, not a folder"))])
        }
        let root = URL(fileURLWithPath: directory)
        guard let enumerator = fm.enumerator(atPath: directory) else { return [] }
        var files: [RenderedFile] = []
        for case let relative as String in enumerator {
            let url = root.appendingPathComponent(relative)
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: url.path, isDirectory: &isDir), !isDir.boolValue else { continue }
            guard let data = fm.contents(atPath: url.path) else {
                throw DiagnosticError([Diagnostic(.unreadableFile(detail: "permission denied"), at: SourceLocation(file: url.path))])
            }
            files.append(RenderedFile(path: relative, bytes: Array(data)))
        }
        return files.sorted { $0.path < $1.path }
    }
}
