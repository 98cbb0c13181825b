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
            let problems = SiteValidator.validate(files)
            if !problems.isEmpty { throw DiagnosticError(problems) }
            print("\(directory): \(files.count) files, no problems.")
        } catch {
            throw Diagnostics.exit(error)
        }
    }
}
