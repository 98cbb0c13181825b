import LicenseReport

/// What `license-report fetch` is asked to do (docs/command-line.md "fetch").
public struct FetchRequest: Sendable {
    /// The API root.
    public var base: BaseURL
    /// The dataset folder whose API files are written or refreshed (created when absent).
    public var datasetFolder: String
    /// How to authenticate.
    public var credentials: Credentials
    /// A PEM file of certificates to trust besides the system's (an intranet CA), or `nil`.
    public var caFile: String?
    /// Seconds to wait for a TCP connection (and TLS handshake).
    public var connectTimeout: Double
    /// Seconds to wait for an answer's head, and between the bytes of its body.
    public var requestTimeout: Double
    /// When to try a call again.
    public var retry: RetryPolicy
    /// Rows per page of `GET /v1/SystemEvent` (`$top`).
    public var pageSize: Int
    /// The largest response body accepted, in bytes.
    public var maximumResponseBytes: Int

    /// The most pages read from `GET /v1/SystemEvent` before giving up (a service that ignores `$skip`
    /// would otherwise be paged for ever).
    public static let maximumPages = 1000

    /// A request with the defaults of docs/command-line.md: 10 s to connect, 60 s to answer, 3 retries,
    /// 500 events a page, responses of at most 64 MiB. Hand-written: the command line (another module) builds it.
    public init(base: BaseURL, datasetFolder: String, credentials: Credentials, caFile: String? = nil,
                connectTimeout: Double = 10, requestTimeout: Double = 60, retry: RetryPolicy = RetryPolicy(),
                pageSize: Int = 500, maximumResponseBytes: Int = 64 * 1024 * 1024) {
        self.base = base
        self.datasetFolder = datasetFolder
        self.credentials = credentials
        self.caFile = caFile
        self.connectTimeout = connectTimeout
        self.requestTimeout = requestTimeout
        self.retry = retry
        self.pageSize = pageSize
        self.maximumResponseBytes = maximumResponseBytes
    }
}

/// What a successful fetch wrote.
public struct FetchResult: Sendable {
    /// The files written, relative to the dataset folder, sorted.
    public var files: [String]
    /// The events read, over every page.
    public var eventCount: Int
    /// Warnings (a fencing call the installation does not have).
    public var warnings: [Diagnostic]
}
