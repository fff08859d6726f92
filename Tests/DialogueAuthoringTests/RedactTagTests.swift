import DialogueAuthoring
import Foundation
import DialogueCore
import Testing

/// `redact:` on a declaration: what a shared plan hides of the value.
struct RedactTagTests {
    static let yaml = """
        start: a
        variables:
          name:
            type: text
            redact: identity
          score:
            type: integer
            min: 1
            max: 300
            redact: sensitive
          target:
            type: choice
            options: [derm, ortho]
        derived:
          strong:
            type: yes_no
            value: score >= 250
            redact: sensitive
        nodes:
          - id: a
            end: Done
        """

    @Test func theLevelReachesTheDeclarations() throws {
        let graph = try #require(GraphCompiler.compile([DialogueSource(path: "t.yaml", text: Self.yaml)]).graph)
        #expect(graph.variable("name")?.redaction == .identity)
        #expect(graph.variable("score")?.redaction == .sensitive)
        #expect(graph.variable("strong")?.redaction == .sensitive, "a derived value can be hidden too")
        #expect(graph.variable("target")?.redaction == Redaction.none, "untagged values are always shown")
    }

    @Test func aMistypedLevelIsNamedWithASuggestion() {
        let yaml = Self.yaml.replacingOccurrences(of: "redact: sensitive\n  target", with: "redact: sensitve\n  target")
        let result = GraphCompiler.compile([DialogueSource(path: "t.yaml", text: yaml)])
        #expect(result.errors.map(\.description) == [
            "t.yaml:10:13: error: [PC034] 'redact' is 'sensitive' (hidden by share --redact) or 'identity' (hidden by --redact all), not 'sensitve'; did you mean 'sensitive'?"
        ])
    }

    @Test func theShippedProfileTagsWhatTheIssueNames() throws {
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("dialogues")
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".yaml") }.sorted()
        let sources = try names.map { DialogueSource(path: $0, text: try String(contentsOf: directory.appendingPathComponent($0), encoding: .utf8)) }
        let result = GraphCompiler.compile(sources)
        let graph = try #require(result.graph, "\(result.errors.map(\.description))")
        for name in ["step2_ck", "step1_passed", "class_standing", "wellbeing", "projects"] {
            #expect(graph.variable(name)?.redaction == .sensitive, "\(name) is hidden by --redact")
        }
        for name in ["name", "hospital"] {
            #expect(graph.variable(name)?.redaction == .identity, "\(name) is hidden by --redact all")
        }
    }
}
