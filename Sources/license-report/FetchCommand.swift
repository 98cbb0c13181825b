import ArgumentParser
import Foundation
import LicenseReport
import SuperOfficeFetch

/// `license-report fetch`: SuperOffice's Web API → the API files of a dataset folder; a nightly job runs it
/// before `build`.
struct FetchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch",
        abstract: "Write a dataset's license.json, fencing/ and events.json from SuperOffice's Web API.",
        discussion: """
        Credentials come from SUPEROFFICE_USERNAME and SUPEROFFICE_PASSWORD (Basic, on-premise), or \
        SUPEROFFICE_TICKET and SUPEROFFICE_APP_TOKEN (Online), or --credentials FILE; never from the command line. \
        status.json, usage.csv and tariffs.json are left as they are. On any failure the dataset folder is unchanged. \
        Exit codes: 0 success, 64 usage, 69 service unavailable, 73 cannot write, 76 unexpected response, \
        77 authentication failed, 78 credentials or CA file.
        """
    )

    @Argument(help: "The API root, up to /api: https://crm.example.com/superoffice/api or https://online3.superoffice.com/Cust12345/api.")
    var baseURL: String

    @Option(name: .long, help: "The dataset folder to write or refresh (created when absent).")
    var output: String

    @Option(name: .long, help: "A file of KEY=VALUE lines (the SUPEROFFICE_* variables) that only its owner can read; used instead of the environment.")
    var credentials: String?

    @Option(name: .customLong("ca-file"), help: "A PEM file of certificates to trust besides the system's (an intranet CA).")
    var caFile: String?

    @Option(name: .customLong("connect-timeout"), help: "Seconds to wait for a connection.")
    var connectTimeout: Double = 10

    @Option(name: .long, help: "Seconds to wait for an answer, and between its bytes.")
    var timeout: Double = 60

    @Option(name: .long, help: "Retries after a connection error, a time-out, 429 or 5xx.")
    var retries: Int = 3

    @Option(name: .customLong("retry-delay"), help: "Seconds before the first retry; each further one doubles it (with jitter), up to 60.")
    var retryDelay: Double = 1

    @Option(name: .customLong("page-size"), help: "System events per page ($top).")
    var pageSize: Int = 500

    @OptionGroup var logging: LoggingOptions

    func validate() throws {
        guard connectTimeout > 0, timeout > 0 else { throw ValidationError("--connect-timeout and --timeout must be more than 0 seconds") }
        guard (0...10).contains(retries) else { throw ValidationError("--retries must be from 0 to 10") }
        guard retryDelay >= 0, retryDelay <= 60 else { throw ValidationError("--retry-delay must be from 0 to 60 seconds") }
        guard (1...10_000).contains(pageSize) else { throw ValidationError("--page-size must be from 1 to 10000") }
    }

    func run() async throws {
        do {
            let base = try BaseURL(baseURL)
            let variables = try credentials.map { path throws(DiagnosticError) in try CredentialsFile.read(path) }
                ?? ProcessInfo.processInfo.environment
            let request = FetchRequest(
                base: base, datasetFolder: output, credentials: try Credentials.from(variables), caFile: caFile,
                connectTimeout: connectTimeout, requestTimeout: timeout,
                retry: RetryPolicy(retries: retries, baseDelay: retryDelay), pageSize: pageSize)
            let result = try await DatasetFetch.run(request, logger: logging.makeLogger())
            Diagnostics.print(result.warnings)
            print("Fetched \(output)/ from \(base): \(result.files.joined(separator: ", ")); \(CountText.of(result.eventCount, "event")), \(Diagnostics.warningsText(result.warnings)).")
        } catch {
            throw Diagnostics.exit(error)
        }
    }
}
