/// Every reason a diagnostic can have, with its values. `message` is the text users read;
/// docs/dataset-format.md lists each one with the fix to make.
public enum Reason: Hashable, Sendable {
    // MARK: Usage
    /// A command-line argument is wrong.
    case invalidArgument(option: String, value: String, expected: String)

    // MARK: Files
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

    // MARK: CSV
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

    // MARK: JSON
    /// The JSON text itself is malformed.
    case malformedJSON(detail: String)
    /// A required key is absent.
    case missingKey(key: String)
    /// A value of the wrong JSON type.
    case wrongType(expected: String, found: String)
    /// The same key twice in one object (compared case-insensitively).
    case duplicateKey(key: String)

    // MARK: Values
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

    // MARK: Consistency
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

    // MARK: Warnings
    /// An extra column or key that is ignored.
    case unknownField(name: String)
    /// A given IsNearingMaximum/HasReachedMaximum flag that disagrees with the computed level.
    case restrictionFlagMismatch(name: String, flag: String, given: Bool, computedLevel: String)
    /// Metered usage in a CRM Suite dataset: not invoiced, so not reported.
    case usageIgnoredForCRMSuite(file: String)
    /// An event whose eta is before its registered time.
    case eventFinishedBeforeRegistered(event: String)

    // MARK: Templates and rendering
    /// A template file is missing from the templates folder.
    case templateMissing(name: String)
    /// A template does not parse.
    case templateSyntax(detail: String)
    /// A template would print data unescaped (no content-type pragma, or `{{{…}}}` / `{{& …}}`).
    case templateEscaping(detail: String)

    // MARK: Validation
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

    // MARK: Publishing
    /// The output folder cannot be written.
    case cannotWrite(path: String, detail: String)
    /// An output folder that must not be replaced (it holds the input, or other content).
    case refusedOutput(path: String, detail: String)
    /// No usage for the requested month.
    case noUsageForMonth(month: String, available: [String])

    /// The message users read, without the position.
    public var message: String {
        switch self {
        case let .invalidArgument(option, value, expected):
            return "invalid value '\(value)' for \(option): expected \(expected)"
        case let .datasetNotFound(path):
            return "dataset folder '\(path)' does not exist"
        case let .folderNotFound(path):
            return "folder '\(path)' does not exist"
        case let .defaultDatasetNotFound(path):
            return "no dataset folder given, and the bundled sample '\(path)' is not in the current folder: give a dataset folder"
        case let .missingFile(name):
            return "missing \(name): every dataset needs one"
        case let .unreadableFile(detail):
            return "cannot read file: \(detail)"
        case let .conflictingFiles(first, second):
            return "both \(first) and \(second) are present: keep one of them"
        case let .notUTF8(byteOffset):
            return "not UTF-8: invalid byte sequence at byte offset \(byteOffset); save the file as UTF-8"
        case let .requiredWith(name, because):
            return "missing \(name): it is required because \(because)"
        case let .moreProblems(count):
            return "\(count) more problems in this file are not listed: fix the ones above (often one cause) and run again"
        case .unterminatedQuote:
            return "unterminated quoted field: the quote opened here is never closed"
        case .quoteInUnquotedField:
            return "quote inside an unquoted field: quote the whole field and double the quote (\"\")"
        case .textAfterClosingQuote:
            return "text after a closing quote: expected a delimiter or the end of the line"
        case let .fieldCount(expected, found):
            return "expected \(expected) fields as in the header, found \(found)"
        case let .emptyHeaderName(column):
            return "empty header name in column \(column)"
        case let .duplicateHeader(name):
            return "duplicated header '\(name)'"
        case let .missingColumn(name):
            return "missing column '\(name)' in the header"
        case .emptyFile:
            return "empty file: expected a header line"
        case .blankLine:
            return "blank line between rows: delete it (blank lines are allowed only at the end of the file)"
        case let .fieldTooLong(maximumBytes):
            return "field longer than \(maximumBytes) bytes: check for a missing closing quote"
        case let .malformedJSON(detail):
            return "malformed JSON: \(detail)"
        case let .missingKey(key):
            return "missing required key '\(key)'"
        case let .wrongType(expected, found):
            return "expected \(expected), found \(found)"
        case let .duplicateKey(key):
            return "duplicated key '\(key)': keep one of them"
        case let .invalidCount(field, value):
            return "\(field) must be a whole number of 0 or more, found '\(value)'"
        case let .inUseExceedsTotal(inUse, total):
            return "InUse \(inUse) is greater than Total \(total) for a restricted licence"
        case let .freeMismatch(free, total, inUse):
            return "Free \(free) does not equal Total − InUse (\(total) − \(inUse) = \(total - inUse))"
        case let .invalidDecimal(field, value):
            return "\(field) must be a decimal number such as 41.2, found '\(value)'"
        case let .thousandsSeparator(field, value):
            return "\(field) '\(value)' has a thousands separator: write the number without grouping"
        case let .ambiguousDecimalPoint(field, value):
            // No Foundation here: the fuzzer compiles the Diagnostics files on their own.
            let grouped = String(value.filter { $0 != "." })
            let decimal = Reason.decimalCommaText(value)
            let pointed = String(decimal.map { $0 == "," ? "." : $0 })
            return "\(field) '\(value)' is ambiguous: \(grouped) with '.' as a thousands separator, or \(pointed) with a decimal point? Write \(grouped) or \(decimal)"
        case let .notFinite(field, value):
            return "\(field) must be a finite number, found '\(value)'"
        case let .negativeValue(field, value):
            return "\(field) must be 0 or more, found '\(value)'"
        case let .nonPositiveBlockSize(value):
            return "BlockSize must be greater than 0, found '\(value)'"
        case let .invalidPeriod(value):
            return "Period '\(value)' is not a real month (YYYY-MM) or day (YYYY-MM-DD)"
        case let .invalidDate(field, value):
            return "\(field) '\(value)' is not an ISO 8601 date (YYYY-MM-DD) or date-time of a real day"
        case let .unknownValue(field, value, known):
            return "unknown \(field) '\(value)'; known values: \(known.joined(separator: ", "))"
        case let .negativeMaximum(value):
            return "Maximum must be 0 or more (or null for unlimited), found \(value)"
        case let .unknownTimeZone(value):
            return "unknown time zone '\(value)': use an IANA name such as Europe/Oslo or UTC"
        case let .invalidCurrency(value):
            return "'\(value)' is not an ISO 4217 currency code (three capital letters such as NOK or EUR)"
        case let .tooManyDecimals(field, value, maximum):
            return "\(field) '\(value)' has more than \(maximum) decimals"
        case let .controlCharacter(field, codePoint):
            return "\(field) contains the control character \(codePoint), which a page cannot show: remove it"
        case let .emptyValue(field):
            return "\(field) must not be empty"
        case let .duplicateActiveUsers(month, first):
            return "second ActiveUsers value for \(month) (the first is at \(first))"
        case let .missingTariff(service):
            return "usage for \(service) but tariffs.json has no tariff for it"
        case let .duplicateTariff(service):
            return "a second tariff for \(service)"
        case let .duplicateLicenseName(name, owner, first):
            return "licence Name '\(name)' appears twice in owner \(owner) (the first is at \(first))"
        case let .duplicateOwner(name, first):
            return "OwnerName '\(name)' appears twice (the first is at \(first))"
        case let .mixedDecimalSeparators(value, separator, first, line):
            return "mixed decimal separators: '\(value)' has '\(separator)', but this file uses '\(first)' at line \(line): write every decimal with the same separator"
        case let .mixedPeriods(service, month):
            return "\(service) has both monthly and daily rows for \(month): give one kind"
        case let .unknownRestrictionLimit(name, plan):
            return "restriction '\(name)' has no Maximum and plan \(plan) has no limit of that name: give Maximum (null = unlimited)"
        case let .unknownField(name):
            return "unknown field '\(name)' is ignored"
        case let .restrictionFlagMismatch(name, flag, given, computedLevel):
            return "restriction '\(name)': \(flag) is \(given) but the computed level is \(computedLevel)"
        case let .usageIgnoredForCRMSuite(file):
            return "\(file) is ignored: metered services are invoiced for module-based subscriptions, and status.json says SubscriptionModel CrmSuite"
        case let .eventFinishedBeforeRegistered(event):
            return "event '\(event)' finished (eta) before it was registered"
        case let .templateMissing(name):
            return "template \(name) is missing"
        case let .templateSyntax(detail):
            return "template does not parse: \(detail)"
        case let .templateEscaping(detail):
            return "template does not escape data: \(detail)"
        case let .malformedPage(detail, template):
            return detail + Reason.fromTemplate(template)
        case let .duplicateID(id, template):
            return "duplicate id '\(id)'" + Reason.fromTemplate(template)
        case let .danglingLink(href, template):
            return "link '\(href)' points to no written page or id" + Reason.fromTemplate(template)
        case let .missingAlt(template):
            return "img without alt text" + Reason.fromTemplate(template)
        case let .tableWithoutHeader(template):
            return "table without a header row (a thead row, or a first row, of th cells)" + Reason.fromTemplate(template)
        case let .markdownTableCells(expected, found, template):
            return "table row has \(found) cell\(found == 1 ? "" : "s"), the header has \(expected)" + Reason.fromTemplate(template)
        case let .cannotWrite(path, detail):
            return "cannot write \(path): \(detail)"
        case let .refusedOutput(path, detail):
            return "will not replace \(path): \(detail)"
        case let .noUsageForMonth(month, available):
            return "no usage for \(month); months with usage: \(available.isEmpty ? "none" : available.joined(separator: ", "))"
        }
    }

    /// `19.500` read as a decimal, written with a decimal comma and without trailing zeros: `19,5`; `18.000` → `18`.
    private static func decimalCommaText(_ value: String) -> String {
        guard let dot = value.firstIndex(of: ".") else { return value }
        let integer = value[..<dot]
        let fraction = value[value.index(after: dot)...].reversed().drop { $0 == "0" }.reversed()
        return fraction.isEmpty ? String(integer) : integer + "," + String(fraction)
    }

    private static func fromTemplate(_ template: String?) -> String {
        template.map { " (from template \($0))" } ?? ""
    }
}
