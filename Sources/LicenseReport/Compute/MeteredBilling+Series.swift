extension MeteredBilling {
    /// The usage months regrouped per service, for the charts: one series per service that has a line in
    /// any month, in the order of the newest month's lines; each with a point for every month that has a
    /// line of that service (every month does, see `usageMonths`), oldest first.
    public static func series(of months: [UsageMonth]) -> [MeteredSeries] {
        var order: [MeteredService] = []
        for month in months.reversed() {
            for line in month.lines where !order.contains(line.service) { order.append(line.service) }
        }
        return order.map { service in
            let points = months.compactMap { month -> MeteredSeries.Point? in
                guard let line = month.lines.first(where: { $0.service == service }) else { return nil }
                return MeteredSeries.Point(month: month.month, quantity: line.quantity, threshold: line.threshold,
                                           overage: line.overage, amount: line.amount, currency: month.currency)
            }
            let unit = months.reversed().lazy.compactMap { $0.lines.first { $0.service == service }?.unit }.first ?? ""
            return MeteredSeries(service: service, unit: unit, points: points)
        }
    }
}
