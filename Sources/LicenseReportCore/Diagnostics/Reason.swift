/// Every reason a diagnostic can have, with its values, grouped by the stage that reports it.
/// `stage` and `message` (Reason+Message.swift, in the same order) say where it belongs and what users read;
/// docs/dataset-format.md lists each one with the fix to make.
public enum Reason: Hashable, Sendable {
    // MARK: Command line (exit 64)
    /// A command-line argument is wrong.
    case invalidArgument(option: String, value: String, expected: String)
    /// No usage for the requested month.
    case noUsageForMonth(month: String, available: [String])

    // MARK: Fetch: SuperOffice's Web API (`license-report fetch`; exit 69, 76, 77 or 78)
    /// Neither pair of credential variables is set (nor given in `--credentials`).
    case missingCredentials
    /// One variable of a credential pair is set without the other.
    case incompleteCredentials(present: String, missing: String)
    /// A `--credentials` file that its group or others may read or write (POSIX mode bits, octal).
    case unsafeCredentialsFile(path: String, mode: String)
    /// A `--credentials` file that cannot be read, or a line of it that is not `KEY=VALUE` with a known key
    /// (never quoted: it may hold a secret).
    case invalidCredentialsFile(detail: String)
    /// A `--ca-file` that cannot be read as PEM certificates.
    case invalidCAFile(path: String, detail: String)
    /// The service answered 401 or 403: the credentials are wrong or lack the right.
    case authenticationFailed(base: String, status: Int, check: String)
    /// No usable answer after every attempt: connection refused, time-out, TLS failure, or 429/5xx each time.
    case serviceUnavailable(call: String, detail: String)
    /// An HTTP status the call does not expect (404 on /v1/License, 400, …), not retried.
    case unexpectedStatus(call: String, status: Int, hint: String)
    /// A response that is not what its dataset file must hold: not JSON (its Content-Type says what it is),
    /// or JSON of the wrong shape (the problems follow, at their JSON paths).
    case unexpectedResponse(call: String, detail: String)
    /// A response body larger than the fetch accepts.
    case responseTooLarge(call: String, maximumBytes: Int)
    /// Paging that does not end (a server that ignores `$skip`).
    case tooManyPages(call: String, pages: Int)
    /// Fencing calls that answered 404 (SuperOffice before version 12): those limits are skipped. A warning.
    case fencingNotAvailable(calls: [String])

    // MARK: Load: files, CSV and JSON syntax (exit 65, or 66 for missing input)
    /// The dataset folder does not exist.
    case datasetNotFound(path: String)
    /// A folder given on the command line that is not a dataset (the output folder of `validate`, a
    /// templates folder) does not exist.
    case folderNotFound(path: String)
    /// No dataset folder was given on the command line, and the default (the bundled sample, relative to
    /// the current folder) is not there: the command was run outside the repository.
    case defaultDatasetNotFound(path: String)
    /// A required file is missing from the dataset folder.
    case missingFile(name: String)
    /// A file exists but cannot be read.
    case unreadableFile(detail: String)
    /// Two files that say the same thing are both present (e.g. usage.csv and usage.json).
    case conflictingFiles(first: String, second: String)
    /// A byte sequence that is not UTF-8, at a 0-based byte offset.
    case notUTF8(byteOffset: Int)
    /// A file required when another is present (tariffs.json when there is usage).
    case requiredWith(name: String, because: String)
    /// More diagnostics in one file than are listed (the rest are counted, not kept).
    case moreProblems(count: Int)
    /// A quoted field that never closes; points at the opening quote.
    case unterminatedQuote
    /// A `"` inside a field that did not start with a quote.
    case quoteInUnquotedField
    /// Characters after a closing quote before the next delimiter.
    case textAfterClosingQuote
    /// A row with more or fewer fields than the header.
    case fieldCount(expected: Int, found: Int)
    /// A header cell that is empty.
    case emptyHeaderName(column: Int)
    /// The same header name twice (case-insensitively).
    case duplicateHeader(name: String)
    /// A required column is missing from the header.
    case missingColumn(name: String)
    /// The file has no header line.
    case emptyFile
    /// A blank line before more rows (blank lines are allowed only at the end of a file); points at the
    /// first line of a run of blank lines.
    case blankLine
    /// A field longer than the reader keeps (a runaway quoted field, or not a CSV file).
    case fieldTooLong(maximumBytes: Int)
    /// The JSON text itself is malformed.
    case malformedJSON(detail: String)
    /// A required key is absent.
    case missingKey(key: String)
    /// A value of the wrong JSON type.
    case wrongType(expected: String, found: String)
    /// The same key twice in one object (compared case-insensitively).
    case duplicateKey(key: String)
    /// An extra column or key that is ignored.
    case unknownField(name: String)
    /// A row of `ExtendedModuleLicenses` whose `Current` and `New` are both null: it has no module name.
    case moduleNameNotFound
    /// A JSON file in `fencing/` whose name is not one of the four FencingInfo calls'; ignored (a warning).
    case unknownFencingFile(name: String, known: [String])

    // MARK: Check: values and consistency (exit 65)
    /// A count that is negative, fractional or not a number.
    case invalidCount(field: String, value: String)
    /// InUse greater than Total for a restricted licence.
    case inUseExceedsTotal(inUse: Int, total: Int)
    /// Free given, but not equal to Total − InUse.
    case freeMismatch(free: Int, total: Int, inUse: Int)
    /// A quantity or price that is not a decimal number.
    case invalidDecimal(field: String, value: String)
    /// A number with a thousands separator (ambiguous; rejected instead of guessed).
    case thousandsSeparator(field: String, value: String)
    /// A number such as `19.500` in a CSV file whose delimiter is not a comma: a dot before exactly three
    /// digits may be a thousands separator (German and Danish Excel) or a decimal point; never guessed.
    case ambiguousDecimalPoint(field: String, value: String)
    /// NaN or infinity.
    case notFinite(field: String, value: String)
    /// A negative quantity or price.
    case negativeValue(field: String, value: String)
    /// A block size of zero or less.
    case nonPositiveBlockSize(value: String)
    /// A Period that is not a real month or day.
    case invalidPeriod(value: String)
    /// A date or date-time that is not ISO 8601 or not a real day.
    case invalidDate(field: String, value: String)
    /// A value outside a closed list (service, licence type, plan, aggregation, …).
    case unknownValue(field: String, value: String, known: [String])
    /// A restriction Maximum below 0.
    case negativeMaximum(value: Int)
    /// An IANA time zone name that is not known.
    case unknownTimeZone(value: String)
    /// A currency that is not an ISO 4217 code.
    case invalidCurrency(value: String)
    /// A price with more decimals than allowed.
    case tooManyDecimals(field: String, value: String, maximum: Int)
    /// A control character (or U+FFFE/U+FFFF) in text, which no page can carry.
    case controlCharacter(field: String, codePoint: String)
    /// A required text value that is empty.
    case emptyValue(field: String)
    /// Two ActiveUsers values for one month.
    case duplicateActiveUsers(month: String, first: String)
    /// Usage for a service without a tariff.
    case missingTariff(service: String)
    /// The same tariff service twice.
    case duplicateTariff(service: String)
    /// The same licence Name twice within one owner.
    case duplicateLicenseName(name: String, owner: String, first: String)
    /// Two owners with the same OwnerName.
    case duplicateOwner(name: String, first: String)
    /// A decimal written with one separator in a file that used the other one first (`41,2` at line
    /// `line`, then `41.2`); reported once per file, at the first number of the second kind.
    case mixedDecimalSeparators(value: String, separator: String, first: String, line: Int)
    /// Monthly and daily rows for one `max` service and month.
    case mixedPeriods(service: String, month: String)
    /// Restriction `Maximum` absent and not in the plan table.
    case unknownRestrictionLimit(name: String, plan: String)
    /// A given IsNearingMaximum/HasReachedMaximum flag that disagrees with the computed level.
    case restrictionFlagMismatch(name: String, flag: String, given: Bool, computedLevel: String)
    /// Metered usage in a CRM Suite dataset: not invoiced, so not reported.
    case usageIgnoredForCRMSuite(file: String)
    /// An event whose eta is before its registered time.
    case eventFinishedBeforeRegistered(event: String)
    /// An ExtendedLicenseInfo (or module row) whose `Current` is null, read from `New` instead (a warning).
    case readFromNewLicence(subject: String)
    /// One restriction name both in a `fencing/` file and in `status.json`.
    case restrictionInTwoFiles(name: String, fencingFile: String)

    // MARK: Render: templates (exit 70)
    /// The templates folder given with `--templates` does not exist.
    case templatesFolderNotFound(path: String)
    /// A template or stylesheet exists but cannot be read.
    case unreadableTemplate(detail: String)
    /// A template file is missing from the templates folder.
    case templateMissing(name: String)
    /// A template does not parse.
    case templateSyntax(detail: String)
    /// A template would print data unescaped (no content-type pragma, or `{{{…}}}` / `{{& …}}`).
    case templateEscaping(detail: String)

    // MARK: Validate: rendered pages (exit 70)
    /// A libxml2 parse error (well-formedness), with libxml2's message.
    case malformedPage(detail: String, template: String?)
    /// An id used twice in one page.
    case duplicateID(id: String, template: String?)
    /// An internal link to a file or id that does not exist.
    case danglingLink(href: String, template: String?)
    /// An `img` without `alt`.
    case missingAlt(template: String?)
    /// A `table` without a header row.
    case tableWithoutHeader(template: String?)
    /// A GFM table row whose cell count differs from its header's.
    case markdownTableCells(expected: Int, found: Int, template: String?)

    // MARK: Publish: the output folder (exit 73)
    /// The output folder cannot be written.
    case cannotWrite(path: String, detail: String)
    /// An output folder that must not be replaced (it holds the input, or other content).
    case refusedOutput(path: String, detail: String)
}
