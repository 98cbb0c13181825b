/// Finding columns by header name.
extension CSVReader {
    /// The 0-based index of the column named `name`, compared case-insensitively and ignoring
    /// surrounding spaces (`" period "` finds `Period`); the first one when a name is duplicated
    /// (which is reported as an error anyway).
    /// - Returns: `nil` when no header has that name.
    public func columnIndex(_ name: String) -> Int? {
        let wanted = Self.trimmed(name).lowercased()
        return header.firstIndex { $0.value.lowercased() == wanted }
    }

    /// Checks the header against the columns a file format defines, adding to `diagnostics`:
    /// `.missingColumn` (an error) for each required column that is absent, at the header's line,
    /// column 1; `.unknownField` (a warning: the column is ignored) for each header name that is
    /// neither required nor optional, at that header field. Names compare as in `columnIndex`.
    /// - Parameters:
    ///   - required: the columns the format needs, e.g. `["Period", "Service", "Quantity"]`.
    ///   - optional: the columns it also knows.
    /// - Returns: the index of each required column, in the order given, or `nil` when one is missing.
    @discardableResult
    public mutating func checkColumns(required: [String], optional: [String] = []) -> [Int]? {
        let headerLine = header.first?.line ?? 1
        var indexes: [Int] = []
        var missing = false
        for name in required {
            if let index = columnIndex(name) {
                indexes.append(index)
            } else {
                missing = true
                scanner.report(.missingColumn(name: name), line: headerLine, column: 1)
            }
        }
        let known = Set((required + optional).map { Self.trimmed($0).lowercased() })
        for field in header where !field.value.isEmpty && !known.contains(field.value.lowercased()) {
            let location = scanner.location(line: field.line, column: field.column)
            scanner.diagnostics.append(Diagnostic(.unknownField(name: field.value), at: location, severity: .warning))
        }
        return missing ? nil : indexes
    }

    /// The 0-based index of each of `names` (`nil` for an absent one), for optional columns.
    public func columnIndexes(_ names: [String]) -> [Int?] {
        names.map(columnIndex)
    }
}
