import ArgumentParser
import Foundation
import LicenseReport

/// `license-report usage`: one month's usage report, for a billing job that runs after month end.
struct UsageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "usage",
        abstract: "Write one month's usage report (HTML, Markdown, CSV, JSON, and PDF with --pdf) to attach to an invoice.",
        discussion: """
        Writes OUTPUT/usage/YYYY-MM.html (self-contained: styles inline, no links), .md, .csv and .json, and \
        with --pdf YYYY-MM.pdf, after the same checks, validation and atomic publishing as `build`. The output \
        folder is replaced as a whole, so it must be empty, new, or an earlier `usage` output of the same \
        customer: a site or any other folder is refused (exit 73) and left as it is. The default, usage-YYYY-MM, \
        gives each month its own folder. A month without usage is an error (exit 64).
        """
    )

    @Argument(help: DatasetOptions.help)
    var dataset: String?

    @Option(name: .long, help: "The usage month to report, YYYY-MM (billed on the invoice of the month after).")
    var month: String

    @Option(name: .long, help: "The output folder: new, empty or an earlier usage output of the same customer (never a site); replaced as a whole when the run succeeds. Default: usage-YYYY-MM.")
    var output: String?

    @OptionGroup var locale: LocaleOptions

    @OptionGroup var csv: CSVDialectOptions

    @OptionGroup var pdf: PDFArguments

    @OptionGroup var templates: TemplatesOptions

    @OptionGroup var reportDate: ReportDateOptions

    @OptionGroup var input: InputOptions

    @OptionGroup var publishing: PublishingOptions

    @OptionGroup var logging: LoggingOptions

    func validate() throws {
        guard let usageMonth = YearMonth(iso: month) else {
            throw ValidationError("--month '\(TerminalText.shown(month))' is not a month in the form YYYY-MM")
        }
        guard DateRange.contains(usageMonth) else { throw ValidationError(DateRange.outOfRange(field: "--month", text: month).message) }
    }

    func run() throws {
        let usageMonth = YearMonth(iso: month)!
        let folder = output ?? "usage-\(usageMonth)"
        let reportDate = try reportDate.resolve()
        do {
            let request = UsageRequest(
                datasetFolder: try DatasetOptions.resolve(dataset), month: usageMonth, outputDirectory: folder,
                templatesDirectory: templates.directory, reportDate: reportDate, csvDialect: csv.dialect,
                loadOptions: input.loadOptions, pdf: pdf.options, locale: locale.code)
            let result = try UsageBuild.run(request, publishing: publishing.publishOptions(), logger: logging.makeLogger())
            Diagnostics.print(result.warnings)
            print("Wrote the usage report for \(usageMonth) to \(folder)/usage/: \(CountText.of(result.files.count, "file")), \(Diagnostics.warningsText(result.warnings)).")
        } catch {
            throw Diagnostics.exit(error)
        }
    }
}

extension CSVDialect: ExpressibleByArgument {}
