import DialogueCore
import Testing

/// Edges found in review: loops after the end of input, arithmetic limits, unknown values.
struct EngineEdgeTests {
    static let more = VariableDecl(name: "more", label: "More", kind: .yesNo, isOptional: true, defaultValue: .value(.bool(true)))
    static let first = VariableDecl(name: "first", label: "First", kind: .yesNo)
    static let reason = VariableDecl(name: "reason", label: "Reason", kind: .yesNo)
    static let left = VariableDecl(name: "left", label: "Left", kind: .yesNo)
    static let right = VariableDecl(name: "right", label: "Right", kind: .yesNo)

    static func condition(_ text: String, _ variables: [VariableDecl]) -> Expression {
        Fixture.expression(text, .bool, in: variables)
    }

    @Test func anOptionalQuestionInALoopStopsOnceInputHasEnded() {
        let graph = DialogueGraph(start: "ask_more", variables: [Self.more], nodes: [
            Node(id: "ask_more", kind: .ask(Ask(variable: "more", prompt: Fixture.template("More?"), next: "again"))),
            Node(id: "again", kind: .branch([BranchCase(condition: Self.condition("more", [Self.more]), target: "ask_more")], fallback: "done")),
            Node(id: "done", kind: .end(nil)),
        ])
        let engine = Engine(graph: graph)
        let (start, _) = engine.start(today: Fixture.today)
        let (session, outputs) = engine.handle(.inputEnded, in: start)
        #expect(session.status == .ended(.finished))
        #expect(outputs.contains(.notice("The input has ended and the dialogue came back to 'ask_more'; stopping.")))
    }

    @Test func theMissingListFollowsTheBranchThisUserWillTake() {
        let variables = [Self.first, Self.reason, Self.left, Self.right]
        let graph = DialogueGraph(start: "ask_first", variables: variables, nodes: [
            Node(id: "ask_first", kind: .ask(Ask(variable: "first", prompt: Fixture.template("First?"), next: "ask_reason"))),
            Node(id: "ask_reason", kind: .ask(Ask(variable: "reason", prompt: Fixture.template("Reason?"), next: "split"))),
            Node(id: "split", kind: .branch([BranchCase(condition: Self.condition("first", variables), target: "ask_left")], fallback: "ask_right")),
            Node(id: "ask_left", kind: .ask(Ask(variable: "left", prompt: Fixture.template("Left?"), next: "done"))),
            Node(id: "ask_right", kind: .ask(Ask(variable: "right", prompt: Fixture.template("Right?"), next: "done"))),
            Node(id: "done", kind: .end(nil)),
        ])
        let engine = Engine(graph: graph)
        let (start, _) = engine.start(today: Fixture.today)
        let (answered, _) = engine.handle(.answered("yes"), in: start)
        let (session, _) = engine.handle(.inputEnded, in: answered)
        #expect(session.status == .ended(.missingAnswers(["reason", "left"])))
    }

    struct Values: ValueSource {
        var values: [String: Value]
        func value(of variable: String) -> Value? { values[variable] }
    }

    @Test func arithmeticThatOverflowsIsUnknownNotACrash() {
        let sum = Expression.arithmetic(.plus, .literal(.integer(Int.max)), .literal(.integer(1)))
        #expect(Evaluator.value(of: sum, in: Values(values: [:])) == nil)
        let early = Expression.arithmetic(.minus, .literal(.yearMonth(YearMonth(year: 2026, month: 7))), .literal(.integer(30_000)))
        #expect(Evaluator.value(of: early, in: Values(values: [:])) == nil)
        let back = Expression.arithmetic(.minus, .literal(.yearMonth(YearMonth(year: 2026, month: 2))), .literal(.integer(3)))
        #expect(Evaluator.value(of: back, in: Values(values: [:])) == .yearMonth(YearMonth(year: 2025, month: 11)))
    }

    @Test func notInWithAnUnknownItemIsUnknown() {


        let notIn = Expression.member(.variable("track"), [.variable("unset")], negated: true)

        #expect(Evaluator.truth(of: notIn, in: Values(values: ["track": .choice("a")])) == nil)
        let plainNotIn = Expression.member(.variable("track"), [.literal(.choice("b"))], negated: true)
        #expect(Evaluator.truth(of: plainNotIn, in: Values(values: ["track": .choice("a")])) == true)
    }

    @Test(arguments: [("2026-02-29", false), ("2028-02-29", true), ("2026-04-31", false), ("2026-12-31", true)])
    func onlyRealDaysAreDates(_ text: String, _ exists: Bool) {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        #expect((CalendarDate(validYear: parts[0], month: parts[1], day: parts[2]) != nil) == exists)
    }
}
