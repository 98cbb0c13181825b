import ArgumentParser
import Foundation
import LicenseReport

/// `license-report build`: load, check, compute, render, validate and publish one dataset.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the licence status site from a dataset folder."
    )

    @Argument(help: DatasetOptions.help)
    var dataset: String?

    @Option(name: .long, help: "The output folder; replaced as a whole when the build succeeds.")
    var output: String = "site"

    @Option(name: .long, help: "A folder of edited templates (html/, markdown/, assets/); default: the bundled templates.")
    var templates: String?

    @Option(name: .customLong("as-of"), help: "The report date, YYYY-MM-DD. Default: SOURCE_DATE_EPOCH, else today in the dataset's time zone.")
    var asOf: String?

    @Option(name: .long, help: "user, or admin to add Upgrade links next to approaching and reached restrictions.")
    var audience: Audience = .user

    @Option(name: .customLong("csv-dialect"), help: "CSV of the usage reports: default (comma, decimal point, no BOM) or excel-nordic (semicolon, decimal comma, UTF-8 BOM).")
    var csvDialect: CSVDialect = .standard

    @OptionGroup var input: InputOptions

    @OptionGroup var logging: LoggingOptions

    func run() throws {
        let reportDate = try ReportDateOption.resolve(asOf)
        do {
            let dataset = try DatasetOptions.resolve(dataset)
            let request = BuildRequest(
                datasetFolder: dataset, outputDirectory: output, templatesDirectory: templates,
                reportDate: reportDate, audience: audience, loadOptions: input.loadOptions, csvDialect: csvDialect)
            let result = try SiteBuild.run(request, logger: logging.makeLogger())
            Diagnostics.print(result.warnings)
            print("Built \(output)/ from \(dataset): \(result.files.count) files, \(result.warnings.count) warnings.")
        } catch {
            throw Diagnostics.exit(error)
        }
    }
}

extension Audience: ExpressibleByArgument {}
