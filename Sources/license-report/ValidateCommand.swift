import ArgumentParser
import LicenseReport

/// `license-report validate`: validate an existing output folder.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Validate the HTML, XML and Markdown pages of an existing output folder; exit 0 or 70."
    )

    @Argument(help: "The output folder to validate.")
    var directory: String

    func run() throws {
        do {
            let files = try SiteReader.read(directory: directory)
            // Paths in the diagnostics are prefixed with DIR as given ("site/status.html:12:7"), so that
            // they can be opened from the current folder (docs/validation.md).
            let problems = SiteValidator.validate(files).map { prefixed($0, with: directory) }
            if !problems.isEmpty { throw DiagnosticError(problems) }
            print("\(directory): \(CountText.of(files.count, "file")), no problems.")
        } catch {
            throw Diagnostics.exit(error)
        }
    }

    /// The diagnostic with its file path prefixed by the validated folder.
    private func prefixed(_ diagnostic: Diagnostic, with folder: String) -> Diagnostic {
        var result = diagnostic
        guard let location = diagnostic.location else { return result }
        var root = folder
        while root.count > 1, root.hasSuffix("/") { root.removeLast() }
        result.location?.file = root == "/" ? "/" + location.file : root + "/" + location.file
        return result
    }
}
