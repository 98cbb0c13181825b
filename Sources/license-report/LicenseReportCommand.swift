import ArgumentParser
import LicenseReport

/// `license-report`: the command line. Argument parsing and exit codes only; the work is in LicenseReport.
@main
struct LicenseReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "license-report",
        abstract: "Turns SuperOffice CRM licence data into a static status site.",
        discussion: "Exit codes: 0 success, 64 usage error, 65 bad data, 66 missing input, 69 a program --pdf needs is missing or fails, 70 template or validation failure, 73 cannot write output; fetch also 69, 76, 77, 78 (see fetch --help).",
        subcommands: [BuildCommand.self, BuildAllCommand.self, IndexCommand.self, CheckCommand.self, ValidateCommand.self, UsageCommand.self, FetchCommand.self],
        defaultSubcommand: BuildCommand.self
    )
}
