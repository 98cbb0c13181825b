/// An ISO 4217 currency with its minor unit (number of decimals).
public struct Currency: Hashable, Sendable, CustomStringConvertible {
    /// Three upper-case letters, e.g. "NOK".
    public let code: String
    /// Decimals of the minor unit: 2 for NOK, SEK, DKK, EUR, USD, GBP; 0 for JPY, ISK; 3 for BHD, KWD, OMR, JOD, TND, LYD, IQD.
    public let minorUnit: Int

    /// Creates a currency from its ISO 4217 code; `nil` unless `code` is three upper-case ASCII letters.
    /// The minor unit comes from ISO 4217's list (2 unless the code is one of the listed exceptions).
    public init?(code: String) {
        guard code.count == 3, code.allSatisfy({ $0.isASCII && $0.isUppercase }) else { return nil }
        self.code = code
        self.minorUnit = Currency.minorUnitExceptions[code] ?? 2
    }

    /// ISO 4217 currencies whose minor unit is not 2 decimals.
    static let minorUnitExceptions: [String: Int] = [
        "BIF": 0, "CLP": 0, "DJF": 0, "GNF": 0, "ISK": 0, "JPY": 0, "KMF": 0, "KRW": 0, "PYG": 0,
        "RWF": 0, "UGX": 0, "UYI": 0, "VND": 0, "VUV": 0, "XAF": 0, "XOF": 0, "XPF": 0,
        "BHD": 3, "IQD": 3, "JOD": 3, "KWD": 3, "LYD": 3, "OMR": 3, "TND": 3,
        "CLF": 4, "UYW": 4,
    ]

    /// The code, e.g. "NOK".
    public var description: String { code }
}
