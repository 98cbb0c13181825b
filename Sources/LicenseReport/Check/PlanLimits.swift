import Foundation

/// The limits of the SuperOffice CRM Suite plans (SuperOffice CRM Suite plans, documentation version 12),
/// used when a restriction in `status.json` has no `Maximum` key.
///
/// | Limit | Starter | Core | Growth | Plus | Super |
/// |---|---|---|---|---|---|
/// | Dashboards | 3 | - | - | - | - |
/// | Active projects | 0 | 100 | - | - | - |
/// | Custom objects | 0 | 0 | 15 | - | - |
/// | Active marketing flows | 0 | 0 | 0 | 10 | - |
///
/// "-" is unlimited (`nil`).
enum PlanLimits {
    /// The limit names, in the table's order.
    static let names = ["Dashboards", "Active projects", "Custom objects", "Active marketing flows"]

    /// Each limit's maximum per plan, in `CRMSuitePlan.allCases` order (Starter … Super); `nil` = unlimited.
    private static let table: [String: [Int?]] = [
        "dashboards": [3, nil, nil, nil, nil],
        "active projects": [0, 100, nil, nil, nil],
        "custom objects": [0, 0, 15, nil, nil],
        "active marketing flows": [0, 0, 0, 10, nil],
    ]

    /// The maximum of the limit named `name` in `plan`.
    /// - Parameter name: the restriction's `Name`, compared case-insensitively, surrounding spaces ignored.
    /// - Returns: `.some(nil)` when the plan has no limit (unlimited), `.some(n)` for a limit of n,
    ///   `nil` when the table has no limit of that name.
    static func maximum(named name: String, plan: CRMSuitePlan) -> Int?? {
        let key = name.trimmingCharacters(in: .whitespaces).lowercased()
        guard let row = table[key], let column = CRMSuitePlan.allCases.firstIndex(of: plan) else { return nil }
        return .some(row[column])
    }
}
