import Foundation
import LicenseReportCore

/// Conversions of single JSON values, shared by object fields and array elements.
enum JSONScalars {
    /// A conversion failure (its reason knows its stage: `.load` for a wrong JSON type, `.check` for a bad value).
    struct Failure: Error, Hashable {
        var reason: Reason
    }

    /// A whole number; `invalidCount` for fractions (and for negative values unless allowed), `numberTooLarge`
    /// for a whole number beyond 2³¹ − 1 (`NumberLimits.maximumCount`), `notFinite` for NaN/infinity,
    /// `wrongType` for non-numbers.
    static func integer(_ value: JSONValue, field: String, allowNegative: Bool) -> Result<Int, Failure> {
        guard case .number(let lexeme) = value else {
            return .failure(Failure(reason: .wrongType(expected: "a whole number", found: value.typeDescription)))
        }
        let tooLarge = Failure(reason: NumberLimits.countTooLarge(field: field, text: lexeme, allowNegative: allowNegative))
        switch DecimalParser.parse(lexeme, exponent: true) {
        case .failure(.notFinite):
            return .failure(Failure(reason: .notFinite(field: field, value: lexeme)))
        case .failure(.tooLarge) where allowNegative || !lexeme.hasPrefix("-"):
            return .failure(tooLarge)
        case .success(let parsed) where parsed.isWhole && (allowNegative || parsed.value >= 0):
            guard parsed.value.magnitude <= Decimal(NumberLimits.maximumCount) else { return .failure(tooLarge) }
            return .success(NSDecimalNumber(decimal: parsed.value).intValue)
        default:
            return .failure(Failure(reason: .invalidCount(field: field, value: lexeme)))
        }
    }

    /// A decimal number from a JSON number or a decimal string (point as separator), within the bounds of
    /// its field (`NumberLimits`: `numberTooLarge`, `tooManyDecimals`).
    static func decimal(_ value: JSONValue, field: String) -> Result<DecimalParser.Parsed, Failure> {
        let result: Result<DecimalParser.Parsed, DecimalParser.Failure>
        let text: String
        switch value {
        case .number(let lexeme):
            text = lexeme
            result = DecimalParser.parse(lexeme, exponent: true)
        case .string(let string):
            text = string
            result = DecimalParser.parse(string)
        default:
            return .failure(Failure(reason: .wrongType(expected: "a decimal number or decimal string", found: value.typeDescription)))
        }
        return result.mapError { Failure(reason: DecimalParser.reason(for: $0, field: field, value: text)) }
            .flatMap { parsed in
                NumberLimits.problem(with: parsed, field: field, text: text).map { .failure(Failure(reason: $0)) } ?? .success(parsed)
            }
    }
}

extension DecimalParser {
    /// The diagnostic reason for a parse failure of `value` in `field`.
    static func reason(for failure: Failure, field: String, value: String) -> Reason {
        switch failure {
        case .invalid: .invalidDecimal(field: field, value: value)
        case .thousandsSeparator: .thousandsSeparator(field: field, value: value)
        case .notFinite: .notFinite(field: field, value: value)
        case .tooLarge: .numberTooLarge(field: field, value: value, limit: NumberLimits.boundText(for: field))
        case .tooPrecise: .tooManyDecimals(field: field, value: value, maximum: NumberLimits.maximumDecimals)
        }
    }
}
