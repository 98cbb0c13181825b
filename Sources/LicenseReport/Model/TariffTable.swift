/// `tariffs.json`: the currency and one tariff per metered service, sorted by service.
public struct TariffTable: Hashable, Sendable {
    /// `Currency`.
    public var currency: Currency
    /// `Services`, sorted by `MeteredService` order, at most one per service.
    public private(set) var tariffs: [Tariff]

    /// A table; sorts `tariffs` by service, so every reader meets them in `MeteredService` order.
    public init(currency: Currency, tariffs: [Tariff]) {
        self.currency = currency
        self.tariffs = tariffs.sorted { $0.service < $1.service }
    }

    /// The tariff of `service`, if any.
    public func tariff(for service: MeteredService) -> Tariff? { tariffs.first { $0.service == service } }
}
