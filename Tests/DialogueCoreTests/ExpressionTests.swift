import DialogueCore
import Testing

/// The condition language: parsing, checking and three-valued evaluation.
struct ExpressionTests {
    struct Values: ValueSource {
        var values: [String: Value]
        func value(of variable: String) -> Value? { values[variable] }
    }

    func holds(_ text: String, _ values: [String: Value]) -> Bool {
        Evaluator.holds(Fixture.expression(text, .bool), in: Values(values: values))
    }

    @Test func andBindsTighterThanOr() {
        #expect(holds("willing or track == prelim_im and step2_ck > 250", ["willing": .bool(true), "track": .choice("transitional")]))
        #expect(!holds("(willing or track == prelim_im) and step2_ck > 250", ["willing": .bool(true), "step2_ck": .integer(240)]))
    }

    @Test func membershipAndItsNegation() {
        #expect(holds("track in [prelim_im, transitional]", ["track": .choice("transitional")]))
        #expect(holds("track not in [prelim_im]", ["track": .choice("transitional")]))
    }

    @Test func aConditionOnAnUnansweredValueDoesNotHold() {
        #expect(!holds("step2_ck < 240", [:]))
        #expect(!holds("not (step2_ck < 240)", [:]))
        #expect(holds("step2_ck < 240 or willing", ["willing": .bool(true)]))
        #expect(!holds("answered(step2_ck)", [:]))
    }

    @Test func monthsAddAndSubtract() {
        let month = Evaluator.value(of: Fixture.expression("prelim_start + 7", .yearMonth), in: Values(values: ["prelim_start": .yearMonth(YearMonth(year: 2026, month: 7))]))
        #expect(month == .yearMonth(YearMonth(year: 2027, month: 2)))
        #expect(holds("prelim_start >= '2026-07'", ["prelim_start": .yearMonth(YearMonth(year: 2026, month: 9))]))
    }

    @Test(arguments: [
        ("track == derm", ExpressionError.Kind.unknownKey, 9),
        ("trak == prelim_im", .undeclared, 0),
        ("step2_ck > yes", .typeMismatch, 11),
        ("track < prelim_im", .typeMismatch, 6),
        ("willing &&", .syntax, 8),
        ("(willing", .syntax, 8),
    ])
    func errorsNameTheKindAndColumn(_ text: String, _ kind: ExpressionError.Kind, _ offset: Int) {
        let errors: [ExpressionError]
        switch ExpressionParser.parse(text) {
        case .failure(let error): errors = [error]
        case .success(let syntax):
            guard case .failure(let failure) = ExpressionChecker.check(syntax, expecting: .bool, variables: Fixture.baseVariables) else {
                Issue.record("'\(text)' was accepted")
                return
            }
            errors = failure.errors
        }
        #expect(errors.first?.kind == kind)
        #expect(errors.first?.offset == offset)
    }
}
