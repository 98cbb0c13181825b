// The diagnostics (`Diagnostic`, `DiagnosticError`, `Reason`, `SourceLocation`) are part of this library's
// API, so a client that imports LicenseReport gets them too.
@_exported import LicenseReportCore
