import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1
import NIOPosix
import NIOSSL

/// One request as the server received it.
public struct RecordedRequest: Sendable {
    public var method: String
    /// The request target as sent: `/api/v1/SystemEvent?$select=…&$top=2&$skip=0`.
    public var uri: String
    public var headers: [(String, String)]
    public var body: [UInt8]

    /// The path without the query.
    public var path: String { String(uri.split(separator: "?", maxSplits: 1).first ?? "") }

    /// The query's parameters (not percent-decoded: the client sends `$select`, `$top`, `$skip` as they are).
    public var query: [String: String] {
        guard let query = uri.split(separator: "?", maxSplits: 1).dropFirst().first else { return [:] }
        var result: [String: String] = [:]
        for pair in query.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            result[String(parts[0])] = parts.count > 1 ? String(parts[1]) : ""
        }
        return result
    }

    /// The first value of header `name` (case-insensitive).
    public func header(_ name: String) -> String? { headers.first { $0.0.lowercased() == name.lowercased() }?.1 }
}

/// What the server does with a request.
public enum StandInReply: Sendable {
    /// A complete response.
    case response(status: Int, headers: [(String, String)], body: [UInt8])
    /// A response head announcing `declaredLength` bytes, then only `body`, then the connection closes.
    case truncated(declaredLength: Int, body: [UInt8])
    /// No answer at all: the connection stays open and silent (a hung service).
    case silence

    /// A JSON response.
    public static func json(_ text: String, status: Int = 200, headers: [(String, String)] = []) -> StandInReply {
        .response(status: status, headers: [("Content-Type", "application/json; charset=utf-8")] + headers, body: Array(text.utf8))
    }
}

/// A small HTTP/1.1 server on 127.0.0.1 (an ephemeral port), started by a test: every request is recorded
/// and answered by `handler`. With `tls` it speaks HTTPS with that certificate and key (PEM files).
///
/// A SwiftNIO server rather than Hummingbird or FlyingFox: NIO is already built for async-http-client, and a
/// server this small must also misbehave on purpose (truncated bodies, silence), which frameworks prevent.
public final class StandInServer: Sendable {
    /// The port it listens on.
    public let port: Int
    private let channel: any Channel
    private let log: NIOLockedValueBox<[RecordedRequest]>

    /// Starts the server.
    public init(tls: (certificate: String, key: String)? = nil,
                handler: @escaping @Sendable (RecordedRequest) -> StandInReply) throws {
        let log = NIOLockedValueBox<[RecordedRequest]>([])
        let sslContext = try tls.map { files in
            try NIOSSLContext(configuration: .makeServerConfiguration(
                certificateChain: try NIOSSLCertificate.fromPEMFile(files.certificate).map { .certificate($0) },
                privateKey: .privateKey(try NIOSSLPrivateKey(file: files.key, format: .pem))))
        }
        let bootstrap = ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.backlog, value: 64)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    if let sslContext { try channel.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: sslContext)) }
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                    try channel.pipeline.syncOperations.addHandler(Connection(log: log, handler: handler))
                }
            }
        channel = try bootstrap.bind(host: "127.0.0.1", port: 0).wait()
        port = channel.localAddress?.port ?? 0
        self.log = log
    }

    /// `http://127.0.0.1:PORT/api` (`https` with TLS, then with the host name `localhost`, which the test
    /// certificate names).
    public func baseURL(tls: Bool = false) -> String { tls ? "https://localhost:\(port)/api" : "http://127.0.0.1:\(port)/api" }

    /// Every request so far, in the order received.
    public var requests: [RecordedRequest] { log.withLockedValue { $0 } }

    /// Stops listening (open connections are closed with it).
    public func shutdown() { try? channel.close().wait() }

    deinit { channel.close(promise: nil) }
}

/// One connection's handler: collects a request, records it, writes the reply.
private final class Connection: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    let log: NIOLockedValueBox<[RecordedRequest]>
    let handler: @Sendable (RecordedRequest) -> StandInReply
    private var current: RecordedRequest?

    init(log: NIOLockedValueBox<[RecordedRequest]>, handler: @escaping @Sendable (RecordedRequest) -> StandInReply) {
        self.log = log
        self.handler = handler
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            current = RecordedRequest(method: head.method.rawValue, uri: head.uri, headers: head.headers.map { ($0.name, $0.value) }, body: [])
        case .body(var buffer):
            current?.body += buffer.readBytes(length: buffer.readableBytes) ?? []
        case .end:
            guard let request = current else { return }
            current = nil
            log.withLockedValue { $0.append(request) }
            reply(handler(request), context: context)
        }
    }

    private func reply(_ reply: StandInReply, context: ChannelHandlerContext) {
        switch reply {
        case .silence:
            return
        case let .response(status, headers, body):
            var head = HTTPResponseHead(version: .http1_1, status: HTTPResponseStatus(statusCode: status))
            for (name, value) in headers { head.headers.add(name: name, value: value) }
            head.headers.replaceOrAdd(name: "Content-Length", value: "\(body.count)")
            context.write(wrapOutboundOut(.head(head)), promise: nil)
            context.write(wrapOutboundOut(.body(.byteBuffer(context.channel.allocator.buffer(bytes: body)))), promise: nil)
            context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
        case let .truncated(declaredLength, body):
            var head = HTTPResponseHead(version: .http1_1, status: .ok)
            head.headers.add(name: "Content-Type", value: "application/json")
            head.headers.add(name: "Content-Length", value: "\(declaredLength)")
            context.write(wrapOutboundOut(.head(head)), promise: nil)
            let channel = context.channel
            context.writeAndFlush(wrapOutboundOut(.body(.byteBuffer(context.channel.allocator.buffer(bytes: body))))).whenComplete { _ in
                channel.close(promise: nil)
            }
        }
    }
}
