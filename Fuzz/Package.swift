// swift-tools-version:6.1
// libFuzzer targets for the readers of untrusted input. Built by `make fuzz` with
// `-sanitize=fuzzer,address -parse-as-library`; not part of `make test`.
import PackageDescription

let fuzzTargets = ["FuzzDialogue", "FuzzExpression", "FuzzTranscript", "FuzzAnswersFile", "FuzzAnswer"]

let package = Package(
    name: "PrelimCoachFuzz",
    dependencies: [.package(name: "PrelimCoach", path: "..")],
    targets: [
        .target(name: "FuzzSupport", dependencies: [.product(name: "DialogueAuthoring", package: "PrelimCoach")]),
    ] + fuzzTargets.map { name in
        .executableTarget(name: name, dependencies: [
            "FuzzSupport",
            .product(name: "DialogueCore", package: "PrelimCoach"),
            .product(name: "DialogueAuthoring", package: "PrelimCoach"),
        ])
    },
    swiftLanguageModes: [.v6]
)
