/// The subscription model of a SuperOffice Online tenant.
public enum SubscriptionModel: String, CaseIterable, Hashable, Sendable {
    /// CRM Suite plans (Starter … Super) with plan restrictions; metered services are handled in My Apps.
    case crmSuite = "CrmSuite"
    /// Module-based subscriptions, invoiced for metered services above their threshold.
    case moduleBased = "ModuleBased"
}

/// A SuperOffice CRM Suite plan (SuperOffice CRM Suite plans, documentation version 12).
public enum CRMSuitePlan: String, CaseIterable, Hashable, Sendable {
    /// Starter: 3 dashboards, no projects, custom objects or marketing flows.
    case starter = "Starter"
    /// Core: 100 active projects.
    case core = "Core"
    /// Growth: 15 custom objects.
    case growth = "Growth"
    /// Plus: 10 active marketing flows.
    case plus = "Plus"
    /// Super: no limits (`Super` in the data).
    case superPlan = "Super"
}

/// The database and subscription facts of `status.json`.
public struct DatabaseStatus: Hashable, Sendable {
    /// `Subscription`, free text (e.g. "SuperOffice CRM Online").
    public var subscription: String?
    /// `Type`, free text (e.g. "Production").
    public var type: String?
    /// `SubscriptionModel`; `.moduleBased` when absent.
    public var subscriptionModel: SubscriptionModel = .moduleBased
    /// `Plan`; only meaningful for CRM Suite.
    public var plan: CRMSuitePlan?
    /// `PreparedFor`: whom the report was prepared for (optional).
    public var preparedFor: String?
    /// `TimeZone`: IANA identifier, "UTC" when absent. Validated by the check stage.
    public var timeZoneIdentifier: String = "UTC"
    /// `Locale`: the language of the pages when no `--locale` is given (`nil`: English).
    public var locale: LocaleCode?
    /// `UpgradeUrl`: shown next to approaching/reached indicators for `--audience admin`.
    public var upgradeURL: String?
    /// `InfoUrl`: each indicator links here when given.
    public var infoURL: String?
    /// `Restrictions`, with `Maximum` already resolved from the plan table when it was absent.
    public var restrictions: [Restriction] = []

}
