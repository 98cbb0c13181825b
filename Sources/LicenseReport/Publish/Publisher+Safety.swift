import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension Publisher {
    /// The file every published site carries, so that a later build knows the folder is its own to replace.
    public static let markerFileName = ".license-report"

    /// The marker's text.
    static let markerText = """
        This folder was written by license-report. Every build replaces it as a whole:
        do not keep other files here.

        """

    /// The line a fleet's marker adds to `markerText` (`license-report build-all`, docs/fleet.md): such a
    /// folder holds many customers' sites, which one site must never replace.
    static let fleetMarkerLine = "It holds the sites of many customers (license-report build-all) and their overview.\n"

    /// Whether `folder` carries a fleet's marker.
    static func isFleet(_ folder: String) -> Bool {
        let marker = folder + "/" + markerFileName
        guard isMarker(URL(fileURLWithPath: marker)), let data = FileManager.default.contents(atPath: marker) else { return false }
        return String(decoding: data, as: UTF8.self).contains(fleetMarkerLine)
    }

    /// Refuses to replace a fleet's output folder with one site: it would delete every customer's site.
    /// - Throws: `.refusedOutput` naming the folder.
    static func refuseFleet(_ output: URL) throws(DiagnosticError) {
        if isFleet(output.path) {
            throw refused(output.path, "it holds the sites of many customers (written by license-report build-all), which one site would replace: build into a folder of its own, or run build-all")
        }
    }

    /// The folder a build really replaces: symbolic links followed, also a link whose target does not
    /// exist yet (a first deploy to `current -> releases/new`), at most 16 links deep.
    static func resolvedOutput(_ path: String) -> URL {
        var url = URL(fileURLWithPath: path).standardizedFileURL
        for _ in 0..<16 {
            guard let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: url.path) else { break }
            url = (destination.hasPrefix("/") ? URL(fileURLWithPath: destination)
                   : url.deletingLastPathComponent().appendingPathComponent(destination)).standardizedFileURL
        }
        return url.deletingLastPathComponent().resolvingSymlinksInPath().appendingPathComponent(url.lastPathComponent)
    }

    /// Refuses an output folder that replacing would destroy something else with: the input, the current
    /// folder or one of their parents, or an existing folder with other content.
    ///
    /// - Parameters:
    ///   - output: the output folder, absolute, standardized, symbolic links resolved.
    ///   - protected: input folders that must survive (the dataset and templates folders); the current
    ///     folder is always protected.
    ///   - contents: also refuse a non-empty folder without our marker. Only meaningful under the output's
    ///     lock: without it, a concurrent shard may be writing the marker into a folder it has just created.
    /// - Throws: `DiagnosticError` `.refusedOutput` (stage `.publish`) saying why.
    static func checkSafe(output: URL, protecting protected: [String], contents: Bool = true) throws(DiagnosticError) {
        let outputPath = output.path
        let current = FileManager.default.currentDirectoryPath
        for candidate in protected.map({ (URL(fileURLWithPath: $0), "an input folder") }) + [(URL(fileURLWithPath: current), "the current folder")] {
            let path = candidate.0.standardizedFileURL.resolvingSymlinksInPath().path
            if path == outputPath || path.hasPrefix(outputPath.hasSuffix("/") ? outputPath : outputPath + "/") {
                throw refused(outputPath, "it is or contains \(candidate.1) (\(path)), which replacing it would delete")
            }
        }
        guard contents else { return }
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: outputPath, isDirectory: &isDirectory), isDirectory.boolValue else { return }
        let entries = (try? fm.contentsOfDirectory(atPath: outputPath)) ?? []
        if !entries.isEmpty && !isMarker(output.appendingPathComponent(markerFileName)) {
            throw refused(outputPath, "it is not empty and was not written by license-report (it has no \(markerFileName) file): empty it or choose another folder")
        }
    }

    /// True for a regular file that starts with the marker's text. A symbolic link does not count, even to
    /// a real marker (it would let someone else's folder pass as ours), nor does an empty file, a folder or
    /// a FIFO (opened without blocking, never read).
    static func isMarker(_ url: URL) -> Bool {
        let descriptor = open(url.path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return false }
        let expected = Array(markerText.utf8.prefix(40))
        var bytes = [UInt8](repeating: 0, count: expected.count)
        var count = 0
        while count < expected.count {
            let got = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + count, expected.count - count) }
            if got < 0 && errno == EINTR { continue }
            guard got > 0 else { break }
            count += got
        }
        return count == expected.count && bytes == expected
    }

    private static func refused(_ path: String, _ detail: String) -> DiagnosticError {
        DiagnosticError([Diagnostic(.refusedOutput(path: path, detail: detail))])
    }
}
