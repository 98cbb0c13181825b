// INTERFACE STUB — the compute helper implements it.

/// The CRM Suite restriction rule (SuperOffice's 85 % / 100 % indicators), in integers only.
public enum RestrictionRules {
    /// `unlimited` when `maximum` is nil; `reached` when activeCount ≥ maximum (so Maximum 0 is reached);
    /// `approaching` when 100 × activeCount ≥ 85 × maximum; else `normal`.
    public static func level(activeCount: Int, maximum: Int?) -> RestrictionLevel {
        guard let maximum else { return .unlimited }
        if activeCount >= maximum { return .reached }
        if 100 * activeCount >= 85 * maximum { return .approaching }
        return .normal
    }
}
