/// The customer a report is about: the licence holder named by the first owner in report order
/// (SUPEROFFICE when present, else the first add-on owner). Every page, the usage reports and their
/// attachments name this one customer.
///
/// In SuperOffice "owner" means the licence owner (SUPEROFFICE or an add-on vendor); the customer is the
/// `CompanyName` the licences were issued to.
public struct Customer: Hashable, Sendable {
    /// `CompanyName`; empty when the dataset has no owner.
    public var companyName: String = ""
    /// `SerialNr` of the same owner; empty when the dataset has no owner.
    public var serialNr: String = ""
}
