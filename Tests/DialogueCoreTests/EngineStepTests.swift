import DialogueCore
import Testing

/// The engine's shortcuts behave exactly as the nodes read: a branch on one choice, the
/// values of a `set` node, `:back` over assignments.
struct EngineStepTests {
    static let track = VariableDecl(name: "track", label: "Track", kind: .choice([
        ChoiceOption(key: "im", label: "Internal medicine"), ChoiceOption(key: "surgery", label: "Surgery"),
        ChoiceOption(key: "ty", label: "Transitional year"),
    ]), isOptional: true)
    static let count = VariableDecl(name: "count", label: "Count", kind: .integer(min: 0, max: 100))
    static let twice = VariableDecl(name: "twice", label: "Twice", kind: .integer(min: 0, max: 100))
    static let variables = [track, count, twice]

    static func graph(_ cases: [(String, NodeID)]) -> DialogueGraph {
        DialogueGraph(start: "setup", variables: variables, nodes: [
            Node(id: "setup", kind: .set([
                Assignment(variable: "count", value: Fixture.expression("1", .integer, in: variables)),
            ], next: "ask_track")),
            Node(id: "ask_track", kind: .ask(Ask(variable: "track", prompt: Fixture.template("Track?"), next: "route"))),
            Node(id: "route", kind: .branch(BranchCases(cases.map {
                BranchCase(condition: Fixture.expression($0.0, .bool, in: variables), target: $0.1)
            }), fallback: "other")),
            Node(id: "medicine", kind: .say(Fixture.template("Medicine."), next: "bump")),
            Node(id: "surgical", kind: .say(Fixture.template("Surgery."), next: "bump")),
            Node(id: "again", kind: .say(Fixture.template("Medicine again."), next: "bump")),
            Node(id: "other", kind: .say(Fixture.template("Something else."), next: "bump")),
            // Both values come from before the node: `twice` doubles the old count.
            Node(id: "bump", kind: .set([
                Assignment(variable: "count", value: Fixture.expression("count + 1", .integer, in: variables)),
                Assignment(variable: "twice", value: Fixture.expression("count + count", .integer, in: variables)),
            ], next: "ask_count")),
            Node(id: "ask_count", kind: .ask(Ask(variable: "count", prompt: Fixture.template("Count?"), next: "recount"))),
            Node(id: "recount", kind: .set([
                Assignment(variable: "count", value: Fixture.expression("count + 1", .integer, in: variables)),
            ], next: "ask_twice")),
            Node(id: "ask_twice", kind: .ask(Ask(variable: "twice", prompt: Fixture.template("Twice?"), next: "done"))),
            Node(id: "done", kind: .end(nil)),
        ])
    }

    static let choiceCases = [("track == im", "medicine"), ("track == surgery", "surgical"), ("track == im", "again")]

    func said(_ outputs: [Output]) -> [String] {
        outputs.compactMap { if case .said(_, let text) = $0 { text } else { nil } }
    }

    @Test(arguments: [("1", "Medicine."), ("surgery", "Surgery."), ("ty", "Something else."), ("", "Something else.")])
    func aBranchOnAChoiceTakesTheFirstMatchingCaseOrTheFallback(_ typed: String, _ expected: String) {
        let engine = Engine(graph: Self.graph(Self.choiceCases))
        let (start, _) = engine.start(today: Fixture.today)
        let (_, outputs) = engine.handle(.answered(typed), in: start)
        #expect(said(outputs) == [expected])
    }

    @Test func aBranchMixingVariablesIsTriedCaseByCase() {
        let engine = Engine(graph: Self.graph([("count == 2", "surgical"), ("track == im", "medicine")]))
        let (start, _) = engine.start(today: Fixture.today)
        let (_, outputs) = engine.handle(.answered("im"), in: start)
        #expect(said(outputs) == ["Medicine."])
    }

    @Test func aComparisonWithAnUnansweredVariableDoesNotHold() {
        let engine = Engine(graph: Self.graph([("twice >= 0", "surgical"), ("count >= 1", "medicine")]))
        let (start, _) = engine.start(today: Fixture.today)
        let (_, outputs) = engine.handle(.answered("ty"), in: start)
        #expect(said(outputs) == ["Medicine."])
    }

    @Test func theQuestionAskedIsTheQuestionAsWrittenOut() {
        let engine = Engine(graph: Self.graph(Self.choiceCases))
        let (start, outputs) = engine.start(today: Fixture.today)
        let written = Question(
            node: "ask_track", variable: "track", prompt: "Track?", help: nil, kind: Self.track.kind, isOptional: true,
            defaultText: nil)
        #expect(outputs == [.asked(written)])
        #expect(Set(outputs + [.asked(written)]).count == 1)
        // Asked again after a rejected answer: the same question.
        let (_, again) = engine.handle(.answered("dermatology"), in: start)
        #expect(again.last == .asked(written))
    }

    @Test func aSetNodeComputesEveryValueFromBeforeIt() {
        let engine = Engine(graph: Self.graph(Self.choiceCases))
        let (start, _) = engine.start(today: Fixture.today)
        let (session, _) = engine.handle(.answered("im"), in: start)
        #expect(session.bindings["count"] == Binding(value: .integer(2), source: .assigned))
        #expect(session.bindings["twice"] == Binding(value: .integer(2), source: .assigned))
    }

    @Test func goingBackUndoesTheAnswerAndEveryAssignmentAfterIt() {
        let engine = Engine(graph: Self.graph(Self.choiceCases))
        let (start, _) = engine.start(today: Fixture.today)
        let (first, _) = engine.handle(.answered("im"), in: start)
        let (second, _) = engine.handle(.answered("7"), in: first)
        #expect(second.bindings["count"] == Binding(value: .integer(8), source: .assigned))
        let (backOnce, _) = engine.handle(.backRequested, in: second)
        #expect(backOnce == first)
        let (backTwice, outputs) = engine.handle(.backRequested, in: backOnce)
        #expect(backTwice == start)
        #expect(backTwice.bindings == ["count": Binding(value: .integer(1), source: .assigned)])
        #expect(outputs.first == .wentBack(node: "ask_track"))
    }
}
