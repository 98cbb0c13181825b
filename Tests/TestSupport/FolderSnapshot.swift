import Foundation

/// The bytes of every regular file below `folder`, by path relative to it (folders themselves are not
/// entries; symbolic links are followed). Two equal snapshots mean nothing in the folder changed.
public func snapshot(of folder: URL) throws -> [String: Data] {
    var files: [String: Data] = [:]
    guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [:] }
    for case let path as String in enumerator {
        let url = folder.appendingPathComponent(path)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
            files[path] = try Data(contentsOf: url)
        }
    }
    return files
}

/// `snapshot(of:)` with every file read as UTF-8 text, for short expectations such as `["index.html": "a"]`.
public func textSnapshot(of folder: URL) throws -> [String: String] {
    try snapshot(of: folder).mapValues { String(decoding: $0, as: UTF8.self) }
}
