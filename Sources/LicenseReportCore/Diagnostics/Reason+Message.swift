extension Reason {
    /// The stage that reports this reason; the command line maps it to the exit code.
    public var stage: Stage {
        switch self {
        case .invalidArgument, .noUsageForMonth: .commandLine
        case .missingCredentials, .incompleteCredentials, .unsafeCredentialsFile, .invalidCredentialsFile, .invalidCAFile,
             .authenticationFailed, .serviceUnavailable, .unexpectedStatus, .unexpectedResponse, .responseTooLarge,
             .tooManyPages, .fencingNotAvailable: .fetch
        case .datasetNotFound, .folderNotFound, .defaultDatasetNotFound, .missingFile, .unreadableFile,
             .unreadableFolder, .notRegularFile, .fileTooLarge, .linkOutsideDataset,
             .conflictingFiles, .notUTF8, .requiredWith, .moreProblems, .unterminatedQuote, .quoteInUnquotedField,
             .textAfterClosingQuote, .fieldCount, .emptyHeaderName, .duplicateHeader, .missingColumn, .emptyFile,
             .blankLine, .fieldTooLong, .malformedJSON, .missingKey, .wrongType, .duplicateKey, .unknownField,
             .moduleNameNotFound, .unknownFencingFile,
             .historyIgnored, .unsafeTenantName, .invalidShardPart: .load
        case .invalidCount, .inUseExceedsTotal, .freeMismatch, .invalidDecimal, .thousandsSeparator,
             .ambiguousDecimalPoint, .notFinite, .negativeValue, .nonPositiveBlockSize, .invalidPeriod, .invalidDate, .dateOutOfRange,
             .unknownValue, .negativeMaximum, .unknownTimeZone, .invalidCurrency, .tooManyDecimals, .numberTooLarge,
             .monthQuantityTooLarge,
             .controlCharacter, .emptyValue, .textTooLong, .duplicateActiveUsers, .missingTariff, .duplicateTariff,
             .duplicateLicenseName, .duplicateOwner, .mixedDecimalSeparators, .mixedPeriods,
             .unknownRestrictionLimit, .restrictionFlagMismatch, .unknownUsers, .noUsersInUse, .noLicenseOwner, .usageIgnoredForCRMSuite,
             .eventFinishedBeforeRegistered, .readFromNewLicence, .restrictionInTwoFiles: .check
        case .templatesFolderNotFound, .unreadableTemplate, .templateMissing, .templateSyntax, .templateEscaping,
             .templatePartialMissing, .templatePartialCycle, .catalogueSyntax, .catalogueEntryType, .catalogueKeyMissing,
             .catalogueKeyUnknown, .cataloguePlaceholders, .cataloguePluralMismatch, .catalogueKeyNotFound: .render
        case .malformedPage, .duplicateID, .danglingLink, .missingAlt, .tableWithoutHeader, .markdownTableCells, .invalidFeed: .validate
        case .browserNotFound, .browserNotExecutable, .pdfCheckerNotFound, .pdfToolFailed, .pdfToolTimedOut,
             .pdfCheckFailed: .pdf
        case .cannotWrite, .refusedOutput, .outputLocked, .waitingForLock, .publishInterrupted, .fleetInterrupted, .previousSiteLeftBehind,
             .staleStagingLeftBehind, .publishNotDurable: .publish
        }
    }

    /// The message users read, without the position. Every value from the data in it is shown
    /// terminal-safe (control characters escaped, cut to 200 characters: `MessageText`).
    public var message: String { messageText.text }

    private var messageText: MessageText {
        switch self {
        // Command line
        case let .invalidArgument(option, value, expected):
            return "invalid value '\(value)' for \(option): expected \(expected)"
        case let .noUsageForMonth(month, available):
            return available.isEmpty ? "no usage for \(month); months with usage: none" : "no usage for \(month); months with usage: \(list: available)"
        // Fetch
        case .missingCredentials:
            return "no credentials: set SUPEROFFICE_USERNAME and SUPEROFFICE_PASSWORD (on-premise), or SUPEROFFICE_TICKET and SUPEROFFICE_APP_TOKEN (Online), or give --credentials FILE"
        case let .incompleteCredentials(present, missing):
            return "\(present) is set but \(missing) is not: give both"
        case let .unsafeCredentialsFile(path, mode):
            return "credentials file \(path) can be read or written by others (mode \(mode)): run chmod 600 \(path)"
        case let .invalidCredentialsFile(detail):
            return "not a usable credentials file: \(detail: detail)"
        case let .invalidCAFile(path, detail):
            return "--ca-file \(path) is not a file of PEM certificates: \(detail: detail)"
        case let .authenticationFailed(base, status, check):
            return "authentication failed for \(base) (HTTP \(status)): check \(check)"
        case let .serviceUnavailable(call, detail):
            return "\(call): \(detail: detail)"
        case let .unexpectedStatus(call, status, hint):
            return "\(call): unexpected HTTP status \(status)\(hint.isEmpty ? "" : ": " + hint)"
        case let .unexpectedResponse(call, detail):
            return "\(call): unexpected response: \(detail: detail); the dataset folder is unchanged"
        case let .responseTooLarge(call, maximumBytes):
            return "\(call): the response is larger than \(maximumBytes) bytes"
        case let .tooManyPages(call, pages):
            return "\(call): still full pages after \(pages) pages: the service seems to ignore $skip"
        case let .fencingNotAvailable(calls):
            return "no plan limits from \(list: calls) (HTTP 404: SuperOffice before version 12): those limits are skipped"
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
            return "cannot read file: \(detail: detail)"
        case let .unreadableFolder(path, detail):
            return "cannot read the dataset folder '\(path)': \(detail: detail)"
        case let .notRegularFile(name, kind):
            return "\(name) is not a regular file but \(kind): a dataset file must be a regular file (or a link to one)"
        case let .fileTooLarge(name, bytes, maximum):
            return "\(name) is \(bytes) bytes; the limit for \(name) is \(maximum) bytes (\(Reason.binarySize(maximum)))"
        case let .linkOutsideDataset(name, target):
            return "\(name) is a link to '\(target)', outside the dataset folder: read because it is a regular file"
        case let .conflictingFiles(first, second):
            return "both \(first) and \(second) are present: keep one of them"
        case let .notUTF8(byteOffset):
            return "not UTF-8: invalid byte sequence at byte offset \(byteOffset); save the file as UTF-8"
        case let .requiredWith(name, because):
            return "missing \(name): it is required because \(detail: because)"
        case let .moreProblems(errors, warnings):
            return "\(errors + warnings) more problems in this file are not listed (\(Reason.counted(errors, "error")), \(Reason.counted(warnings, "warning"))): fix the ones above (often one cause) and run again"
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
            return "malformed JSON: \(detail: detail)"
        case let .missingKey(key):
            return "missing required key '\(key)'"
        case let .wrongType(expected, found):
            return "expected \(expected), found \(found)"
        case let .duplicateKey(key):
            return "duplicated key '\(key)': keep one of them"
        case let .unknownField(name):
            return "unknown field '\(name)' is ignored"
        case .moduleNameNotFound:
            return "module licence without a name: Current and New are both null (expected Current.ModuleName)"
        case let .unknownFencingFile(name, known):
            return "unknown file '\(name)' in fencing/ is ignored; known files: \(list: known)"
        case let .historyIgnored(detail):
            return "the previous history is not continued, history starts afresh: \(detail: detail)"
        case let .unsafeTenantName(name):
            return "the folder name '\(name)' is not safe as one URL path segment, so this customer gets no site: rename the folder using only letters A-Z and a-z, digits, '.', '_' and '-', not starting with '.', at most 255 characters, and not index.html, index.md or index.json"
        case let .invalidShardPart(path, detail):
            return "cannot read the shard's part of the overview \(path): \(detail: detail); run that shard's build-all again"
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
        case let .dateOutOfRange(field, value, first, last):
            return "\(field) '\(value)' is outside the years \(first)–\(last)"
        case let .unknownValue(field, value, known):
            return "unknown \(field) '\(value)'; known values: \(list: known)"
        case let .negativeMaximum(value):
            return "Maximum must be 0 or more (or null for unlimited), found \(value)"
        case let .unknownTimeZone(value):
            return "unknown time zone '\(value)': use an IANA name such as Europe/Oslo or UTC"
        case let .invalidCurrency(value):
            return "'\(value)' is not an ISO 4217 currency code (three capital letters such as NOK or EUR)"
        case let .tooManyDecimals(field, value, maximum):
            return "\(field) '\(value)' has more than \(maximum) decimals"
        case let .numberTooLarge(field, value, limit):
            return "\(field) '\(value)' is too large: the limit is \(limit), so that every amount is computed exactly"
        case let .monthQuantityTooLarge(service, month, limit):
            return "the \(service) rows of \(month) add up to too large a quantity: the limit is \(limit), so that every amount is computed exactly"
        case let .controlCharacter(field, codePoint):
            return "\(field) contains the control character \(codePoint), which a page cannot show: remove it"
        case let .emptyValue(field):
            return "\(field) must not be empty"
        case let .textTooLong(field, length, maximum):
            return "\(field) is \(length) characters long; at most \(maximum) are allowed"
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
        case let .unknownUsers(month):
            return "the users of \(month) are unknown: the usage has no ActiveUsers row for \(month) and license.json has no user plan (a licence with ExtraFlags bit 1), so the thresholds cannot be computed: add an ActiveUsers row for \(month)"
        case let .noUsersInUse(month):
            return "the usage has no ActiveUsers row for \(month) and the user plans have 0 users in use, so the thresholds of \(month) are IncludedBase alone: add an ActiveUsers row if that is wrong"
        case .noLicenseOwner:
            return "license.json has no licence owner: export at least SuperOffice's own LicenseInfo (OwnerName SUPEROFFICE)"
        case let .usageIgnoredForCRMSuite(file):
            return "\(file) is ignored: metered services are invoiced for module-based subscriptions, and status.json says SubscriptionModel CrmSuite"
        case let .eventFinishedBeforeRegistered(event):
            return "event '\(event)' finished (eta) before it was registered"
        case let .readFromNewLicence(subject):
            return "Current is null: \(subject) is read from New, a licence downloaded but not yet activated"
        case let .restrictionInTwoFiles(name, fencingFile):
            return "restriction '\(name)' is in both status.json and \(fencingFile): remove it from status.json (fetch keeps \(fencingFile) up to date)"
        // Render
        case let .templatesFolderNotFound(path):
            return "folder '\(path)' does not exist"
        case let .unreadableTemplate(detail):
            return "cannot read file: \(detail: detail)"
        case let .templateMissing(name):
            return "template \(name) is missing"
        case let .templateSyntax(detail):
            return "template does not parse: \(detail: detail)"
        case let .templateEscaping(detail):
            return "template does not escape data: \(detail: detail)"
        case let .templatePartialMissing(name):
            return "partial \(name) does not exist: add \(name).mustache to the templates folder or remove the {{> \(name)}} tag"
        case let .templatePartialCycle(chain):
            return "partials include each other in a loop (\(list: chain, separator: " → ")): a partial must not include itself"
        case let .catalogueSyntax(detail):
            return "language catalogue does not parse: \(detail: detail)"
        case let .catalogueEntryType(key, found):
            return "entry '\(key)' must be a text or an object with the plural forms \"one\" and \"other\" (both texts), found \(found)"
        case let .catalogueKeyMissing(key):
            return "key '\(key)' is missing: every catalogue has exactly the keys of en.json (copy the entry from en.json and translate it)"
        case let .catalogueKeyUnknown(key):
            return "key '\(key)' is not a key of en.json: remove it, or add it to every catalogue"
        case let .cataloguePlaceholders(key, expected, found):
            return "entry '\(key)' has the placeholders \(list: found.isEmpty ? ["none"] : found), en.json has \(list: expected.isEmpty ? ["none"] : expected): use the same {names}"
        case let .cataloguePluralMismatch(key, pluralInEnglish):
            return pluralInEnglish
                ? "entry '\(key)' needs the plural forms \"one\" and \"other\", as in en.json"
                : "entry '\(key)' is a plain text in en.json, not plural forms"
        case let .catalogueKeyNotFound(key):
            return "{{t.\(key)}} names no key of the language catalogues: add '\(key)' to every languages/*.json or correct the name"
        // Validate
        case let .malformedPage(detail, template):
            return "\(detail: detail)\(Reason.fromTemplate(template))"
        case let .duplicateID(id, template):
            return "duplicate id '\(id)'\(Reason.fromTemplate(template))"
        case let .danglingLink(href, template):
            return "link '\(href)' points to no written page or id\(Reason.fromTemplate(template))"
        case let .missingAlt(template):
            return "img without alt text\(Reason.fromTemplate(template))"
        case let .tableWithoutHeader(template):
            return "table without a header row (a thead row, or a first row, of th cells)\(Reason.fromTemplate(template))"
        case let .markdownTableCells(expected, found, template):
            return "table row has \(found) cell\(found == 1 ? "" : "s"), the header has \(expected)\(Reason.fromTemplate(template))"
        // PDF
        case let .browserNotFound(names):
            return "--pdf needs Chromium to print the usage reports, and there is no \(Reason.either(names)) on PATH: install Debian's package chromium (apt-get install chromium), or name the browser with --chromium PATH"
        case let .browserNotExecutable(path):
            return "--chromium '\(path)' is not an executable file: give the path of a Chromium or Chrome browser, or install Debian's package chromium (apt-get install chromium)"
        case let .pdfCheckerNotFound(tool):
            return "--pdf checks every PDF with pdfinfo and pdftotext, and \(tool) is not on PATH: install Debian's package poppler-utils (apt-get install poppler-utils)"
        case let .pdfToolFailed(tool, detail):
            return "\(tool) failed: \(detail: detail)"
        case let .pdfToolTimedOut(tool, seconds):
            return "\(tool) did not finish within \(seconds) second\(seconds == 1 ? "" : "s") and was stopped: run again, or allow more time with --pdf-timeout"
        case let .pdfCheckFailed(detail):
            return "the PDF fails its check: \(detail: detail)"
        case let .invalidFeed(detail):
            return "feed is not valid Atom (RFC 4287): \(detail: detail)"
        // Publish
        case let .cannotWrite(path, detail):
            return "cannot write \(path): \(detail: detail)"
        case let .refusedOutput(path, detail):
            return "will not replace \(path): \(detail: detail)"
        case let .outputLocked(path, lockFile, seconds):
            return "another build is publishing to \(path) (it holds \(lockFile)) and did not finish within \(seconds) s; nothing was written: try again later, or wait longer with --wait-lock SECONDS"
        case let .waitingForLock(path, lockFile, seconds):
            return "another build is publishing to \(path) (it holds \(lockFile)): waiting up to \(seconds) s for it to finish"
        case let .publishInterrupted(path):
            return "publishing to \(path) was interrupted; the output folder is unchanged"
        case let .fleetInterrupted(path, published, total):
            return "build-all into \(path) was interrupted: \(published) of \(total) customers had their new site published and keep it; the others and the overview are as the previous run left them: run build-all again to finish"
        case let .previousSiteLeftBehind(path, detail):
            return "the new site is in place, but the previous one could not be removed and is left in \(path) (\(detail: detail)): remove it by hand"
        case let .staleStagingLeftBehind(path, detail):
            return "the staging folder \(path) of an interrupted build could not be removed (\(detail: detail)): remove it by hand"
        case let .publishNotDurable(path, detail):
            return "the new site is in place in \(path), but flushing it to disk failed (\(detail: detail)): it may not survive a power loss"
        }
    }
}
