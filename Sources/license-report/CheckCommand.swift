import ArgumentParser
import LicenseReport

/// `license-report check`: load and check only; what a cron job runs before publishing.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a dataset and print every diagnostic; exit 0 when it is clean, 65 otherwise."
    )

    @Argument(help: DatasetOptions.help)
    var dataset: String?

    @OptionGroup var input: InputOptions

    func run() throws {
        do {
            let dataset = try DatasetOptions.resolve(dataset)
            let checked = try DatasetLoader.load(folder: dataset, options: input.loadOptions)
            Diagnostics.print(checked.warnings)
            print("\(dataset): no errors, \(Diagnostics.warningsText(checked.warnings)).")
        } catch {
            throw Diagnostics.exit(error)
        }
    }
}
