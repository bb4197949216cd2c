// swift-tools-version:6.0
import PackageDescription

// Unchecked exclusivity: the evaluator keeps hot state in arrays owned by
// process objects; dynamic exclusivity checks cost 2-3x there (ARCHITECTURE.md).
let fast: [SwiftSetting] = [.unsafeFlags(["-enforce-exclusivity=unchecked"])]

let package = Package(
    name: "swerl",
    platforms: [.macOS(.v13)],
    products: [.executable(name: "swerl", targets: ["swerl"])],
    dependencies: [
        .package(url: "https://github.com/attaswift/BigInt", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
    ],
    targets: [
        .target(name: "ErlangSyntax", swiftSettings: fast),
        .target(name: "ErlangRuntime",
                dependencies: ["ErlangSyntax",
                               .product(name: "BigInt", package: "BigInt"),
                               .product(name: "Collections", package: "swift-collections")],
                swiftSettings: fast),
        .target(name: "ErlangBuiltins",
                dependencies: ["ErlangRuntime", "ErlangSyntax",
                               .product(name: "BigInt", package: "BigInt"),
                               .product(name: "Collections", package: "swift-collections")],
                swiftSettings: fast),
        .executableTarget(name: "swerl", dependencies: ["ErlangBuiltins"], swiftSettings: fast),
        .testTarget(name: "ErlangSyntaxTests", dependencies: ["ErlangSyntax"], exclude: ["Fixtures"]),
        .testTarget(name: "ErlangRuntimeTests", dependencies: ["ErlangRuntime", "ErlangBuiltins"]),
        .testTarget(name: "ProgramTests", dependencies: ["swerl"]),
    ],
    swiftLanguageModes: [.v5]
)
