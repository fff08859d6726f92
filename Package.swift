// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "PrelimCoach",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "prelim-coach", targets: ["prelim-coach"]),
        .library(name: "DialogueCore", targets: ["DialogueCore"]),
        .library(name: "DialogueAuthoring", targets: ["DialogueAuthoring"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // Pure: no files, no terminal, no clock.
        .target(name: "DialogueCore"),
        // (path, text) pairs to a checked DialogueGraph or diagnostics.
        .target(name: "DialogueAuthoring", dependencies: ["DialogueCore", "CLibYAML", "CMalloc"]),
        // The system's libyaml, not Yams' copy: Yams would load all of Foundation at every start.
        .systemLibrary(
            name: "CLibYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        // glibc's malloc.h, for malloc_trim between the steps of a large load.
        .systemLibrary(name: "CMalloc"),
        .systemLibrary(
            name: "CReadline",
            pkgConfig: "readline",
            providers: [.apt(["libreadline-dev"])]
        ),
        .executableTarget(
            name: "prelim-coach",
            dependencies: [
                "DialogueCore",
                "DialogueAuthoring",
                "CReadline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "DialogueCoreTests", dependencies: ["DialogueCore"]),
        // Yams: the dialogue reader's own composer is checked against it.
        .testTarget(name: "DialogueAuthoringTests", dependencies: ["DialogueAuthoring", .product(name: "Yams", package: "Yams")]),
        // The shipped dialogues, through the golden transcripts in Tests/Golden.
        .testTarget(name: "GoldenTranscriptTests", dependencies: ["DialogueCore", "DialogueAuthoring"], path: "Tests/GoldenTranscriptTests"),
        // Plans and their exports, from transcripts of a fixture dialogue compiled from YAML.
        .testTarget(name: "PlanTests", dependencies: ["DialogueCore", "DialogueAuthoring"]),
        // Test-only: spawning the binary on a pseudo-terminal needs C.
        .target(name: "PtySupport", path: "Tests/PtySupport"),
        .testTarget(name: "PrelimCoachCLITests", dependencies: ["PtySupport", "prelim-coach"]),
    ],
    swiftLanguageModes: [.v6]
)
