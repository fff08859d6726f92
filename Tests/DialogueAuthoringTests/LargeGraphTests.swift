import DialogueAuthoring
import DialogueCore
import Testing

/// Graphs of the size the benchmarks use still load, and the shortcuts taken for speed
/// change no finding.
struct LargeGraphTests {
    /// A chain of `count` say nodes from the start to an end.
    static func chain(_ count: Int, closingWith end: String = "end: Done") -> String {
        var yaml = "start: s0\nnodes:\n"
        for index in 0..<count { yaml += "  - id: s\(index)\n    say: Step \(index).\n    next: s\(index + 1)\n" }
        return yaml + "  - id: s\(count)\n    \(end)\n"
    }

    static func compile(_ yaml: String) -> CompilationResult {
        GraphCompiler.compile([DialogueSource(path: "big.yaml", text: yaml)], limits: .generated)
    }

    @Test func aChainOfTwentyThousandNodesLoads() {
        let result = Self.compile(Self.chain(20_000))
        #expect(result.errors.isEmpty)
        #expect(result.graph?.nodes.count == 20_001)
    }

    /// The compiled graph takes the compiler's index of ids; it must find every node as a
    /// graph that indexes its nodes itself does.
    @Test func theCompilersIndexFindsEveryNode() throws {
        let compiled = try #require(Self.compile(Self.chain(3_000)).graph)
        let rebuilt = DialogueGraph(start: compiled.start, variables: compiled.variables, nodes: compiled.nodes, migrations: compiled.migrations)
        #expect(compiled.nodeOrder == rebuilt.nodeOrder)
        for node in compiled.nodes {
            #expect(compiled.node(node.id) == node)
            #expect(rebuilt.node(node.id) == node)
        }
        let engine = Engine(graph: compiled)
        var (session, _) = engine.start(today: CalendarDate(year: 2026, month: 11, day: 25))
        #expect(session.status == .ended(.finished))
        (session, _) = Engine(graph: rebuilt).start(today: CalendarDate(year: 2026, month: 11, day: 25))
        #expect(session.status == .ended(.finished))
    }

    @Test func aSilentLoopAtTheEndOfALongChainIsStillFound() {
        let result = Self.compile(Self.chain(5_000, closingWith: "say: Again.\n    next: s4990"))
        #expect(result.diagnostics.map(\.code.rawValue).contains("PC017"))
    }

    @Test(arguments: ["end:", "end: ~", "end: null", "end: NULL"])
    func anEmptyOrNullEndHasNoText(_ end: String) throws {
        let graph = try #require(Self.compile(Self.chain(1, closingWith: end)).graph)
        guard case .end(let text)? = graph.node("s1")?.kind else {
            Issue.record("s1 is not an end")
            return
        }
        #expect(text == nil)
    }

    @Test func aQuotedNullEndIsText() throws {
        let graph = try #require(Self.compile(Self.chain(1, closingWith: "end: \"null\"")).graph)
        guard case .end(let text?)? = graph.node("s1")?.kind else {
            Issue.record("s1 has no end text")
            return
        }
        #expect(text.source == "null")
    }

    @Test func aMisspeltVariableInAConditionIsStillSuggested() {
        let yaml = """
            start: a
            variables:
              score: {type: integer, min: 0, max: 9}
            nodes:
              - id: a
                ask: score
                prompt: Score?
                next: b
              - id: b
                branch:
                  - when: scor >= 3
                    goto: c
                  - otherwise: c
              - id: c
                end: Done
            """
        let messages = Self.compile(yaml).diagnostics.map(\.message)
        #expect(messages.contains { $0.contains("did you mean 'score'?") })
    }
}
