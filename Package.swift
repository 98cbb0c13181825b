// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "license-report",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "license-report", targets: ["license-report"]),
        .library(name: "LicenseReport", targets: ["LicenseReport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
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
        .executableTarget(
            name: "license-report",
            dependencies: [
                "LicenseReport",
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
            ],
            exclude: ["FuzzRegressions", "Golden"]
        ),
        .testTarget(
            name: "XMLValidationTests",
            dependencies: ["XMLValidation", "TestSupport"]
        ),
        .testTarget(
            name: "CommandLineTests",
            dependencies: ["LicenseReport", "TestSupport"]
        ),
    ]
)
