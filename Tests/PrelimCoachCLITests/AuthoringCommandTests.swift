import Foundation
import Testing

/// `graph`, `paths` and `check --coverage` as an author runs them.
struct AuthoringCommandTests {
    static let coverageFixture = CLI.packageRoot.appendingPathComponent("Tests/Fixtures/coverage")
    static var fixtureDialogues: String { coverageFixture.appendingPathComponent("dialogues").path }
    static var fixtureTranscripts: String { coverageFixture.appendingPathComponent("transcripts").path }

    @Test(arguments: [["graph", "--help"], ["paths", "--help"], ["check", "--help"]])
    func theAuthoringOptionsAreInTheHelp(_ arguments: [String]) throws {
        let result = try CLI.run(arguments)
        #expect(result.status == 0)
        let expected = ["graph": "--format <format>", "paths": "--answers-dir <dir>", "check": "--coverage-threshold <file>"]
        #expect(result.stdout.contains(expected[arguments[0]] ?? "?"), "\(result.stdout)")
    }

    @Test func theCommittedPictureMatchesTheShippedDialogues() throws {
        let committed = try String(contentsOf: CLI.packageRoot.appendingPathComponent("docs/dialogue-graph.md"), encoding: .utf8)
        let block = try #require(committed.components(separatedBy: "```mermaid\n").dropFirst().first?.components(separatedBy: "```").first)
        let fresh = try CLI.run(["graph", "--format", "mermaid"])
        #expect(fresh.status == 0)
        #expect(block == fresh.stdout, "docs/dialogue-graph.md is stale: run 'make docs' and commit the result")
    }

    @Test func graphWritesDotToAFile() throws {
        let file = try CLI.temporaryDirectory().appendingPathComponent("graph.dot")
        let result = try CLI.run(["graph", "--format", "dot", "--file", file.path, "--dialogues", Self.fixtureDialogues])
        #expect(result.status == 0)
        let dot = try String(contentsOf: file, encoding: .utf8)
        #expect(dot.hasPrefix("digraph \"dialogue\" {"))
        #expect(dot.contains("\"n3\" -> \"n4\" [label=\"target == derm and score < 240\"];"))
    }

    @Test func coverageIsReportedByFileAndLine() throws {
        let result = try CLI.run(["check", Self.fixtureDialogues, "--transcripts", Self.fixtureTranscripts, "--coverage"])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains("coverage over 2 transcripts:\n  nodes        6/7  85.7%\n  edges        6/8  75.0%\n"))
        #expect(result.stdout.contains("coverage.yaml:48:9: node 'ortho_note' (emit)"))
    }

    @Test func aFigureUnderTheThresholdFailsTheCheck() throws {
        let directory = try CLI.temporaryDirectory()
        let high = try CLI.write("nodes: 80\nedges: 80\n", to: "high.yaml", in: directory)
        let result = try CLI.run(["check", Self.fixtureDialogues, "--transcripts", Self.fixtureTranscripts, "--coverage",
                                  "--coverage-threshold", high.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("edges coverage is 75.0%, under the threshold of 80%"))
        #expect(!result.stdout.contains("nodes coverage is"))
        let reached = try CLI.write("nodes: 85\nedges: 75\n", to: "reached.yaml", in: directory)
        let passing = try CLI.run(["check", Self.fixtureDialogues, "--transcripts", Self.fixtureTranscripts, "--coverage",
                                   "--coverage-threshold", reached.path])
        #expect(passing.status == 0, "\(passing.stdout)")
    }

    @Test func aWrongThresholdFileIsNamed() throws {
        let directory = try CLI.temporaryDirectory()
        let wrong = try CLI.write("node: 80\n", to: "wrong.yaml", in: directory)
        let result = try CLI.run(["check", Self.fixtureDialogues, "--transcripts", Self.fixtureTranscripts, "--coverage",
                                  "--coverage-threshold", wrong.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("'node' is not a category; use nodes, edges, content, placeholders"))
    }

    /// A program's graph may exceed what authors write; `--generated` lifts only those limits.
    @Test func generatedGraphsMayExceedTheLimitsOfHandWrittenOnes() throws {
        let directory = try CLI.temporaryDirectory()
        let count = 501
        let variables = (0..<count).map { "  v\($0):\n    type: text\n    label: V\($0)\n" }.joined()
        let nodes = (0..<count).map { "  - id: n\($0)\n    ask: v\($0)\n    prompt: Say something\n    next: \($0 + 1 < count ? "n\($0 + 1)" : "done")\n" }
            .joined()
        _ = try CLI.write("start: n0\nvariables:\n" + variables + "nodes:\n" + nodes + "  - id: done\n    end: Done\n",
                          to: "graph.yaml", in: directory)
        let authored = try CLI.run(["check", directory.path])
        #expect(authored.status == 1)
        #expect(authored.stdout.contains("[PC029] more than 500 variables are declared"), "\(authored.stdout)")
        let generated = try CLI.run(["check", "--generated", directory.path])
        #expect(generated.status == 0, "\(generated.stdout)")
        #expect(generated.stdout.contains("502 nodes, 501 variables; 0 errors"))
    }

    @Test func coverageWithoutTranscriptsIsAUsageError() throws {
        let result = try CLI.run(["check", Self.fixtureDialogues, "--coverage"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--coverage needs --transcripts DIR"))
    }

    @Test func pathsCountsRoutesAndEachAnswersFileFinishesASession() throws {
        let directory = try CLI.temporaryDirectory()
        let answers = directory.appendingPathComponent("routes")
        let result = try CLI.run(["paths", "--dialogues", Self.fixtureDialogues, "--answers-dir", answers.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("3 routes\nshortest: 5 nodes, 3 questions: ask_name > ask_target > ask_score > route > closing\n"))
        #expect(result.stdout.contains("longest:  6 nodes, 3 questions:"))
        let files = try FileManager.default.contentsOfDirectory(atPath: answers.path).sorted()
        #expect(files == ["route-0001.yaml", "route-0002.yaml", "route-0003.yaml"])
        for file in files {
            let session = try CLI.run(["coach", "--dialogues", Self.fixtureDialogues, "--answers", answers.appendingPathComponent(file).path,
                                       "--today", "2026-09-01"], environment: ["PRELIM_COACH_HOME": directory.path])
            #expect(session.status == 0, "\(file): \(session.stderr)")
        }
    }

    @Test func pathsOnTheShippedDialoguesFindsRoutes() throws {
        let result = try CLI.run(["paths", "--limit", "5"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("shortest: "))
    }
}
