import Mustache

// The key-path tables of every view model passed to `TemplateLibrary.render` or nested inside one.
// Each lists the type's stored properties, nothing more (see `MustacheViewModel`);
// `MustacheViewModelTests` fails when a table and the type's stored properties disagree.

// MARK: - Site pages

extension EventRow: MustacheViewModel {
    /// The stored properties of `EventRow`, by name.
    static let mustacheKeys: [String: PartialKeyPath<Self> & Sendable] = [
        "eventName": \.eventName, "eventStatus": \.eventStatus, "eventMessage": \.eventMessage,
        "activated": \.activated, "activatedBy": \.activatedBy, "finished": \.finished, "eventType": \.eventType,
        "eventKind": \.eventKind, "eventDescription": \.eventDescription, "isRunning": \.isRunning,
    ]
}

extension EventRow.ActivatedBy: MustacheViewModel {
    /// The stored properties of `EventRow.ActivatedBy`, by name.
    static let mustacheKeys: [String: PartialKeyPath<Self> & Sendable] = [
        "fullName": \.fullName, "portrait": \.portrait, "portraitAlt": \.portraitAlt, "initials": \.initials,
        "hasInitials": \.hasInitials,
    ]
}

extension IndexPage: MustacheViewModel {
    /// The stored properties of `IndexPage`, by name.
    static let mustacheKeys: [String: PartialKeyPath<Self> & Sendable] = [
        "chrome": \.chrome, "ownerCompany": \.ownerCompany, "serialNr": \.serialNr, "ownerCount": \.ownerCount,
        "nextExpiry": \.nextExpiry, "worstLevel": \.worstLevel, "restrictionsAbsentText": \.restrictionsAbsentText,
        "latestUsage": \.latestUsage, "usageAbsentText": \.usageAbsentText, "runningEvents": \.runningEvents,
        "hasUsagePages": \.hasUsagePages,
    ]
}

extension IndexPage.WorstLevel: MustacheViewModel {
    /// The stored properties of `IndexPage.WorstLevel`, by name.
    static let mustacheKeys: [String: PartialKeyPath<Self> & Sendable] = [
        "level": \.level, "indicatorSymbol": \.indicatorSymbol, "indicatorLabel": \.indicatorLabel,
        "worstNote": \.worstNote,
    ]
}

extension IndexPage.LatestUsage: MustacheViewModel {
    /// The stored properties of `IndexPage.LatestUsage`, by name.
    static let mustacheKeys: [String: PartialKeyPath<Self> & Sendable] = [
        "usageMonth": \.usageMonth, "usageMonthTitle": \.usageMonthTitle, "usageTotal": \.usageTotal,
        "usageInvoiceMonth": \.usageInvoiceMonth,
    ]
}

extension LicenseTypeReference.Entry: MustacheViewModel {
    /// The stored properties of `LicenseTypeReference.Entry`, by name.
    static let mustacheKeys: [String: PartialKeyPath<Self> & Sendable] = [
        "typeName": \.typeName, "purpose": \.purpose,
    ]
}

extension LicensesPage: MustacheViewModel {
    /// The stored properties of `LicensesPage`, by name.
    static let mustacheKeys: [String: PartialKeyPath<Self> & Sendable] = [
        "chrome": \.chrome, "hasOwners": \.hasOwners, "owners": \.owners, "systemLicenseTypes": \.systemLicenseTypes,
        "userPlanTypes": \.userPlanTypes,
    ]
}

extension LicensesPage.LicenseRow: MustacheViewModel {
    /// The stored properties of `LicensesPage.LicenseRow`, by name.
    static let mustacheKeys: [String: PartialKeyPath<Self> & Sendable] = [
        "displayName": \.displayName, "licenseName": \.licenseName, "total": \.total, "inUse": \.inUse, "free": \.free,
        "unrestricted": \.unrestricted, "licenseExpiry": \.licenseExpiry,
    ]
}

extension LicensesPage.OwnerExpiry: MustacheViewModel {
    /// The stored properties of `LicensesPage.OwnerExpiry`, by name.
    static let mustacheKeys: [String: PartialKeyPath<Self> & Sendable] = [
        "date": \.date, "daysLeftText": \.daysLeftText, "isExpired": \.isExpired,
    ]
}

extension LicensesPage.OwnerSection: MustacheViewModel {
    /// The stored properties of `LicensesPage.OwnerSection`, by name.
    static let mustacheKeys: [String: PartialKeyPath<Self> & Sendable] = [
        "ownerID": \.ownerID, "ownerName": \.ownerName, "ownerDescription": \.ownerDescription,
        "companyName": \.companyName, "serialNr": \.serialNr, "ownerExpiry": \.ownerExpiry,
        "hasUserPlans": \.hasUserPlans, "userPlans": \.userPlans, "hasSystemLicenses": \.hasSystemLicenses,
        "systemLicenses": \.systemLicenses, "hasNoLicenses": \.hasNoLicenses,
    ]
}

extension MeteredMonth: MustacheViewModel {
    /// The stored properties of `MeteredMonth`, by name.
    static let mustacheKeys: [String: PartialKeyPath<Self> & Sendable] = [
        "month": \.month, "monthTitle": \.monthTitle, "invoiceMonth": \.invoiceMonth,
        "invoiceMonthTitle": \.invoiceMonthTitle, "usersNote": \.usersNote, "lines": \.lines, "total": \.total,
        "totalLabel": \.totalLabel,
    ]
}

extension MeteredMonth.Line: MustacheViewModel {
    /// The stored properties of `MeteredMonth.Line`, by name.
    static let mustacheKeys: [String: PartialKeyPath<Self> & Sendable] = [
        "service": \.service, "serviceName": \.serviceName, "usage": \.usage, "unit": \.unit, "users": \.users,
        "threshold": \.threshold, "overage": \.overage, "blocks": \.blocks, "amount": \.amount, "isBilled": \.isBilled,
    ]
}

extension PageChrome: MustacheViewModel {
    /// The stored properties of `PageChrome`, by name.
    static let mustacheKeys: [String: PartialKeyPath<Self> & Sendable] = [
        "pageTitle": \.pageTitle, "siteTitle": \.siteTitle, "datasetName": \.datasetName, "asOf": \.asOf,
        "preparedFor": \.preparedFor, "root": \.root, "nav": \.nav,
    ]
}

extension PageChrome.NavLink: MustacheViewModel {
    /// The stored properties of `PageChrome.NavLink`, by name.
    static let mustacheKeys: [String: PartialKeyPath<Self> & Sendable] = [
        "htmlHref": \.htmlHref, "markdownHref": \.markdownHref, "label": \.label, "isCurrent": \.isCurrent,
        "isLast": \.isLast,
    ]
}

extension StatusPage: MustacheViewModel {
    /// The stored properties of `StatusPage`, by name.
    static let mustacheKeys: [String: PartialKeyPath<Self> & Sendable] = [
        "chrome": \.chrome, "facts": \.facts, "showPlan": \.showPlan, "planHeading": \.planHeading,
        "planName": \.planName, "hasRestrictions": \.hasRestrictions, "restrictions": \.restrictions,
        "showMetered": \.showMetered, "showMyAppsNote": \.showMyAppsNote, "meteredMonths": \.meteredMonths,
        "hasMeteredMonths": \.hasMeteredMonths, "hasUsagePages": \.hasUsagePages, "events": \.events,
        "hasEvents": \.hasEvents, "runningEventsText": \.runningEventsText, "timeZone": \.timeZone,
    ]
}

extension StatusPage.Fact: MustacheViewModel {
    /// The stored properties of `StatusPage.Fact`, by name.
    static let mustacheKeys: [String: PartialKeyPath<Self> & Sendable] = [
        "factLabel": \.factLabel, "factValue": \.factValue,
    ]
}

extension StatusPage.RestrictionRow: MustacheViewModel {
    /// The stored properties of `StatusPage.RestrictionRow`, by name.
    static let mustacheKeys: [String: PartialKeyPath<Self> & Sendable] = [
        "restrictionName": \.restrictionName, "level": \.level, "usageText": \.usageText, "percentText": \.percentText,
        "indicatorSymbol": \.indicatorSymbol, "indicatorLabel": \.indicatorLabel, "infoLink": \.infoLink,
        "upgradeLink": \.upgradeLink,
    ]
}

// MARK: - Usage reports

extension UsageIndexView: MustacheViewModel {
    /// The stored properties of `UsageIndexView`, by name.
    static let mustacheKeys: [String: PartialKeyPath<Self> & Sendable] = [
        "title": \.title, "customer": \.customer, "serialNr": \.serialNr, "currency": \.currency, "chrome": \.chrome,
        "months": \.months, "hasMonths": \.hasMonths,
    ]
}

extension UsageIndexView.Month: MustacheViewModel {
    /// The stored properties of `UsageIndexView.Month`, by name.
    static let mustacheKeys: [String: PartialKeyPath<Self> & Sendable] = [
        "month": \.month, "monthName": \.monthName, "invoiceMonth": \.invoiceMonth, "total": \.total, "html": \.html,
        "markdown": \.markdown, "csv": \.csv, "json": \.json,
    ]
}

extension UsageMonthView: MustacheViewModel {
    /// The stored properties of `UsageMonthView`, by name.
    static let mustacheKeys: [String: PartialKeyPath<Self> & Sendable] = [
        "title": \.title, "month": \.month, "invoiceMonthCode": \.invoiceMonthCode, "heading": \.heading,
        "subtitle": \.subtitle, "siteLinks": \.siteLinks, "chrome": \.chrome, "customer": \.customer,
        "serialNr": \.serialNr, "usageMonth": \.usageMonth, "invoiceMonth": \.invoiceMonth, "currency": \.currency,
        "users": \.users, "usersSource": \.usersSource, "reportDate": \.reportDate, "lines": \.lines, "total": \.total,
        "totalLabel": \.totalLabel, "peaks": \.peaks, "hasPeaks": \.hasPeaks, "csvFile": \.csvFile,
        "jsonFile": \.jsonFile, "markdownFile": \.markdownFile, "htmlFile": \.htmlFile,
    ]
}

extension UsageMonthView.Line: MustacheViewModel {
    /// The stored properties of `UsageMonthView.Line`, by name.
    static let mustacheKeys: [String: PartialKeyPath<Self> & Sendable] = [
        "service": \.service, "name": \.name, "unit": \.unit, "usage": \.usage, "threshold": \.threshold,
        "overage": \.overage, "blocks": \.blocks, "price": \.price, "amount": \.amount,
        "thresholdFormula": \.thresholdFormula, "overageFormula": \.overageFormula, "blocksFormula": \.blocksFormula,
        "amountFormula": \.amountFormula, "over": \.over,
    ]
}

extension UsageMonthView.Formula: MustacheViewModel {
    /// The stored properties of `UsageMonthView.Formula`, by name.
    static let mustacheKeys: [String: PartialKeyPath<Self> & Sendable] = [
        "terms": \.terms, "result": \.result, "text": \.text,
    ]
}

extension UsageMonthView.Peak: MustacheViewModel {
    /// The stored properties of `UsageMonthView.Peak`, by name.
    static let mustacheKeys: [String: PartialKeyPath<Self> & Sendable] = [
        "name": \.name, "quantity": \.quantity, "day": \.day,
    ]
}
