@testable import DialogueCore
import Testing

/// The engine evaluates conditions by slot (`SlotEvaluator`); the route analysis, the coverage
/// tracer and the plan still evaluate by name (`Evaluator`). Both must give the same value and
/// the same three-valued truth for every expression, whatever is answered.
struct SlotEvaluatorTests {
    static let declarations = [
        VariableDecl(name: "score", label: "Score", kind: .integer(min: 0, max: 300)),
        VariableDecl(name: "target", label: "Target", kind: .choice([
            ChoiceOption(key: "derm", label: "Dermatology"), ChoiceOption(key: "ortho", label: "Orthopaedics"),
        ])),
        VariableDecl(name: "willing", label: "Willing", kind: .yesNo),
        VariableDecl(name: "story", label: "Story", kind: .text(maxLength: 200)),
        VariableDecl(name: "deadline", label: "Deadline", kind: .date),
    ]

    static let expressions = [
        "score >= 240", "score + 10 > 250 and willing", "not willing or target == derm", "target in [derm, ortho]",
        "target not in [derm]", "answered(story)", "count(willing, score > 200, target == ortho) >= 2",
        "mentions(story, 'tired', 'hopeless')", "days_until(deadline) < 30", "score - 5 - 2 == 238",
        "(score > 100 or willing) and not answered(deadline)", "year(deadline) == 2026",
    ]

    /// Each variable unanswered or given one of two values: every combination.
    static let answerSets: [[String: Value]] = {
        let choices: [(String, [Value])] = [
            ("score", [.integer(245), .integer(90)]), ("target", [.choice("derm"), .choice("ortho")]),
            ("willing", [.bool(true), .bool(false)]), ("story", [.text("I am so tired of this"), .text("fine")]),
            ("deadline", [.date(CalendarDate(year: 2026, month: 12, day: 1)), .date(CalendarDate(year: 2027, month: 3, day: 1))]),
        ]
        return choices.reduce([[:]]) { sets, choice in
            sets.flatMap { set in [set] + choice.1.map { value in set.merging([choice.0: value]) { $1 } } }
        }
    }()

    struct ByName: ValueSource {
        let values: [String: Value]
        var today: CalendarDate? { CalendarDate(year: 2026, month: 11, day: 25) }
        func value(of variable: String) -> Value? { values[variable] }
    }

    struct BySlot: SlotSource {
        let values: [Int32: Value]
        var day: CalendarDate? { CalendarDate(year: 2026, month: 11, day: 25) }
        func value(atSlot slot: Int32) -> Value? { values[slot] }
    }

    static func slot(_ name: String) -> Int32 {
        declarations.firstIndex { $0.name == name }.map(Int32.init) ?? -1
    }

    @Test(arguments: expressions)
    func theSlotEvaluatorAgreesWithTheNameEvaluator(_ text: String) throws {
        let syntax = try ExpressionParser.parse(text).get()
        let (expression, _) = try ExpressionChecker.check(syntax, expecting: nil, variables: Self.declarations).get()
        let bySlot = SlotExpression(expression, Self.slot)
        for answers in Self.answerSets {
            let names = ByName(values: answers)
            let slots = BySlot(values: Dictionary(uniqueKeysWithValues: answers.map { (Self.slot($0.key), $0.value) }))
            #expect(SlotEvaluator.value(of: bySlot, in: slots) == Evaluator.value(of: expression, in: names), "\(answers)")
            #expect(SlotEvaluator.truth(of: bySlot, in: slots) == Evaluator.truth(of: expression, in: names), "\(answers)")
        }
    }
}
