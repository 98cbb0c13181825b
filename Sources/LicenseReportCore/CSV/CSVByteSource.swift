/// Where the CSV reader's bytes come from: an `InputFile` (a regular file, within its size limit) read
/// chunk by chunk with `read(2)`, or bytes already in memory (tests, the fuzzer, loaders that got the
/// text some other way).
///
/// Only one chunk is held at a time, so a file of any size is read in memory bounded by the chunk
/// size (plus the longest row the reader keeps). The file closes when the source is released.
package final class CSVByteSource {
    /// The default chunk size: 64 KiB, large enough to make system calls rare, small enough to stay in cache.
    package static let defaultChunkSize = 64 * 1024

    private enum Origin {
        case file(InputFile)
        case memory([UInt8], position: Int)
    }

    private var origin: Origin
    /// Bytes asked for per read (tests use tiny chunks to split UTF-8 sequences and CR LF pairs).
    package let chunkSize: Int

    /// Opens `path` for reading when it is a regular file of at most `maximumBytes` bytes (`InputFile`).
    /// - Returns: the source, or why the file is not read (the system's error, not a regular file, too large).
    package static func open(path: String, maximumBytes: Int = .max,
                             chunkSize: Int = defaultChunkSize) -> Result<CSVByteSource, CSVReadFailure> {
        InputFile.open(path, maximumBytes: maximumBytes)
            .map { CSVByteSource(origin: .file($0), chunkSize: chunkSize) }
            .mapError { CSVReadFailure(failure: $0) }
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

    /// Appends up to `chunkSize` bytes to `buffer`.
    /// - Returns: the number of bytes appended (0 at the end of the input), or the read failure.
    package func append(to buffer: inout [UInt8]) -> Result<Int, CSVReadFailure> {
        switch origin {
        case let .memory(bytes, position):
            let end = min(bytes.count, position + chunkSize)
            buffer.append(contentsOf: bytes[position..<end])
            origin = .memory(bytes, position: end)
            return .success(end - position)
        case let .file(file):
            let old = buffer.count
            buffer.append(contentsOf: repeatElement(0, count: chunkSize))
            let result = buffer.withUnsafeMutableBytes { raw in file.read(into: raw.baseAddress! + old, count: chunkSize) }
            buffer.removeLast(chunkSize - ((try? result.get()) ?? 0))
            return result.mapError { CSVReadFailure(failure: $0) }
        }
    }
}

/// Why the CSV reader's file could not be opened or read.
package struct CSVReadFailure: Error {
    /// The system's error, not a regular file, or too large.
    package var failure: InputFile.Failure

    /// The diagnostic reason, for the file shown as `displayPath`.
    package func reason(displayPath: String) -> Reason { failure.reason(displayPath: displayPath) }
}
