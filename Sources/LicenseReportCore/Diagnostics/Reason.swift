/// Every reason a diagnostic can have, with its values, grouped by the stage that reports it.
/// `stage` and `message` (Reason+Message.swift, in the same order) say where it belongs and what users read;
/// docs/dataset-format.md lists each one with the fix to make. A case has a comment only where its
/// message does not already say when it is raised.
public enum Reason: Hashable, Sendable {
    // MARK: Command line (exit 64)
    case invalidArgument(option: String, value: String, expected: String)
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
    case datasetNotFound(path: String)
    /// A folder given on the command line that is not a dataset (the output folder of `validate`, a
    /// templates folder) does not exist.
    case folderNotFound(path: String)
    /// No dataset folder was given on the command line, and the default (the bundled sample, relative to
    /// the current folder) is not there: the command was run outside the repository.
    case defaultDatasetNotFound(path: String)
    case missingFile(name: String)
    case unreadableFile(detail: String)
    /// The dataset folder exists but its files cannot be looked up (no search permission), with the system's reason.
    case unreadableFolder(path: String, detail: String)
    /// A dataset file that is not a regular file (after following links): a FIFO, a device, a socket, a folder.
    case notRegularFile(name: String, kind: String)
    /// A dataset file larger than the limit for its kind (docs/dataset-format.md), in bytes.
    case fileTooLarge(name: String, bytes: Int, maximum: Int)
    /// A dataset file that is a symbolic link to a regular file outside the dataset folder (a warning: it is read).
    case linkOutsideDataset(name: String, target: String)
    case conflictingFiles(first: String, second: String)
    /// A byte sequence that is not UTF-8, at a 0-based byte offset.
    case notUTF8(byteOffset: Int)
    /// A file required when another is present (tariffs.json when there is usage).
    case requiredWith(name: String, because: String)
    /// More diagnostics in one file than are listed: the errors and warnings left out (counted, not kept).
    /// It sorts after every other diagnostic of its file, and `Diagnostic.counts` adds its numbers in.
    case moreProblems(errors: Int, warnings: Int)
    /// A quoted field that never closes; points at the opening quote.
    case unterminatedQuote
    /// A `"` inside a field that did not start with a quote.
    case quoteInUnquotedField
    /// Characters after a closing quote before the next delimiter.
    case textAfterClosingQuote
    /// A row with more or fewer fields than the header.
    case fieldCount(expected: Int, found: Int)
    case emptyHeaderName(column: Int)
    case duplicateHeader(name: String)
    case missingColumn(name: String)
    case emptyFile
    /// A blank line before more rows (blank lines are allowed only at the end of a file); points at the
    /// first line of a run of blank lines.
    case blankLine
    /// A field longer than the reader keeps (a runaway quoted field, or not a CSV file).
    case fieldTooLong(maximumBytes: Int)
    case malformedJSON(detail: String)
    case missingKey(key: String)
    case wrongType(expected: String, found: String)
    /// The same key twice in one object (compared case-insensitively).
    case duplicateKey(key: String)
    case unknownField(name: String)
    /// A row of `ExtendedModuleLicenses` whose `Current` and `New` are both null: it has no module name.
    case moduleNameNotFound
    /// A JSON file in `fencing/` whose name is not one of the four FencingInfo calls'; ignored (a warning).
    case unknownFencingFile(name: String, known: [String])
    /// The previous site's history.json cannot be continued (damaged, another version or customer); always
    /// a warning, never an error, not even with `--strict` (issue 12).
    case historyIgnored(detail: String)
    /// `build-all`: a dataset folder of ROOT whose name is not safe as one URL path segment (`FleetTenantName`).
    case unsafeTenantName(name: String)
    /// `index`: a shard's part of the overview (`OUTPUT/.shards/K-of-N.json`) that cannot be read.
    case invalidShardPart(path: String, detail: String)

    // MARK: Check: values and consistency (exit 65)
    case invalidCount(field: String, value: String)
    case inUseExceedsTotal(inUse: Int, total: Int)
    case freeMismatch(free: Int, total: Int, inUse: Int)
    case invalidDecimal(field: String, value: String)
    /// A number with a thousands separator (ambiguous; rejected instead of guessed).
    case thousandsSeparator(field: String, value: String)
    /// A number such as `19.500` in a CSV file whose delimiter is not a comma: a dot before exactly three
    /// digits may be a thousands separator (German and Danish Excel) or a decimal point; never guessed.
    case ambiguousDecimalPoint(field: String, value: String)
    case notFinite(field: String, value: String)
    case negativeValue(field: String, value: String)
    case nonPositiveBlockSize(value: String)
    case invalidPeriod(value: String)
    /// A date or date-time that is not ISO 8601 or not a real day.
    case invalidDate(field: String, value: String)
    /// A date, date-time or month outside the accepted years (`first`...`last`: 1900–9998).
    case dateOutOfRange(field: String, value: String, first: Int, last: Int)
    /// A value outside a closed list (service, licence type, plan, aggregation, …).
    case unknownValue(field: String, value: String, known: [String])
    case negativeMaximum(value: Int)
    case unknownTimeZone(value: String)
    case invalidCurrency(value: String)
    /// A decimal with more decimals than allowed (6: docs/rules.md, "Exact arithmetic").
    case tooManyDecimals(field: String, value: String, maximum: Int)
    /// A number too large to compute with exactly (a count over 2³¹ − 1, a quantity of 10¹⁵ or more, …),
    /// with the limit as text.
    case numberTooLarge(field: String, value: String, limit: String)
    /// A month's quantity of one `sum` service that adds up to the quantity limit or more.
    case monthQuantityTooLarge(service: String, month: String, limit: String)
    /// A control character (or U+FFFE/U+FFFF) in text, which no page can carry.
    case controlCharacter(field: String, codePoint: String)
    case emptyValue(field: String)
    /// A text longer than its field allows (names 256 characters, …: docs/dataset-format.md).
    case textTooLong(field: String, length: Int, maximum: Int)
    case duplicateActiveUsers(month: String, first: String)
    case missingTariff(service: String)
    case duplicateTariff(service: String)
    case duplicateLicenseName(name: String, owner: String, first: String)
    case duplicateOwner(name: String, first: String)
    /// A decimal written with one separator in a file that used the other one first (`41,2` at line
    /// `line`, then `41.2`); reported once per file, at the first number of the second kind.
    case mixedDecimalSeparators(value: String, separator: String, first: String, line: Int)
    case mixedPeriods(service: String, month: String)
    case unknownRestrictionLimit(name: String, plan: String)
    case restrictionFlagMismatch(name: String, flag: String, given: Bool, computedLevel: String)
    /// A metered month with no `ActiveUsers` row and no user plan in license.json: its users, and so its
    /// thresholds, cannot be determined.
    case unknownUsers(month: String)
    /// A metered month with no `ActiveUsers` row whose user plans have 0 users in use (a warning).
    case noUsersInUse(month: String)
    /// license.json holds no licence owner.
    case noLicenseOwner
    /// Metered usage in a CRM Suite dataset: not invoiced, so not reported.
    case usageIgnoredForCRMSuite(file: String)
    case eventFinishedBeforeRegistered(event: String)
    /// An ExtendedLicenseInfo (or module row) whose `Current` is null, read from `New` instead (a warning).
    case readFromNewLicence(subject: String)
    /// One restriction name both in a `fencing/` file and in `status.json`.
    case restrictionInTwoFiles(name: String, fencingFile: String)

    // MARK: Render: templates (exit 70)
    case templatesFolderNotFound(path: String)
    case unreadableTemplate(detail: String)
    case templateMissing(name: String)
    case templateSyntax(detail: String)
    /// A template would print data unescaped (no content-type pragma, or `{{{…}}}` / `{{& …}}`).
    case templateEscaping(detail: String)
    /// A partial tag names a template the folder does not have (swift-mustache would render nothing).
    case templatePartialMissing(name: String)
    /// Partials that include each other in a loop (swift-mustache would recurse until the stack overflows):
    /// the chain of template names, first and last the same.
    case templatePartialCycle(chain: [String])
    /// A language catalogue (`languages/<code>.json`) that is not JSON, at its line and column.
    case catalogueSyntax(detail: String)
    /// A catalogue entry that is neither a text nor an object of plural forms (`one`, `other`), at its JSON path.
    case catalogueEntryType(key: String, found: String)
    /// A key of `en.json` that a catalogue lacks (every catalogue has exactly the keys of English).
    case catalogueKeyMissing(key: String)
    /// A key that `en.json` does not have (misspelt, or left over after a key was renamed).
    case catalogueKeyUnknown(key: String)
    /// An entry whose `{placeholders}` differ from English's: the same values must fill every language.
    case cataloguePlaceholders(key: String, expected: [String], found: [String])
    /// An entry that is plural in one catalogue and a plain text in English, or the other way round.
    case cataloguePluralMismatch(key: String, pluralInEnglish: Bool)
    /// A template's `{{t.key}}` names no catalogue key (swift-mustache would print nothing).
    case catalogueKeyNotFound(key: String)

    // MARK: Validate: rendered pages (exit 70)
    /// A libxml2 parse error (well-formedness), with libxml2's message.
    case malformedPage(detail: String, template: String?)
    case duplicateID(id: String, template: String?)
    case danglingLink(href: String, template: String?)
    case missingAlt(template: String?)
    case tableWithoutHeader(template: String?)
    case markdownTableCells(expected: Int, found: Int, template: String?)
    /// feed.xml does not follow RFC 4287 (the RELAX NG check of issue 12), with libxml2's message.
    case invalidFeed(detail: String)

    // MARK: PDF: printing the usage reports with Chromium (exit 69, or 70 for a PDF that fails its check)
    /// `--pdf` without `--chromium`, and none of `names` is on PATH.
    case browserNotFound(names: [String])
    case browserNotExecutable(path: String)
    /// pdfinfo or pdftotext (poppler-utils), which check every PDF, is not on PATH.
    case pdfCheckerNotFound(tool: String)
    /// Chromium, pdfinfo or pdftotext could not start, or ended with a failure status.
    case pdfToolFailed(tool: String, detail: String)
    /// Chromium, pdfinfo or pdftotext ran longer than the time limit and was stopped.
    case pdfToolTimedOut(tool: String, seconds: Int)
    /// A PDF that is missing, not A4, unreadable, or without the month's total in its text.
    case pdfCheckFailed(detail: String)

    // MARK: Publish: the output folder (exit 73)
    case cannotWrite(path: String, detail: String)
    /// An output folder that must not be replaced (it holds the input, or other content).
    case refusedOutput(path: String, detail: String)
    /// Another build held the output's lock for longer than the build was allowed to wait (`seconds`).
    case outputLocked(path: String, lockFile: String, seconds: Int)
    /// A warning, given when a build starts waiting (at most `seconds`) for another build of the same output.
    case waitingForLock(path: String, lockFile: String, seconds: Int)
    /// A signal (or the caller) interrupted publishing before the swap; the staging folder was removed.
    case publishInterrupted(path: String)
    /// A signal interrupted `build-all` into `path`: `published` of `total` customers had been swapped in
    /// (they stay, with their new sites); the others, the shard's part and the overview keep the previous run's.
    case fleetInterrupted(path: String, published: Int, total: Int)
    /// A warning: the new site is in place, but the previous one, moved to `path`, could not be removed.
    case previousSiteLeftBehind(path: String, detail: String)
    /// A warning: the staging folder of an interrupted build could not be removed.
    case staleStagingLeftBehind(path: String, detail: String)
    /// A warning: the new site is in place, but flushing its folder's parent to disk failed.
    case publishNotDurable(path: String, detail: String)
}
