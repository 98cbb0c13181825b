import Foundation

/// The display texts shared by every page and attachment: counts, days left, indicator labels, service
/// and month names, quantities, prices and money, in the language of the render (`Language.current`).
/// The words come from the catalogue (`templates/languages/<code>.json`); this layer picks the entry and
/// the plural form and fills the placeholders with values formatted for the locale (`LocaleFormats`).
/// Every function is pure given the language; the same input gives the same text. (Safe link targets
/// and ids: DisplayText+Links.swift.)
enum DisplayText {
    /// Placeholder for a value that is absent (the same in every language).
    static let none = "—"

    // MARK: The catalogue and the locale

    /// The entry `key` of the render's catalogue, its `{placeholders}` filled from `values`.
    static func words(_ key: String, _ values: [String: String] = [:]) -> String {
        Language.current.catalogue.text(key, values)
    }

    /// The plural form of `key` for `count` (`one` or `other`), `{count}` filled with the count formatted
    /// for the locale and the other placeholders from `values`.
    static func plural(_ key: String, _ count: Int, _ values: [String: String] = [:]) -> String {
        Language.current.catalogue.plural(key, count: count, countText: DisplayText.count(count), values)
    }

    /// The render's number and date formats.
    static var formats: LocaleFormats { Language.current.formats }

    /// A calendar date for reading: "2026-11-29" (en), "29. november 2026" (nb).
    static func date(_ date: CalendarDate) -> String { formats.date(date) }

    /// A time for reading: "2026-03-04 14:05 +01:00" (en), "4. mars 2026 14:05 +01:00" (nb).
    static func dateTime(_ value: ZonedDateTime) -> String { formats.dateTime(value) }

    /// A whole number grouped in threes: 12345 → "12,345" (en), "12 345" (nb, U+00A0), "12.345" (de).
    static func count(_ value: Int) -> String { formats.localized(plain: String(value)) }

    // MARK: Expiry

    /// The next expiry, saying what expires: "2026-12-31 (46 days left): Sales Intelligence licence
    /// (SUPEROFFICE)" or "2027-03-31 (136 days left): SUPEROFFICE subscription"; "No time-limited licences"
    /// when nothing expires on or after the report date.
    static func nextExpiry(_ notice: ExpiryNotice?) -> String {
        guard let notice else { return words("next_expiry_none") }
        return words("next_expiry", ["date": date(notice.date), "days_left": daysLeft(notice.daysLeft), "item": expiryItem(notice)])
    }

    /// What expires, in words: "Sales Intelligence licence (SUPEROFFICE)" or "SUPEROFFICE subscription"
    /// (" licence" is not repeated when the name already ends with it), followed by " and 2 more" when
    /// other items expire on the same day.
    static func expiryItem(_ notice: ExpiryNotice) -> String {
        let item = notice.licenseName.map { name in
            let named = name.lowercased().hasSuffix("licence") || name.lowercased().hasSuffix("license")
            return words(named ? "expiry_item_named_licence" : "expiry_item_licence", ["name": name, "owner": notice.ownerName])
        } ?? words("expiry_item_subscription", ["owner": notice.ownerName])
        return notice.othersOnSameDay == 0 ? item : words("expiry_item_and_more", ["item": item, "count": count(notice.othersOnSameDay)])
    }

    /// The wording of a month's total row, the same on status.html, status.md and the usage pages:
    /// "Total for March 2026, billed on the invoice for April 2026" (months by name, as everywhere on
    /// those pages: one date style per page).
    static func monthTotalLabel(month: YearMonth, invoiceMonth: YearMonth) -> String {
        words("month_total_label", ["month": monthName(month), "invoice_month": monthName(invoiceMonth)])
    }

    /// Days from the report date to an expiry date: "1 day left", "30 days left", "expires today", "expired".
    static func daysLeft(_ days: Int) -> String {
        switch days {
        case ..<0: words("days_left_expired")
        case 0: words("expires_today")
        default: plural("days_left", days)
        }
    }

    // MARK: Indicators

    /// The symbol of an indicator; the page never shows a level by colour alone (issue 2).
    static func symbol(_ level: RestrictionLevel) -> String {
        switch level {
        case .normal: "●"
        case .approaching: "▲"
        case .reached: "■"
        case .unlimited: "∞"
        }
    }

    /// The text label of an indicator.
    static func label(_ level: RestrictionLevel) -> String {
        switch level {
        case .normal: words("level_normal")
        case .approaching: words("level_approaching")
        case .reached: words("level_reached")
        case .unlimited: words("level_unlimited")
        }
    }

    // MARK: Names

    /// The display name of a metered service, in SuperOffice's wording.
    static func serviceName(_ service: MeteredService) -> String {
        switch service {
        case .storageSpace: words("service_storage_space")
        case .mailingsEmails: words("service_mailings_emails")
        case .customerCenterLogins: words("service_customer_center_logins")
        case .chatSessions: words("service_chat_sessions")
        case .formSubmissions: words("service_form_submissions")
        }
    }

    /// The service's name in the machine formats (usage CSV and JSON): the bundled English catalogue's, in
    /// every language and whatever an edited `en.json` says, so an import script reads the same bytes.
    static func machineServiceName(_ service: MeteredService) -> String {
        Language.$current.withValue(.bundledEnglish) { serviceName(service) }
    }

    /// The label of an event's scope, the status page's "Type" column: "System-wide", "Database", "Group",
    /// "User" (scope 1–4; report.json keeps the English label of the model).
    static func eventScope(_ scope: Int, fallback: String) -> String {
        switch scope {
        case 1: words("event_scope_system_wide")
        case 2: words("event_scope_database")
        case 3: words("event_scope_group")
        case 4: words("event_scope_user")
        default: fallback
        }
    }

    /// "March 2026" for a month: CLDR's month name in the locale ("mars 2026", "März 2026").
    static func monthName(_ month: YearMonth) -> String { formats.monthName(month) }

    /// A restriction name as the object of "N of M …": the first letter lower-cased unless the name
    /// starts with an acronym ("Active projects" → "active projects", "CRM objects" stays). German keeps
    /// the capital: its nouns are capitalised.
    static func limitPhrase(_ name: String) -> String {
        let characters = Array(name)
        guard Language.current.code != .de, let first = characters.first, first.isUppercase else { return name }
        if characters.count > 1, characters[1].isUppercase { return name }
        return first.lowercased() + String(characters.dropFirst())
    }

    /// What the users figure was taken from, as a sentence fragment for the usage report's facts.
    static func usersSource(_ source: UsersSource) -> String {
        switch source {
        case .usage: words("users_source_usage")
        case .licenses: words("users_source_licenses")
        }
    }

    // MARK: Quantities and money

    /// A quantity with grouping and its exact decimals: "12,345.678" (en), "12 345,678" (nb).
    static func quantity(_ value: Decimal) -> String { formats.localized(plain: DecimalFormatting.canonical(value)) }

    /// A quantity with its unit: "41.2 GB".
    static func quantity(_ value: Decimal, unit: String) -> String {
        unit.isEmpty ? quantity(value) : quantity(value) + " " + unit
    }

    /// A price per block as plain text (no grouping, `.` decimal point; for CSV and JSON): at least the
    /// currency's minor unit of decimals, more when the tariff has more (PricePerBlock allows 6): "150.00",
    /// "0.125", "12" (JPY).
    static func pricePlain(_ value: Decimal, _ currency: Currency) -> String {
        let exact = DecimalFormatting.canonical(value)
        let decimals = exact.split(separator: ".").dropFirst().first?.count ?? 0
        return DecimalFormatting.plain(value, fractionDigits: max(decimals, currency.minorUnit))
    }

    /// A price per block for display, with the currency code: "1,150.00 NOK" (en), "1 150,00 NOK" (nb).
    static func price(_ value: Decimal, _ currency: Currency) -> String {
        formats.money(plain: pricePlain(value, currency), currency: currency.code)
    }

    /// An amount as plain text with exactly the currency's minor unit of decimals: "300.00", "1200" (JPY).
    static func amountPlain(_ value: Decimal, _ currency: Currency) -> String {
        DecimalFormatting.plain(value, fractionDigits: currency.minorUnit)
    }

    /// An amount for display: "1,234.50 NOK" (en), "1 234,50 NOK" (nb), "1.234,50 NOK" (de), "NOK 1.234,50" (nl).
    static func money(_ value: Decimal, _ currency: Currency) -> String {
        formats.money(plain: amountPlain(value, currency), currency: currency.code)
    }

    /// An amount with the locale's separators but no currency code ("1 234,50"), for "before → after".
    static func amountNumber(_ value: Decimal, _ currency: Currency) -> String {
        formats.localized(plain: amountPlain(value, currency))
    }
}
