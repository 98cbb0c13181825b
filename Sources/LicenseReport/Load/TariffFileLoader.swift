import Foundation
import LicenseReportCore

/// Reads `tariffs.json`: the currency and one price list per metered service.
///
/// ```json
/// {"Currency": "NOK", "Services": [{"Service": "StorageSpace", "Unit": "GB", "Aggregation": "max",
///   "IncludedBase": 10, "IncludedPerUser": 1, "BlockSize": 10, "PricePerBlock": "125.00"}]}
/// ```
enum TariffFileLoader {
    /// The keys of the file's object. `Note` is free text for people (the bundled tariffs say there that
    /// their prices are examples); it is accepted and not used.
    static let keys = ["Currency", "Services", "Note"]
    /// The keys of one tariff.
    static let serviceKeys = ["Service", "Unit", "Aggregation", "IncludedBase", "IncludedPerUser", "BlockSize", "PricePerBlock"]
    /// Reads the file; problems go to `log`.
    /// - Parameter invalidServices: receives the services whose tariff is in the file but has an error (and is
    ///   left out of the table), so that usage of them is not also reported as having no tariff.
    /// - Returns: the table, or `nil` when the file or its currency is unusable (each problem recorded).
    ///   Tariffs with an error are left out of the table.
    static func load(path: String, file: String, invalidServices: inout Set<MeteredService>, log: inout DiagnosticLog) -> TariffTable? {
        guard let root = JSONFile.load(path: path, displayPath: file, log: &log),
              var object = JSONObjectReader(root, file: file, path: .root, expected: "a tariffs object", log: &log) else { return nil }
        var currency: Currency?
        if let code = object.string("Currency", required: true, log: &log) {
            currency = validCurrency(code)
            if currency == nil {
                log.error(.invalidCurrency(value: code), at: object.location(of: object.path(of: "Currency")))
            }
        }
        _ = object.string("Note", log: &log)
        var tariffs: [Tariff] = []
        if let (list, listPath) = object.take("Services") {
            if case .array(let rows) = list {
                var seen: [MeteredService: JSONPath] = [:]
                for (index, row) in rows.enumerated() {
                    let rowPath = listPath.appending(index: index)
                    let (tariff, service) = tariff(row, file: file, path: rowPath, log: &log)
                    guard let tariff else {
                        if let service { invalidServices.insert(service) }
                        continue
                    }
                    if seen[tariff.service] != nil {
                        log.error(.duplicateTariff(service: tariff.service.rawValue),
                                  at: SourceLocation(file: file, jsonPath: rowPath.appending(key: "Service").text))
                    } else {
                        seen[tariff.service] = rowPath
                        tariffs.append(tariff)
                    }
                }
            } else {
                log.error(.wrongType(expected: "an array of tariffs", found: list.typeDescription), at: object.location(of: listPath))
            }
        } else {
            log.error(.missingKey(key: "Services"), at: object.location)
        }
        object.reportUnknownKeys(log: &log)
        return currency.map { TariffTable(currency: $0, tariffs: tariffs) }
    }

    /// The currency of an ISO 4217 code: three capital letters that name an active currency.
    static func validCurrency(_ code: String) -> Currency? {
        guard let currency = Currency(code: code), isoCurrencyCodes.contains(code) else { return nil }
        return currency
    }

    /// The ISO 4217 codes Foundation knows (from ICU's currency data).
    private static let isoCurrencyCodes = Set(Locale.commonISOCurrencyCodes).union(Locale.Currency.isoCurrencies.map(\.identifier))

    /// One tariff, or `nil` after an error; with its service whenever `Service` itself was valid.
    private static func tariff(_ value: JSONValue, file: String, path: JSONPath, log: inout DiagnosticLog) -> (Tariff?, MeteredService?) {
        guard var object = JSONObjectReader(value, file: file, path: path, expected: "a tariff object", log: &log) else { return (nil, nil) }
        let service = StatusFileLoader.known("Service", MeteredService.self, required: true, in: &object, log: &log)
        let unit = object.string("Unit", required: true, nonEmpty: true, log: &log)
        let aggregation = StatusFileLoader.known("Aggregation", Aggregation.self, required: true, in: &object, log: &log)
        let base = amount("IncludedBase", in: &object, log: &log)
        let perUser = amount("IncludedPerUser", in: &object, log: &log)
        var blockSize = object.decimal("BlockSize", required: true, log: &log)
        if let size = blockSize, size.parsed.value <= 0 {
            log.error(.nonPositiveBlockSize(value: size.parsed.value.description), at: object.location(of: size.path))
            blockSize = nil
        }
        // Decimals and sizes of every decimal are bounded by `object.decimal` (`NumberLimits`), so that
        // every figure of the invoicing rule is computed exactly.
        let price = amount("PricePerBlock", in: &object, log: &log)
        object.reportUnknownKeys(log: &log)
        guard let service, let unit, let aggregation, let base, let perUser, let blockSize, let price else { return (nil, service) }
        return (Tariff(service: service, unit: unit, aggregation: aggregation, includedBase: base.value, includedPerUser: perUser.value,
                       blockSize: blockSize.parsed.value, pricePerBlock: price.value), service)
    }

    /// A required decimal of 0 or more.
    private static func amount(_ key: String, in object: inout JSONObjectReader, log: inout DiagnosticLog) -> DecimalParser.Parsed? {
        guard let (parsed, path) = object.decimal(key, required: true, log: &log) else { return nil }
        guard parsed.value >= 0 else {
            log.error(.negativeValue(field: key, value: parsed.value.description), at: object.location(of: path))
            return nil
        }
        return parsed
    }
}
