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
    static var systemLicenses: [Entry] { [
        Entry(typeName: "System", purpose: DisplayText.words("type_system")),
        Entry(typeName: "SuperOffice Server", purpose: DisplayText.words("type_superoffice_server")),
        Entry(typeName: "Online Web Services", purpose: DisplayText.words("type_online_web_services")),
        Entry(typeName: "Sales Intelligence", purpose: DisplayText.words("type_sales_intelligence")),
        Entry(typeName: "Exchange Synchronizer", purpose: DisplayText.words("type_exchange_synchronizer")),
        Entry(typeName: "SuperOffice Expander Services", purpose: DisplayText.words("type_superoffice_expander_services")),
        Entry(typeName: "Customer Centre", purpose: DisplayText.words("type_customer_centre")),
        Entry(typeName: "Sales Quote Management", purpose: DisplayText.words("type_sales_quote_management")),
    ] }

    /// User plans: bought per user and assigned to named users (ExtraFlags bit 1).
    static var userPlans: [Entry] { [
        Entry(typeName: "CRM Suite", purpose: DisplayText.words("type_crm_suite")),
        Entry(typeName: "Sales-Essentials", purpose: DisplayText.words("type_sales_essentials")),
        Entry(typeName: "Sales-Premium", purpose: DisplayText.words("type_sales_premium")),
        Entry(typeName: "Service-Essentials", purpose: DisplayText.words("type_service_essentials")),
        Entry(typeName: "Service-Premium", purpose: DisplayText.words("type_service_premium")),
        Entry(typeName: "Marketing-Essentials", purpose: DisplayText.words("type_marketing_essentials")),
        Entry(typeName: "Marketing-Premium", purpose: DisplayText.words("type_marketing_premium")),
    ] }
}

extension LicenseTypeReference.Entry: MustacheViewModel {
    /// The stored properties of `LicenseTypeReference.Entry`, by name.
    static let mustacheKeys: TemplateKeys<Self> = [
        "typeName": .init(\.typeName) { $0.typeName }, "purpose": .init(\.purpose) { $0.purpose },
    ]
}
