/// A metered service of a module-based SuperOffice subscription.
public enum MeteredService: String, CaseIterable, Hashable, Comparable, Sendable {
    /// Document and database storage, in GB. A level, not a count: aggregated with `max`.
    case storageSpace = "StorageSpace"
    /// E-mails sent by mailings.
    case mailingsEmails = "MailingsEmails"
    /// Customer Centre logins.
    case customerCenterLogins = "CustomerCenterLogins"
    /// Chat sessions.
    case chatSessions = "ChatSessions"
    /// Form submissions.
    case formSubmissions = "FormSubmissions"

    /// Sorted by the order declared here (the order SuperOffice lists them in).
    public static func < (lhs: MeteredService, rhs: MeteredService) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
