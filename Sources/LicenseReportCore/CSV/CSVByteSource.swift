#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the CSV reader's bytes come from: an open file read chunk by chunk with `read(2)`, or bytes
/// already in memory (tests, the fuzzer, loaders that got the text some other way).
///
/// Only one chunk is held at a time, so a file of any size is read in memory bounded by the chunk
/// size (plus the longest row the reader keeps). The class closes its file descriptor when released.
package final class CSVByteSource {
    /// The default chunk size: 64 KiB, large enough to make system calls rare, small enough to stay in cache.
    package static let defaultChunkSize = 64 * 1024

    private enum Origin {
        case file(Int32)
        case memory([UInt8], position: Int)
    }

    private var origin: Origin
    /// Bytes asked for per read (tests use tiny chunks to split UTF-8 sequences and CR LF pairs).
    package let chunkSize: Int

    /// Opens `path` for reading.
    /// - Returns: the source, or the system's reason (e.g. "No such file or directory") when it cannot be opened.
    package static func open(path: String, chunkSize: Int = defaultChunkSize) -> Result<CSVByteSource, CSVReadFailure> {
        let descriptor = path.withCString { openReadOnly($0) }
        guard descriptor >= 0 else { return .failure(CSVReadFailure(errorNumber: errno)) }
        return .success(CSVByteSource(origin: .file(descriptor), chunkSize: chunkSize))
    }

    /// Serves `bytes` from memory, `chunkSize` bytes at a time.
    package init(bytes: [UInt8], chunkSize: Int = defaultChunkSize) {
        self.origin = .memory(bytes, position: 0)
        self.chunkSize = max(1, chunkSize)
    }

    private init(origin: Origin, chunkSize: Int) {
        self.origin = origin
        self.chunkSize = max(1, chunkSize)
    }

    deinit {
        if case let .file(descriptor) = origin { _ = close(descriptor) }
    }

    /// Appends up to `chunkSize` bytes to `buffer`.
    /// - Returns: the number of bytes appended (0 at the end of the input), or the read failure.
    package func append(to buffer: inout [UInt8]) -> Result<Int, CSVReadFailure> {
        switch origin {
        case let .memory(bytes, position):
            let end = min(bytes.count, position + chunkSize)
            buffer.append(contentsOf: bytes[position..<end])
            origin = .memory(bytes, position: end)
            return .success(end - position)
        case let .file(descriptor):
            let old = buffer.count
            buffer.append(contentsOf: repeatElement(0, count: chunkSize))
            var count = -1
            repeat {
                count = buffer.withUnsafeMutableBytes { raw in
                    read(descriptor, raw.baseAddress! + old, chunkSize)
                }
            } while count < 0 && errno == EINTR
            let failure = count < 0 ? errno : 0
            buffer.removeLast(chunkSize - max(count, 0))
            return count < 0 ? .failure(CSVReadFailure(errorNumber: failure)) : .success(count)
        }
    }
}

/// A failed `open(2)` or `read(2)`, with the system's message.
package struct CSVReadFailure: Error {
    /// `errno` at the failure.
    package var errorNumber: Int32

    /// The system's text for the error, e.g. "Is a directory".
    package var message: String { String(cString: strerror(errorNumber)) }
}

/// `open(2)` read-only; a free function so the name does not clash with `CSVByteSource.open`.
private func openReadOnly(_ path: UnsafePointer<CChar>) -> Int32 {
    open(path, O_RDONLY | O_CLOEXEC)
}
