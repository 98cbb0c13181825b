extension Reason {
    /// The stage that reports this reason; the command line maps it to the exit code.
    public var stage: Stage {
        switch self {
        case .invalidArgument, .noUsageForMonth: .commandLine
        case .datasetNotFound, .folderNotFound, .defaultDatasetNotFound, .missingFile, .unreadableFile,
             .conflictingFiles, .notUTF8, .requiredWith, .moreProblems, .unterminatedQuote, .quoteInUnquotedField,
             .textAfterClosingQuote, .fieldCount, .emptyHeaderName, .duplicateHeader, .missingColumn, .emptyFile,
             .blankLine, .fieldTooLong, .malformedJSON, .missingKey, .wrongType, .duplicateKey, .unknownField,
             .historyIgnored: .load
        case .invalidCount, .inUseExceedsTotal, .freeMismatch, .invalidDecimal, .thousandsSeparator,
             .ambiguousDecimalPoint, .notFinite, .negativeValue, .nonPositiveBlockSize, .invalidPeriod, .invalidDate,
             .unknownValue, .negativeMaximum, .unknownTimeZone, .invalidCurrency, .tooManyDecimals,
             .controlCharacter, .emptyValue, .duplicateActiveUsers, .missingTariff, .duplicateTariff,
             .duplicateLicenseName, .duplicateOwner, .mixedDecimalSeparators, .mixedPeriods,
             .unknownRestrictionLimit, .restrictionFlagMismatch, .usageIgnoredForCRMSuite,
             .eventFinishedBeforeRegistered: .check
        case .templatesFolderNotFound, .unreadableTemplate, .templateMissing, .templateSyntax, .templateEscaping: .render
        case .malformedPage, .duplicateID, .danglingLink, .missingAlt, .tableWithoutHeader, .markdownTableCells, .invalidFeed: .validate
        case .cannotWrite, .refusedOutput: .publish
        }
    }

    /// The message users read, without the position.
    public var message: String {
        switch self {
        // Command line
        case let .invalidArgument(option, value, expected):
            return "invalid value '\(value)' for \(option): expected \(expected)"
        case let .noUsageForMonth(month, available):
            return "no usage for \(month); months with usage: \(available.isEmpty ? "none" : available.joined(separator: ", "))"
        // Load
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
        case let .unknownField(name):
            return "unknown field '\(name)' is ignored"
        case let .historyIgnored(detail):
            return "the previous history is not continued, history starts afresh: \(detail)"
        // Check
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
        case let .restrictionFlagMismatch(name, flag, given, computedLevel):
            return "restriction '\(name)': \(flag) is \(given) but the computed level is \(computedLevel)"
        case let .usageIgnoredForCRMSuite(file):
            return "\(file) is ignored: metered services are invoiced for module-based subscriptions, and status.json says SubscriptionModel CrmSuite"
        case let .eventFinishedBeforeRegistered(event):
            return "event '\(event)' finished (eta) before it was registered"
        // Render
        case let .templatesFolderNotFound(path):
            return "folder '\(path)' does not exist"
        case let .unreadableTemplate(detail):
            return "cannot read file: \(detail)"
        case let .templateMissing(name):
            return "template \(name) is missing"
        case let .templateSyntax(detail):
            return "template does not parse: \(detail)"
        case let .templateEscaping(detail):
            return "template does not escape data: \(detail)"
        // Validate
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
        case let .invalidFeed(detail):
            return "feed is not valid Atom (RFC 4287): \(detail)"
        // Publish
        case let .cannotWrite(path, detail):
            return "cannot write \(path): \(detail)"
        case let .refusedOutput(path, detail):
            return "will not replace \(path): \(detail)"
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
