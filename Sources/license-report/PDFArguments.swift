import ArgumentParser
import LicenseReport

/// `--pdf`, `--chromium` and `--pdf-timeout`, shared by `build` and `usage`.
struct PDFArguments: ParsableArguments {
    @Flag(name: .long, help: "Also print every usage report to usage/YYYY-MM.pdf (A4) with headless Chromium, checked with poppler's pdfinfo and pdftotext. Needs Debian's packages chromium and poppler-utils (else exit 69, before anything is written).")
    var pdf = false

    @Option(name: .long, help: ArgumentHelp("The browser --pdf runs: a path, or a name on PATH. Default: the first of chromium, chromium-browser, google-chrome on PATH.", valueName: "path"))
    var chromium: String?

    @Option(name: .customLong("pdf-timeout"), help: ArgumentHelp("Seconds Chromium may take to print one report before it is stopped (exit 69).", valueName: "seconds"))
    var timeoutSeconds: Int = 60

    func validate() throws {
        guard timeoutSeconds > 0 else { throw ValidationError("--pdf-timeout must be a whole number of seconds above 0") }
        if !pdf && chromium != nil { throw ValidationError("--chromium is used only with --pdf") }
    }

    /// The PDF options of the request, or `nil` without `--pdf`.
    var options: PDFOptions? { pdf ? PDFOptions(chromium: chromium, timeoutSeconds: timeoutSeconds) : nil }
}
