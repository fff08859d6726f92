import DialogueAuthoring
import DialogueCore
import Foundation
import Testing

/// The plan fixture dialogue (`Tests/Fixtures/plan-dialogues`) and users who talk to it.
enum PlanFixture {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let directory = packageRoot.appendingPathComponent("Tests/Fixtures/plan-dialogues")

    static func graph() throws -> DialogueGraph {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".yaml") }.sorted()
        let sources = try names.map { name in
            DialogueSource(path: name, text: try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8))
        }
        let result = GraphCompiler.compile(sources)
        return try #require(result.graph, "\(result.diagnostics.map(\.description))")
    }

    /// A user: what they type, one input per question, and their session's id.
    struct User: Sendable, CustomTestStringConvertible {
        let id: String
        let sessionID: String
        let inputs: [Input]
        var testDescription: String { id }
    }

    static func answers(_ texts: [String]) -> [Input] { texts.map(Input.answered) }

    /// Pivots: a score under 245 fires the guardrail; everything answered.
    static let dana = User(id: "dana", sessionID: "20261125-091403-ab12", inputs: answers([
        "Dana Quill", "Mercy Vale Hospital", "steady", "prelim_im", "derm", "238", "Zebra-Quokka audit of biopsy delays",
        "2026-07", "yes", "Is one research year enough? Would Professor Quimby write?",
    ]))

    /// Struggling (support applies); answers "no" to a delayed route, then goes back and says yes:
    /// the advice given for "no" is taken back. Skips the project, the start and the questions.
    static let lee = User(id: "lee", sessionID: "20261126-201500-0c3d", inputs: [
        .answered("Lee Marlow"), .answered("Harbor Point Medical Center"), .answered("struggling"), .answered("transitional"),
        .answered("anesthesiology"), .answered("251"), .skipRequested, .skipRequested, .answered("no"),
        .backRequested, .answered("yes"), .skipRequested,
    ])

    /// Skips name, hospital and score: placeholders in the templates, no guardrail.
    static let kim = User(id: "kim", sessionID: "20261127-070000-9f9f", inputs: [
        .skipRequested, .skipRequested, .answered("steady"), .answered("prelim_im"), .answered("anesthesiology"),
        .skipRequested, .answered("Night-float QI: handoff checklist"), .answered("2027-07"), .answered("no"), .skipRequested,
    ])

    /// Stops after the target: an unfinished session.
    static let sam = User(id: "sam", sessionID: "20261128-120000-1234", inputs: answers([
        "Sam Ortiz", "Lakeside General", "steady", "prelim_im", "derm",
    ]))

    /// Names built to break every format.
    static let hostile = User(id: "hostile", sessionID: "20261129-080000-beef", inputs: answers([
        "<script>alert(1)</script> {{name}} *B*_x_ `c` | # [l](http://e.x) &amp; <b>",
        "St. Mary's, Dept; \"A\" & <img src=x onerror=alert(1)> \\ end",
        "steady", "prelim_im", "derm", "240",
        "1. a list? - or + not; {{#projects}}x{{/projects}} ```fence``` ~~~",
        "2026-07", "yes", "# Heading?\\n<i>tag</i>, a;b",
    ]))

    static let users = [dana, lee, kim]

    static func header(_ user: User) -> TranscriptHeader {
        TranscriptHeader(
            appVersion: "0.1.0", graphHash: "fixture", sessionID: user.sessionID, startedAt: "2026-11-25T09:14:03-05:00",
            timeZone: "America/New_York", today: CalendarDate(year: 2026, month: 11, day: 25), answersInAdvance: [:])
    }

    static func transcript(_ user: User, graph: DialogueGraph) -> Transcript {
        TranscriptRecording.record(Engine(graph: graph), header: header(user), inputs: user.inputs, at: "2026-11-25T14:20:00Z").0
    }

    static func plan(_ user: User, redaction: RedactionLevel = .none) throws -> Plan {
        let graph = try graph()
        return try Plan.build(from: transcript(user, graph: graph), graph: graph, transcriptName: user.sessionID + ".jsonl", redaction: redaction).get()
    }
}
