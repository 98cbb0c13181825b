import Foundation

/// Reading a dataset file's bytes, with errors a user can act on instead of `NSCocoaErrorDomain` texts.
enum FileBytes {
    /// Whether `path` names an existing directory.
    static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Whether `path` names an existing file or directory.
    static func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

    /// Reads the whole file. Large files are memory-mapped, so their pages are loaded as they are read.
    /// - Returns: the bytes, or the reason (from `errno`, e.g. "Permission denied") the file cannot be read.
    static func read(_ path: String) -> Result<Data, ReadFailure> {
        if isDirectory(path) { return .failure(ReadFailure(reason: .unreadableFile(detail: "\(path) is a directory, not a file"))) }
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return .failure(ReadFailure(reason: .unreadableFile(detail: "\(path): \(String(cString: strerror(errno)))"))) }
        close(descriptor)
        do {
            return .success(try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe))
        } catch {
            return .failure(ReadFailure(reason: .unreadableFile(detail: "\(path): \((error as NSError).localizedDescription)")))
        }
    }

    /// The byte-order mark's length at the start of `bytes` (3 for a UTF-8 BOM, else 0).
    static func byteOrderMarkLength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    }
}

/// Why a file could not be read.
struct ReadFailure: Error, Hashable {
    /// `unreadableFile` with the system's reason.
    var reason: Reason
}
