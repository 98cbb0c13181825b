import Foundation
import LicenseReportCore

/// Looking up and reading dataset files, with errors a user can act on instead of `NSCocoaErrorDomain` texts.
enum FileBytes {
    /// What a path names, looked up without following a last symbolic link.
    enum Entry: Hashable {
        /// Nothing of that name (or a component of the path is not a folder).
        case missing
        /// A folder, or a link to one.
        case folder
        /// Anything else that exists: a file, a link (dangling or not), a FIFO, a device …
        case other
        /// The lookup failed for another reason, e.g. "Permission denied" on a folder without search permission.
        case inaccessible(detail: String)
    }

    /// What `path` names (`lstat`, then `stat` for a link, so that a link to a folder counts as a folder).
    static func entry(_ path: String) -> Entry {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            let failure = errno
            return failure == ENOENT || failure == ENOTDIR ? .missing : .inaccessible(detail: String(cString: strerror(failure)))
        }
        if info.st_mode & S_IFMT == S_IFLNK, stat(path, &info) != 0 { return .other }
        return info.st_mode & S_IFMT == S_IFDIR ? .folder : .other
    }

    /// Why names in `folder` cannot be looked up (a folder without search permission: "Permission denied"),
    /// or `nil` when they can. Without this, every file of such a folder would look missing.
    static func lookupFailure(inFolder folder: String) -> String? {
        var info = stat()
        return lstat(folder + "/.", &info) == 0 ? nil : String(cString: strerror(errno))
    }

    /// Reads the whole file when it is a regular file of at most `maximumBytes` bytes (`InputFile`).
    /// - Returns: the bytes, or the reason: `unreadableFile` (the system's reason, e.g. "Permission denied"),
    ///   `notRegularFile` (a FIFO, a device, a socket, a folder) or `fileTooLarge`.
    static func read(_ path: String, displayPath: String, maximumBytes: Int) -> Result<[UInt8], ReadFailure> {
        InputFile.open(path, maximumBytes: maximumBytes)
            .flatMap { $0.readAll() }
            .mapError { ReadFailure(reason: $0.reason(displayPath: displayPath)) }
    }

    /// The byte-order mark's length at the start of `bytes` (3 for a UTF-8 BOM, else 0).
    static func byteOrderMarkLength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    }
}

/// Why a file could not be read.
struct ReadFailure: Error, Hashable {
    /// `unreadableFile`, `notRegularFile` or `fileTooLarge`.
    var reason: Reason
}
