@testable import DialogueCore
import Testing

/// Equal small tables of the step table are stored once (`SharedRuns`), and every node that
/// shares one still goes where its own file says.
struct SharedTablesTests {
    static let options = [ChoiceOption(key: "im", label: "Medicine"), ChoiceOption(key: "surgery", label: "Surgery")]
    static let variables = [
        VariableDecl(name: "first", label: "First", kind: .choice(options)),
        VariableDecl(name: "second", label: "Second", kind: .choice(options)),
        VariableDecl(name: "count", label: "Count", kind: .integer(min: 0, max: 100)),
    ]

    /// `count` set to 0, then two questions, each followed by a branch of the same shape on its own variable, whose
    /// cases lead to the nodes just after it; every path then adds one to `count`.
    static func graph(secondBranchTarget: NodeID = "second_surgery") -> DialogueGraph {
        func bump(_ id: NodeID, next: NodeID) -> Node {
            Node(id: id, kind: .set([Assignment(variable: "count", value: Fixture.expression("count + 1", .integer, in: variables))], next: next))
        }
        func route(_ id: NodeID, on variable: String, to targets: [NodeID], otherwise: NodeID) -> Node {
            Node(id: id, kind: .branch(BranchCases(zip(["im", "surgery"], targets).map { key, target in
                BranchCase(condition: Fixture.expression("\(variable) == \(key)", .bool, in: variables), target: target)
            }), fallback: otherwise))
        }
        func say(_ id: NodeID, _ text: String, next: NodeID) -> Node {
            Node(id: id, kind: .say(Fixture.template(text), next: next))
        }
        return DialogueGraph(start: "setup", variables: variables, nodes: [
            Node(id: "setup", kind: .set([Assignment(variable: "count", value: .literal(.integer(0)))], next: "ask_first")),
            Node(id: "ask_first", kind: .ask(Ask(variable: "first", prompt: Fixture.template("First?"), next: "route_first"))),
            route("route_first", on: "first", to: ["first_im", "first_surgery"], otherwise: "bump_first"),
            say("first_im", "First: medicine.", next: "bump_first"),
            say("first_surgery", "First: surgery.", next: "bump_first"),
            bump("bump_first", next: "ask_second"),
            Node(id: "ask_second", kind: .ask(Ask(variable: "second", prompt: Fixture.template("Second?"), next: "route_second"))),
            route("route_second", on: "second", to: ["second_im", secondBranchTarget], otherwise: "bump_second"),
            say("second_im", "Second: medicine.", next: "bump_second"),
            say("second_surgery", "Second: surgery.", next: "bump_second"),
            bump("bump_second", next: "done"),
            Node(id: "done", kind: .end(nil)),
        ])
    }

    static func said(_ outputs: [Output]) -> [String] {
        outputs.compactMap { if case .said(_, let text) = $0 { text } else { nil } }
    }

    /// Answers both questions and returns what was said and the session.
    static func play(_ graph: DialogueGraph, _ first: String, _ second: String) -> ([String], Session) {
        let engine = Engine(graph: graph)
        let (start, _) = engine.start(today: Fixture.today)
        let (middle, firstOutputs) = engine.handle(.answered(first), in: start)
        let (end, secondOutputs) = engine.handle(.answered(second), in: middle)
        return (said(firstOutputs + secondOutputs), end)
    }

    @Test(arguments: [("im", "surgery", ["First: medicine.", "Second: surgery."]), ("surgery", "im", ["First: surgery.", "Second: medicine."])])
    func branchesOfOneShapeShareTheirCasesAndEachLeadsToItsOwnNodes(_ first: String, _ second: String, _ expected: [String]) {
        let graph = Self.graph()
        let table = graph.storage.table
        #expect(table.switchCases.count == 2)
        #expect(table.steps[2].first == table.steps[7].first)
        let (said, session) = Self.play(graph, first, second)
        #expect(said == expected)
        #expect(session.status == .ended(.finished))
    }

    @Test func equalAssignmentsAreStoredOnceAndEachNodeStillAssigns() {
        let graph = Self.graph()
        #expect(graph.storage.table.assignments.count == 2)
        let (_, session) = Self.play(graph, "im", "im")
        #expect(session.bindings["count"] == Binding(value: .integer(2), source: .assigned))
    }

    @Test func aBranchOfTheSameShapeLeadingElsewhereKeepsItsOwnCases() {
        // The second branch's second case leads back to the first question's text, three nodes
        // before the branch: the same keys, another offset.
        let graph = Self.graph(secondBranchTarget: "first_surgery")
        #expect(graph.storage.table.switchCases.count == 4)
        let (said, _) = Self.play(graph, "im", "surgery")
        #expect(said == ["First: medicine.", "First: surgery."])
    }

    @Test func aSwitchNamingAMissingNodeStopsThereWithItsName() {
        let graph = Self.graph(secondBranchTarget: "nowhere")
        let engine = Engine(graph: graph)
        let (start, _) = engine.start(today: Fixture.today)
        let (middle, _) = engine.handle(.answered("im"), in: start)
        let (end, outputs) = engine.handle(.answered("surgery"), in: middle)
        #expect(outputs.contains(.notice("The dialogue names a node 'nowhere' that does not exist.")))
        #expect(end.status == .ended(.finished))
    }

    @Test func runsWithoutAFingerprintAreKeptApart() {
        var runs = SharedRuns<SlotAssignment>()
        let named = SlotAssignment(slot: 0, value: .constant(.text("same")))
        runs.append(named)
        #expect(runs.endRun() == 0)
        runs.append(named)
        #expect(runs.endRun() == 1)
        runs.append(SlotAssignment(slot: 0, value: .integer(3)))
        #expect(runs.endRun() == 2)
        runs.append(SlotAssignment(slot: 0, value: .integer(3)))
        #expect(runs.endRun() == 2)
        runs.append(SlotAssignment(slot: 0, value: .integer(4)))
        #expect(runs.endRun() == 3)
        #expect(runs.elements.count == 4)
    }
}
