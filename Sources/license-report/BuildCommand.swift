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

    @OptionGroup var templates: TemplatesOptions

    @OptionGroup var reportDate: ReportDateOptions

    @Option(name: .long, help: "user, or admin to add Upgrade links next to approaching and reached restrictions.")
    var audience: Audience = .user

    @OptionGroup var locale: LocaleOptions

    @OptionGroup var csv: CSVDialectOptions

    @OptionGroup var pdf: PDFArguments

    @OptionGroup var alerts: AlertOptions

    @OptionGroup var input: InputOptions

    @OptionGroup var publishing: PublishingOptions

    @OptionGroup var logging: LoggingOptions

    func run() throws {
        var alarms: [Alarm] = []
        let reportDate = try reportDate.resolve()
        do {
            let dataset = try DatasetOptions.resolve(dataset)
            let request = BuildRequest(
                datasetFolder: dataset, outputDirectory: output, templatesDirectory: templates.directory,
                reportDate: reportDate, audience: audience, loadOptions: input.loadOptions, csvDialect: csv.dialect,
                pdf: pdf.options, warnDays: alerts.warnDays, locale: locale.code)
            let result = try SiteBuild.run(request, publishing: publishing.publishOptions(), logger: logging.makeLogger())
            Diagnostics.print(result.warnings)
            print("Built \(output)/ from \(dataset): \(CountText.of(result.files.count, "file")), \(Diagnostics.warningsText(result.warnings)).")
            alarms = result.report.alarms(failingOn: Set(alerts.failOn))
        } catch {
            throw Diagnostics.exit(error)
        }
        // After publishing: the site is up to date, and the exit status raises the alarm.
        try alerts.exit(alarms)
    }
}

extension Audience: ExpressibleByArgument {}
