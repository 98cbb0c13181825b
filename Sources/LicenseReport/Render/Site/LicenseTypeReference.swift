/// The "Licence types" reference shown on the Licences page: what each of SuperOffice's system
/// licences and user plans is for. Written in our own words from SuperOffice's documentation
/// ("SuperOffice and licences", "SuperOffice user plans and subscriptions", "SuperOffice CRM Suite",
/// docs.superoffice.com, versions 10.3.5 and 12).
enum LicenseTypeReference {
    /// One licence type: its name as SuperOffice lists it and what it is for.
    struct Entry: Sendable {
        let typeName: String
        let purpose: String
    }

    /// System licences: company-wide switches, not assigned to individual users.
    static let systemLicenses: [Entry] = [
        Entry(typeName: "System", purpose: "Says which SuperOffice systems the installation may use."),
        Entry(typeName: "SuperOffice Server", purpose: "The base licence; needed to run SuperOffice CRM at all."),
        Entry(typeName: "Online Web Services", purpose: "Gives access to SuperOffice CRM from a web browser."),
        Entry(typeName: "Sales Intelligence", purpose: "Turns on SAINT: status monitors and sales intelligence counters."),
        Entry(typeName: "Exchange Synchronizer", purpose: "Allows SuperOffice Synchronizer to keep SuperOffice and Exchange in step."),
        Entry(typeName: "SuperOffice Expander Services",
              purpose: "Development and integration tools (CRMScript, Screen Designer, extra tables, APIs) and access for anonymous and external users, for example through SuperOffice Audience or third-party applications."),
        Entry(typeName: "Customer Centre", purpose: "Allows the Customer Centre, the customer-facing portal for service requests."),
        Entry(typeName: "Sales Quote Management", purpose: "Allows quotes to be made and sent from sales."),
    ]

    /// User plans: bought per user and assigned to named users (ExtraFlags bit 1).
    static let userPlans: [Entry] = [
        Entry(typeName: "CRM Suite",
              purpose: "One plan for the whole organisation (Starter, Core, Growth, Plus or Super) covering sales, service and marketing; each seat is a user who can log in, and the plan sets the limits shown on the Status page."),
        Entry(typeName: "Sales-Essentials",
              purpose: "For salespeople: the common CRM features plus sales and opportunity management, forecasting and the sales secretary."),
        Entry(typeName: "Sales-Premium",
              purpose: "Sales-Essentials plus the sales guide, sales targets and KPIs, stakeholders, quotes and project management."),
        Entry(typeName: "Service-Essentials",
              purpose: "For customer service: request management with categories and automatic replies, plus the common CRM features."),
        Entry(typeName: "Service-Premium",
              purpose: "Service-Essentials plus escalation, automatic assignment, the knowledge base and project management."),
        Entry(typeName: "Marketing-Essentials",
              purpose: "For marketers: mailings, forms and consent management, plus the common CRM features."),
        Entry(typeName: "Marketing-Premium", purpose: "Marketing-Essentials plus marketing automation with flows."),
    ]
}

extension LicenseTypeReference.Entry: MustacheViewModel {
    /// The stored properties of `LicenseTypeReference.Entry`, by name.
    static let mustacheKeys: [String: PartialKeyPath<Self> & Sendable] = [
        "typeName": \.typeName, "purpose": \.purpose,
    ]
}
