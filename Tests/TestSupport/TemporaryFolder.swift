import Foundation

/// A new empty folder under the system's temporary folder, named `prefix-UUID`. The caller removes it
/// when it matters (`defer { try? FileManager.default.removeItem(at: folder) }`); the system cleans up the rest.
public func temporaryFolder(_ prefix: String = "license-report-tests") throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// A copy of the file or folder `source` (symbolic links resolved) in a new temporary folder, under the
/// same name; returns the copy.
public func temporaryCopy(of source: URL, prefix: String = "license-report-tests") throws -> URL {
    let resolved = source.resolvingSymlinksInPath()
    let copy = try temporaryFolder(prefix).appendingPathComponent(resolved.lastPathComponent)
    try FileManager.default.copyItem(at: resolved, to: copy)
    return copy
}
