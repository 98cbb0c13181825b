// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "license-report",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "license-report", targets: ["license-report"]),
        .library(name: "LicenseReport", targets: ["LicenseReport"]),
    ],
    // Exact versions of the whole graph: Package.resolved is not committed (the package mirror's commit ids
    // are not GitHub's), so `exact:` is what makes two machines build the same code. The packages that
    // async-http-client and swift-nio bring are pinned here too (below the direct ones), so that no machine
    // resolves a newer one. README.md lists the versions; change both together.
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        .package(url: "https://github.com/apple/swift-log", exact: "1.16.2"),
        // `fetch` only (SuperOfficeFetch): HTTP client, TLS, and the NIO server of the fetch tests.
        .package(url: "https://github.com/swift-server/async-http-client", exact: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", exact: "2.101.3"),
        .package(url: "https://github.com/apple/swift-nio-ssl", exact: "2.37.6"),
        // Test-only: property-based tests, and exact big integers that check the invoicing arithmetic.
        .package(url: "https://github.com/x-sheep/swift-property-based", exact: "2.0.1"),
        .package(url: "https://github.com/attaswift/BigInt", exact: "6.0.1"),
        // What async-http-client, swift-nio and swift-nio-ssl depend on, pinned (no target uses them directly,
        // so SwiftPM warns "dependency … is not used by any target" for most: the price of a pinned graph).
        .package(url: "https://github.com/apple/swift-algorithms", exact: "1.2.1"),
        .package(url: "https://github.com/apple/swift-asn1", exact: "1.7.4"),
        .package(url: "https://github.com/apple/swift-async-algorithms", exact: "1.1.4"),
        .package(url: "https://github.com/apple/swift-atomics", exact: "1.3.0"),
        .package(url: "https://github.com/apple/swift-certificates", exact: "1.21.1"),
        .package(url: "https://github.com/apple/swift-collections", exact: "1.6.0"),
        .package(url: "https://github.com/apple/swift-configuration", exact: "1.4.0"),
        .package(url: "https://github.com/apple/swift-crypto", exact: "4.5.2"),
        .package(url: "https://github.com/apple/swift-distributed-tracing", exact: "1.7.3"),
        .package(url: "https://github.com/apple/swift-http-structured-headers", exact: "1.7.0"),
        .package(url: "https://github.com/apple/swift-http-types", exact: "1.8.0"),
        .package(url: "https://github.com/apple/swift-nio-extras", exact: "1.35.2"),
        .package(url: "https://github.com/apple/swift-nio-http2", exact: "1.46.0"),
        .package(url: "https://github.com/apple/swift-nio-transport-services", exact: "1.28.0"),
        .package(url: "https://github.com/apple/swift-numerics", exact: "1.1.1"),
        .package(url: "https://github.com/apple/swift-service-context", exact: "1.5.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", exact: "2.13.0"),
        .package(url: "https://github.com/apple/swift-system", exact: "1.8.1"),
    ],
    targets: [
        // libxml2 from the system (Debian: libxml2-dev). See shim.h for the ICU workaround.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // The libxml2 wrapper. It must not import Foundation (ICU module clash).
        .target(
            name: "XMLValidation",
            dependencies: ["CLibXML2"]
        ),
        // Diagnostics and the byte-level CSV and JSON readers. No Foundation: the fuzzers (Fuzz/) compile
        // these files alone, and a target of their own keeps Foundation's extensions from leaking in.
        .target(name: "LicenseReportCore"),
        // renameat2(RENAME_EXCHANGE) for the atomic publish swap (not exported by Swift's Glibc module).
        .target(name: "CAtomicSwap"),
        // An async-signal-safe handler that forwards SIGINT/SIGTERM/SIGHUP to a pipe, for the command line's
        // clean-up of a publish in progress (Sources/license-report/SignalCleanup.swift).
        .target(name: "CSignalPipe"),
        .target(
            name: "LicenseReport",
            dependencies: [
                "LicenseReportCore",
                "XMLValidation",
                "CAtomicSwap",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Logging", package: "swift-log"),
            ],
            resources: [.copy("Resources/templates")]
        ),
        // `license-report fetch`: SuperOffice's Web API → the API files of a dataset folder. A target of its
        // own, so the pipeline library never depends on the HTTP stack.
        .target(
            name: "SuperOfficeFetch",
            dependencies: [
                "LicenseReport",
                "LicenseReportCore",
                "CAtomicSwap",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOFoundationCompat", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ]
        ),
        .executableTarget(
            name: "license-report",
            dependencies: [
                "LicenseReport",
                "CSignalPipe",
                "SuperOfficeFetch",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Times every stage of a whole build of a generated 1,000-file site (docs/performance.md).
        .executableTarget(
            name: "license-report-benchmark",
            dependencies: ["LicenseReport"]
        ),
        // What the three test targets share: temporary folders, folder snapshots, the built binary and
        // running it, golden files, marked positions (MarkedText) and the rule-table case (DiagnosticCase).
        .target(
            name: "TestSupport",
            dependencies: ["LicenseReport"],
            path: "Tests/TestSupport"
        ),
        .testTarget(
            name: "LicenseReportTests",
            dependencies: [
                "LicenseReport",
                "TestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
                .product(name: "BigInt", package: "BigInt"),
            ],
            exclude: ["FuzzRegressions", "Golden"]
        ),
        .testTarget(
            name: "XMLValidationTests",
            dependencies: ["XMLValidation", "TestSupport"]
        ),
        .testTarget(
            name: "CommandLineTests",
            dependencies: ["LicenseReport", "TestSupport", "FetchTestSupport"]
        ),
        // A stand-in for SuperOffice's Web API on 127.0.0.1, for the fetch tests (SwiftNIO, already built for
        // async-http-client, so it costs no extra build time).
        .target(
            name: "FetchTestSupport",
            dependencies: [
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ],
            path: "Tests/FetchTestSupport"
        ),
        .testTarget(
            name: "SuperOfficeFetchTests",
            dependencies: ["SuperOfficeFetch", "LicenseReport", "FetchTestSupport"]
        ),
    ]
)
