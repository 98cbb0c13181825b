import ArgumentParser
import Foundation
import LicenseReport

/// `--warn-days` and `--fail-on` of `build` (issue 12): the expiry warning window, and the conditions that
/// make a nightly job's build exit 1 after publishing.
struct AlertOptions: ParsableArguments {
    @Option(name: .customLong("warn-days"), help: ArgumentHelp(
        "An owner or licence that expires within this many days of the report date is a warning.",
        valueName: "days"))
    var warnDays: Int = ExpiryWarningRules.defaultWarnDays

    @Option(name: .customLong("fail-on"), help: ArgumentHelp(
        "After publishing, exit 1 when a limit is approaching (or reached), reached, or something is expiring within --warn-days (or expired). Repeat for several.",
        valueName: "approaching|reached|expiring"))
    var failOn: [FailCondition] = []

    /// The largest `--warn-days` accepted: ten years.
    static let maximumWarnDays = 3650

    func validate() throws {
        guard (0...Self.maximumWarnDays).contains(warnDays) else {
            throw ValidationError("--warn-days \(warnDays) is not a whole number of days from 0 to \(Self.maximumWarnDays)")
        }
    }

    /// Prints each alarm to standard error ("alarm: reached: Document templates: 50 of 50") and exits 1 when
    /// there is one; returns when there is none.
    func exit(_ alarms: [Alarm]) throws {
        guard !alarms.isEmpty else { return }
        for alarm in alarms { FileHandle.standardError.write(Data("alarm: \(alarm.text)\n".utf8)) }
        let conditions = Set(alarms.map(\.condition)).sorted().map(\.rawValue).joined(separator: ", ")
        FileHandle.standardError.write(Data("--fail-on \(conditions): \(alarms.count) row\(alarms.count == 1 ? "" : "s") triggered; exit 1.\n".utf8))
        throw ExitCode(1)
    }
}

extension FailCondition: ExpressibleByArgument {}
