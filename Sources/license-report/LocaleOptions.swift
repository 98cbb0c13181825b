import ArgumentParser
import LicenseReport

/// `--locale`, shared by every command that renders pages (`build`, `usage`, `build-all`: one
/// `@OptionGroup var locale: LocaleOptions` each).
struct LocaleOptions: ParsableArguments {
    @Option(name: .customLong("locale"), help: ArgumentHelp(
        "The language and number and date formats of the pages: \(LocaleCode.allCases.map(\.rawValue).joined(separator: ", ")). Default: status.json's Locale, else en.",
        valueName: "code"))
    var code: LocaleCode?
}

/// A code that is not a catalogue is a command-line error (exit 64) that lists the choices; the
/// parser's message names the option and the value ("The value 'xx' is invalid for '--locale <code>'.
/// Please provide one of the following:" and the codes, one a line).
extension LocaleCode: ExpressibleByArgument {}
