@testable import DialogueAuthoring
import DialogueCore
import Foundation
import Testing

/// Coverage of the fixture graph in Tests/Fixtures/coverage, counted by hand: 7 nodes, 8 edges,
/// 4 content ids, 4 placeholders. `derm-low` (Dana, derm, 230) goes through the long road;
/// `derm-high-no-name` (name skipped, derm, 250) goes straight to the closing.
struct CoverageTests {
    static let fixture = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/coverage")

    static func dialogue() throws -> AuthoredDialogue {
        let directory = fixture.appendingPathComponent("dialogues")
        let sources = try ["content.yaml", "coverage.yaml"].map { name in
            DialogueSource(path: "dialogues/\(name)", text: try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8))
        }
        return try #require(AuthoredDialogue.load(sources).dialogue)
    }

    static func report(_ names: [String]) throws -> CoverageReport {
        let dialogue = try dialogue()
        var visits = VisitRecord()
        for name in names {
            let data = try Data(contentsOf: fixture.appendingPathComponent("transcripts/\(name).jsonl"))
            let transcript = try Transcript.read(data).get()
            #expect(CoverageReplay.replay(transcript, in: dialogue, into: &visits) == nil)
        }
        return CoverageReport(dialogue, visits: visits)
    }

    static func figures(_ report: CoverageReport) -> [String] {
        report.categories.map { "\($0.name) \($0.covered)/\($0.total)" }
    }

    @Test func oneTranscriptCoversTheLongRoad() throws {
        let report = try Self.report(["derm-low"])
        #expect(Self.figures(report) == ["nodes 6/7", "edges 5/8", "content 2/4", "placeholders 3/4"])
        #expect(report.categories.map { CoverageReport.format($0.percent) } == ["85.7", "62.5", "50.0", "75.0"])
    }

    @Test func bothTranscriptsAddTheOtherwiseEdgeButNoPlaceholder() throws {
        let report = try Self.report(["derm-low", "derm-high-no-name"])
        #expect(Self.figures(report) == ["nodes 6/7", "edges 6/8", "content 2/4", "placeholders 3/4"])
        let uncovered = report.categories.flatMap(\.uncovered).map { "\($0.location): \($0.description)" }.sorted()
        #expect(uncovered == [
            "dialogues/content.yaml:6:5: content id K3 (The ortho note)",
            "dialogues/content.yaml:7:5: content id K4 (Delivered by no node)",
            "dialogues/coverage.yaml:40:15: edge 'route' -> 'ortho_note' (target == ortho)",
            "dialogues/coverage.yaml:48:9: node 'ortho_note' (emit)",
            "dialogues/coverage.yaml:50:18: placeholder {{name}} in 'ortho_note' never shown with a value",
            "dialogues/coverage.yaml:52:11: edge 'ortho_note' -> 'closing'",
        ])
    }

    @Test func noTranscriptCoversNothing() throws {
        let report = try Self.report([])
        #expect(Self.figures(report) == ["nodes 0/7", "edges 0/8", "content 0/4", "placeholders 0/4"])
    }
}
