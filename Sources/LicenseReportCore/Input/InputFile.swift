#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// An input file, opened only when it is a regular file (after following links) of at most
/// `maximumBytes` bytes, and read without ever blocking on a pipe or reading forever from a device.
///
/// A special file is not a file: a FIFO named `license.json` would block `open(2)` until a writer
/// comes, `/dev/zero` behind `usage.csv` would be read forever, a socket cannot be opened at all. So
/// the path is `stat`ed first (nothing is opened that is not a regular file: opening some devices has
/// effects), then opened with `O_NONBLOCK` (a FIFO swapped in after the `stat` cannot block) and the
/// opened descriptor is `fstat`ed again (what was opened is what counts). Reads stop with `tooLarge`
/// once the limit is passed, so a file that grows while it is read, or a regular file that reports
/// size 0 but has content (`/proc`), is bounded too. The descriptor closes when the value is released.
package final class InputFile {
    /// Why a file is not read.
    package enum Failure: Error, Hashable {
        /// `stat`, `open` or `read` failed: `errno`.
        case system(errorNumber: Int32)
        /// Not a regular file: what it is ("a FIFO (named pipe)", "a folder", …).
        case notRegular(kind: String)
        /// Larger than the limit: its size (or the bytes read so far when it grew while being read).
        case tooLarge(bytes: Int, maximum: Int)

        /// The diagnostic reason, naming the file by the last component of `displayPath`.
        package func reason(displayPath: String) -> Reason {
            let name = String(displayPath.split(separator: "/").last ?? Substring(displayPath))
            switch self {
            case .system(let errorNumber):
                return .unreadableFile(detail: "\(displayPath): \(String(cString: strerror(errorNumber)))")
            case .notRegular(let kind):
                return .notRegularFile(name: name, kind: kind)
            case .tooLarge(let bytes, let maximum):
                return .fileTooLarge(name: name, bytes: bytes, maximum: maximum)
            }
        }
    }

    /// The open descriptor (read-only, close-on-exec, non-blocking).
    private let descriptor: Int32
    /// The size `fstat` gave when the file was opened.
    package let size: Int
    /// Most bytes read before `tooLarge`.
    package let maximumBytes: Int
    private var bytesRead = 0

    private init(descriptor: Int32, size: Int, maximumBytes: Int) {
        self.descriptor = descriptor
        self.size = size
        self.maximumBytes = maximumBytes
    }

    deinit { _ = close(descriptor) }

    /// Opens `path` when it is a regular file of at most `maximumBytes` bytes.
    /// - Returns: the open file, or why not (the system's error, not a regular file, too large).
    package static func open(_ path: String, maximumBytes: Int) -> Result<InputFile, Failure> {
        var info = stat()
        guard stat(path, &info) == 0 else { return .failure(.system(errorNumber: errno)) }
        if let kind = kind(of: info.st_mode) { return .failure(.notRegular(kind: kind)) }
        let descriptor = path.withCString { openNonBlocking($0) }
        guard descriptor >= 0 else { return .failure(.system(errorNumber: errno)) }
        guard fstat(descriptor, &info) == 0 else {
            let failure = errno
            _ = close(descriptor)
            return .failure(.system(errorNumber: failure))
        }
        if let kind = kind(of: info.st_mode) {
            _ = close(descriptor)
            return .failure(.notRegular(kind: kind))
        }
        let size = Int(info.st_size)
        guard size <= maximumBytes else {
            _ = close(descriptor)
            return .failure(.tooLarge(bytes: size, maximum: maximumBytes))
        }
        return .success(InputFile(descriptor: descriptor, size: size, maximumBytes: maximumBytes))
    }

    /// What a file of `mode` is when it is not a regular file; `nil` for a regular file.
    package static func kind(of mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: nil
        case S_IFDIR: "a folder"
        case S_IFIFO: "a FIFO (named pipe)"
        case S_IFSOCK: "a socket"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFLNK: "a symbolic link"
        default: "a special file"
        }
    }

    /// Reads up to `count` bytes into `buffer` (retrying after a signal).
    /// - Returns: the bytes read, 0 at the end of the file; `tooLarge` once more than `maximumBytes`
    ///   bytes have been read in all.
    package func read(into buffer: UnsafeMutableRawPointer, count: Int) -> Result<Int, Failure> {
        var result = -1
        repeat {
            result = readDescriptor(descriptor, buffer, count)
        } while result < 0 && errno == EINTR
        guard result >= 0 else { return .failure(.system(errorNumber: errno)) }
        bytesRead += result
        guard bytesRead <= maximumBytes else { return .failure(.tooLarge(bytes: bytesRead, maximum: maximumBytes)) }
        return .success(result)
    }

    /// Reads the rest of the file.
    /// - Returns: its bytes, or the failure of a read (including `tooLarge`).
    package func readAll() -> Result<[UInt8], Failure> {
        // One byte more than the size: reaching it means the file grew, and reading goes on to the limit.
        var bytes = [UInt8](repeating: 0, count: min(size, maximumBytes) + 1)
        var filled = 0
        while true {
            if filled == bytes.count { bytes.append(contentsOf: repeatElement(0, count: min(bytes.count, 1 << 20))) }
            let space = bytes.count - filled
            let result = bytes.withUnsafeMutableBytes { raw in read(into: raw.baseAddress! + filled, count: space) }
            switch result {
            case .failure(let failure): return .failure(failure)
            case .success(0):
                bytes.removeLast(bytes.count - filled)
                return .success(bytes)
            case .success(let count): filled += count
            }
        }
    }
}

/// `open(2)` read-only, non-blocking (a FIFO opens at once instead of waiting for a writer), close-on-exec,
/// never as the controlling terminal; a free function so the name does not clash with `InputFile.open`.
private func openNonBlocking(_ path: UnsafePointer<CChar>) -> Int32 {
    open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
}

/// `read(2)`; a free function so the name does not clash with `InputFile.read`.
private func readDescriptor(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
