// swift-tools-version:6.1
// The benchmarks of PrelimCoach, apart from the main package so that its build stays fast.
// `make bench` builds this package in release mode; `make bench-smoke` (part of `make test`)
// builds only `prelim-bench` and checks walk reproduction at 1,000 nodes.
import PackageDescription

let package = Package(
    name: "PrelimCoachBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "PrelimCoach", path: ".."),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        // Walk files, loading a dialogues directory, playing and checking walks, writing transcripts.
        .target(
            name: "BenchSupport",
            dependencies: [
                .product(name: "DialogueCore", package: "PrelimCoach"),
                .product(name: "DialogueAuthoring", package: "PrelimCoach"),
            ]
        ),
        // Whole-figure measurements printed as JSON lines, beside the peers' (see `make bench`).
        .executableTarget(name: "prelim-bench", dependencies: ["BenchSupport", .product(name: "Yams", package: "Yams")]),
        // The floor of figure 4: a Foundation hello world built the same way as prelim-coach.
        .executableTarget(name: "hello-foundation"),
        // package-benchmark: load, check, engine step and replay, in process.
        .executableTarget(
            name: "DialogueBenchmarks",
            dependencies: ["BenchSupport", .product(name: "Benchmark", package: "benchmark")],
            path: "Benchmarks/DialogueBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
