import CAtomicSwap
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The publish operations that tests replace, behind one seam (as loopwerk/Saga keeps file access):
/// failures that tests running as root cannot provoke (an old site that cannot be removed, a file
/// system without `RENAME_EXCHANGE`), and the flushes whose count is the cost of durability. Each
/// returns 0 or an `errno` value. Everything else publishing does is plain POSIX calls on folder
/// descriptors, so it is safe from many threads and never depends on the current folder.
struct PublishFileSystem: Sendable {
    /// Removes a folder and everything below it, without following symbolic links.
    var removeTree: @Sendable (_ path: String) -> Int32
    /// `syncfs(2)`: flushes the whole file system holding the open descriptor.
    var syncFileSystem: @Sendable (_ descriptor: Int32) -> Int32
    /// `fsync(2)` of an open file or folder.
    var syncFile: @Sendable (_ descriptor: Int32) -> Int32
    /// `renameat2(RENAME_EXCHANGE)`: swaps two names (folder descriptor, name) in one atomic step.
    var exchange: @Sendable (_ fromFolder: Int32, _ from: String, _ toFolder: Int32, _ to: String) -> Int32

    /// The real file system.
    static let live = PublishFileSystem(
        removeTree: { path in
            do {
                try FileManager.default.removeItem(atPath: path)
                return 0
            } catch {
                return SystemError.code(of: error)
            }
        },
        syncFileSystem: { license_report_syncfs($0) == 0 ? 0 : errno },
        syncFile: { fsync($0) == 0 ? 0 : errno },
        exchange: { license_report_exchange_at($0, $1, $2, $3) == 0 ? 0 : errno }
    )
}

/// An `errno` value and its text, for the `detail` of publish diagnostics.
enum SystemError {
    /// The text of `code`: "Permission denied".
    static func text(_ code: Int32) -> String { String(cString: strerror(code)) }

    /// The `errno` inside a Foundation error (`CocoaError` wrapping a `POSIXError`), else EIO.
    static func code(of error: Error) -> Int32 {
        if let cocoa = error as? CocoaError, let posix = cocoa.underlying as? POSIXError { return posix.code.rawValue }
        if let posix = error as? POSIXError { return posix.code.rawValue }
        if let cocoa = error as? CocoaError {
            switch cocoa.code {
            case .fileWriteNoPermission, .fileReadNoPermission: return EACCES
            case .fileNoSuchFile, .fileReadNoSuchFile: return ENOENT
            case .fileWriteVolumeReadOnly: return EROFS
            case .fileWriteOutOfSpace: return ENOSPC
            default: return EIO
            }
        }
        return EIO
    }
}
