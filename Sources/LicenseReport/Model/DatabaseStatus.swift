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
    public var subscriptionModel: SubscriptionModel
    /// `Plan`; only meaningful for CRM Suite.
    public var plan: CRMSuitePlan?
    /// `PreparedFor`: whom the report was prepared for (optional).
    public var preparedFor: String?
    /// `TimeZone`: IANA identifier, "UTC" when absent. Validated by the check stage.
    public var timeZoneIdentifier: String
    /// `UpgradeUrl`: shown next to approaching/reached indicators for `--audience admin`.
    public var upgradeURL: String?
    /// `InfoUrl`: each indicator links here when given.
    public var infoURL: String?
    /// `Restrictions`, with `Maximum` already resolved from the plan table when it was absent.
    public var restrictions: [Restriction]

    /// Memberwise initializer with the documented defaults.
    public init(subscription: String? = nil, type: String? = nil, subscriptionModel: SubscriptionModel = .moduleBased,
                plan: CRMSuitePlan? = nil, preparedFor: String? = nil, timeZoneIdentifier: String = "UTC",
                upgradeURL: String? = nil, infoURL: String? = nil, restrictions: [Restriction] = []) {
        self.subscription = subscription
        self.type = type
        self.subscriptionModel = subscriptionModel
        self.plan = plan
        self.preparedFor = preparedFor
        self.timeZoneIdentifier = timeZoneIdentifier
        self.upgradeURL = upgradeURL
        self.infoURL = infoURL
        self.restrictions = restrictions
    }
}

/// A CRM Suite plan restriction, shaped like SuperOffice's `FencingInfo` plus a name:
/// "N of M <limit>", e.g. 1 of 100 active projects.
public struct Restriction: Hashable, Sendable {
    /// `Name`, e.g. "Active projects".
    public var name: String
    /// `ActiveCount`: how many are in use, >= 0.
    public var activeCount: Int
    /// `Maximum`: the plan's limit, >= 0; `nil` = unlimited.
    public var maximum: Int?
    /// `IsNearingMaximum` as given by SuperOffice, if any (compared with the computed level; a mismatch warns).
    public var isNearingMaximum: Bool?
    /// `HasReachedMaximum` as given by SuperOffice, if any.
    public var hasReachedMaximum: Bool?

    /// Memberwise initializer.
    public init(name: String, activeCount: Int, maximum: Int?, isNearingMaximum: Bool? = nil, hasReachedMaximum: Bool? = nil) {
        self.name = name
        self.activeCount = activeCount
        self.maximum = maximum
        self.isNearingMaximum = isNearingMaximum
        self.hasReachedMaximum = hasReachedMaximum
    }
}
