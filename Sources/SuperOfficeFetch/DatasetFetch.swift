import AsyncHTTPClient
import Foundation
import LicenseReport
import Logging
import NIOCore
import NIOHTTP1
import NIOSSL

/// `license-report fetch`: calls SuperOffice's Web API and writes its responses, unmodified, as the API files
/// of a dataset folder (`license.json`, `fencing/*.json`, `events.json`), leaving every other file as it is,
/// so that a nightly job is `fetch` then `build`. docs/command-line.md "fetch" lists the calls.
public enum DatasetFetch {
    /// The columns of the SystemEvents archive that `events.json` uses (`EventLoader.columns`).
    static let eventColumns = "eventname,status,eventmess,registered,registered_associate_id/assocName,registered_associate_id/fullName,"
        + "registered_associate_id/portraitThumbnail,eta,type,scope,extrainfo"

    /// Fetches and writes.
    /// - Returns: the files written and any warnings (a fencing call that answered 404).
    /// - Throws: `DiagnosticError`: a fetch-stage reason (exit 69, 76, 77, 78), or `cannotWrite` /
    ///   `refusedOutput` (73). The dataset folder is then exactly as it was.
    public static func run(_ request: FetchRequest, logger: Logger) async throws(DiagnosticError) -> FetchResult {
        let target = URL(fileURLWithPath: request.datasetFolder).standardizedFileURL.resolvingSymlinksInPath()
        try DatasetUpdate.refuseConflicts(in: target, exists: FileManager.default.fileExists(atPath: target.path), shown: request.datasetFolder)
        let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: try configuration(for: request))
        let outcome: Result<([String: Data], Int, [Diagnostic]), DiagnosticError>
        do throws(DiagnosticError) {
            outcome = .success(try await responses(APIClient(client: client, request: request, logger: logger)))
        } catch {
            outcome = .failure(error)
        }
        try? await client.shutdown()
        let (files, eventCount, warnings) = try outcome.get()
        try DatasetUpdate.replace(apiFiles: files, in: request.datasetFolder)
        return FetchResult(files: files.keys.sorted(), eventCount: eventCount, warnings: warnings)
    }

    /// Every call's checked response body, by the dataset file it becomes.
    static func responses(_ api: APIClient) async throws(DiagnosticError) -> ([String: Data], Int, [Diagnostic]) {
        let base = api.request.base
        var files: [String: Data] = [:]
        let licenceCall = "GET \(base.url("v1/License"))"
        let licence = try await api.send(.GET, "v1/License", shown: licenceCall)
        files["license.json"] = try checked(licence, kind: .license, call: licenceCall, file: "license.json")

        var skipped: [String] = []
        for (agentCall, file) in APIResponseCheck.fencingCalls {
            let path = "v1/Agents/\(agentCall)"
            let call = "POST \(base.url(path))"
            let answer = try await api.send(.POST, path, shown: call, allowed: [404])
            if answer.status == 404 {
                skipped.append(agentCall)
                continue
            }
            // The licence fence "returns fencing info if the licence fence is near or reached": nothing otherwise.
            if answer.status == 204 || isNull(answer.body) { continue }
            files[file] = try checked(answer, kind: .fencing(file: file), call: call, file: file)
        }
        let warnings = skipped.isEmpty ? [] : [Diagnostic(.fencingNotAvailable(calls: skipped), severity: .warning)]

        var pages: [Data] = []
        var eventCount = 0
        while true {
            guard pages.count < FetchRequest.maximumPages else {
                throw DiagnosticError([Diagnostic(.tooManyPages(call: "GET \(base.url("v1/SystemEvent"))", pages: pages.count))])
            }
            let path = "v1/SystemEvent?$select=\(eventColumns)&$top=\(api.request.pageSize)&$skip=\(eventCount)"
            let call = "GET \(base.url("v1/SystemEvent"))?$skip=\(eventCount)&$top=\(api.request.pageSize)"
            let page = try checked(try await api.send(.GET, path, shown: call), kind: .events, call: call, file: "events.json")
            let rows = APIResponseCheck.eventRowCount(in: page) ?? 0
            pages.append(page)
            eventCount += rows
            if rows < api.request.pageSize { break }
        }
        files["events.json"] = pages.count == 1 ? pages[0] : joined(pages)
        return (files, eventCount, warnings)
    }

    /// The body, when the dataset loader can read it as `file`; else `unexpectedResponse` and the problems.
    static func checked(_ response: APIClient.Response, kind: APIResponseCheck.Kind, call: String, file: String) throws(DiagnosticError) -> Data {
        let problems = APIResponseCheck.problems(in: response.body, kind: kind, call: call)
        guard !problems.isEmpty else { return response.body }
        let type = response.contentType?.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let detail: String
        if let type, !type.contains("json"), problems.contains(where: { if case .malformedJSON = $0.reason { true } else { false } }) {
            detail = "it is \(type), not JSON: check that BASE_URL is the API root (ending in /api)"
        } else {
            detail = "it is not what \(file) holds (\(problems.count) problem\(problems.count == 1 ? "" : "s") below)"
        }
        throw DiagnosticError([Diagnostic(.unexpectedResponse(call: call, detail: detail))] + problems)
    }

    /// Several pages of one list, each unmodified, as one JSON array (the loader reads it page by page).
    static func joined(_ pages: [Data]) -> Data {
        var data = Data("[\n".utf8)
        for (index, page) in pages.enumerated() {
            if index > 0 { data.append(Data(",\n".utf8)) }
            data.append(page)
        }
        data.append(Data("\n]\n".utf8))
        return data
    }

    private static func isNull(_ body: Data) -> Bool {
        let text = String(decoding: body, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty || text == "null"
    }

    /// The HTTP client's settings: TLS verification always on (the system's roots, plus `--ca-file`'s),
    /// no redirects (credentials go to the API root only), the time-outs, and no connection retries of its
    /// own (`RetryPolicy` decides).
    static func configuration(for request: FetchRequest) throws(DiagnosticError) -> HTTPClient.Configuration {
        var tls = TLSConfiguration.makeClientConfiguration()
        tls.certificateVerification = .fullVerification
        if let caFile = request.caFile {
            let certificates: [NIOSSLCertificate]
            do {
                certificates = try NIOSSLCertificate.fromPEMFile(caFile)
            } catch {
                throw DiagnosticError([Diagnostic(.invalidCAFile(path: caFile, detail: FileManager.default.isReadableFile(atPath: caFile) ? "\(error)" : "it cannot be read"))])
            }
            guard !certificates.isEmpty else {
                throw DiagnosticError([Diagnostic(.invalidCAFile(path: caFile, detail: "it holds no certificate"))])
            }
            tls.additionalTrustRoots = [.certificates(certificates)]
        }
        var configuration = HTTPClient.Configuration(
            tlsConfiguration: tls, redirectConfiguration: .disallow,
            timeout: .init(connect: APIClient.amount(request.connectTimeout), read: APIClient.amount(request.requestTimeout)))
        configuration.connectionPool.retryConnectionEstablishment = false
        return configuration
    }
}
