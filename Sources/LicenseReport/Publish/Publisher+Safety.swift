import Foundation

extension Publisher {
    /// The file every published site carries, so that a later build knows the folder is its own to replace.
    public static let markerFileName = ".license-report"

    /// The marker's text.
    static let markerText = """
        This folder was written by license-report. Every build replaces it as a whole:
        do not keep other files here.

        """

    /// Refuses an output folder that replacing would destroy something else with: the input, the current
    /// folder or one of their parents, or an existing folder with other content.
    ///
    /// - Parameters:
    ///   - output: the output folder, absolute, standardized, symbolic links resolved.
    ///   - protected: folders that must survive (the dataset folder); the current folder is always protected.
    /// - Throws: `DiagnosticError` `.refusedOutput` (stage `.publish`) saying why.
    static func checkSafe(output: URL, protecting protected: [String]) throws(DiagnosticError) {
        let outputPath = output.path
        let current = FileManager.default.currentDirectoryPath
        for candidate in protected.map({ (URL(fileURLWithPath: $0), "the dataset folder") }) + [(URL(fileURLWithPath: current), "the current folder")] {
            let path = candidate.0.standardizedFileURL.resolvingSymlinksInPath().path
            if path == outputPath || path.hasPrefix(outputPath.hasSuffix("/") ? outputPath : outputPath + "/") {
                throw refused(outputPath, "it is or contains \(candidate.1) (\(path)), which replacing it would delete")
            }
        }
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: outputPath, isDirectory: &isDirectory), isDirectory.boolValue else { return }
        let entries = (try? fm.contentsOfDirectory(atPath: outputPath)) ?? []
        if !entries.isEmpty && !entries.contains(markerFileName) {
            throw refused(outputPath, "it is not empty and was not written by license-report (it has no \(markerFileName) file): empty it or choose another folder")
        }
    }

    private static func refused(_ path: String, _ detail: String) -> DiagnosticError {
        DiagnosticError([Diagnostic(.refusedOutput(path: path, detail: detail), stage: .publish)])
    }
}
