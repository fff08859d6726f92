import Foundation
import DialogueCore
import Testing

/// The engine as a reducer: each test sends inputs and asserts the outputs and the whole session.
struct EngineTests {
    let engine = Fixture.engine

    func question(_ node: String) -> Output {
        guard let question = engine.question(at: node, in: Session(today: Fixture.today, start: node)) else {
            Issue.record("no question at \(node)")
            return .notice("")
        }
        return .asked(question)
    }

    @Test func startSaysHelloAndAsksTheFirstQuestion() {
        let (session, outputs) = engine.start(today: Fixture.today)
        #expect(outputs == [.said(node: "hello", text: "Welcome."), question("ask_track")])
        var expected = Session(today: Fixture.today, start: "hello")
        expected.status = .awaiting("ask_track")
        #expect(session == expected)
    }

    @Test(arguments: ["2", "prelim_surgery", "Preliminary surgery", "preliminary s", "PRELIM SURGERY"])
    func choiceByNumberKeyOrUnambiguousPrefix(_ typed: String) {
        let (session, outputs) = Fixture.run([.answered(typed)])
        #expect(session.bindings == ["track": Binding(value: .choice("prelim_surgery"), source: .answered)])
        #expect(session.status == .awaiting("ask_score"))
        #expect(session.checkpoints == [Checkpoint(node: "ask_track", undoLogCount: 0)])
        #expect(outputs == [question("ask_score")])
    }

    @Test func aliasesSelectTheirOption() {
        let (session, _) = Fixture.run([.answered("ty")])
        #expect(session.bindings["track"]?.value == .choice("transitional"))
    }

    @Test(arguments: [
        ("prelim", "'prelim' could mean Preliminary internal medicine, Preliminary surgery; type more of it, or its number."),
        ("4", "Choose a number from 1 to 3."),
        ("derm", "'derm' is not one of the options: 1 Preliminary internal medicine, 2 Preliminary surgery, 3 Transitional year."),
    ])
    func aBadChoiceIsReaskedWithTheReason(_ typed: String, _ reason: String) {
        let (start, _) = engine.start(today: Fixture.today)
        let (session, outputs) = engine.handle(.answered(typed), in: start)
        #expect(outputs == [.rejected(node: "ask_track", answer: typed, reason: reason), question("ask_track")])
        #expect(session == start)
    }

    @Test func anOutOfRangeScoreIsReaskedWithTheReason() {
        let (before, _) = Fixture.run([.answered("1")])
        let (session, outputs) = engine.handle(.answered("400"), in: before)
        #expect(outputs == [
            .rejected(node: "ask_score", answer: "400", reason: "Step 2 CK score must be from 1 to 300; 400 is out of range."),
            question("ask_score"),
        ])
        #expect(session == before)
    }

    @Test func anEmptyRequiredAnswerIsReasked() {
        let (start, _) = engine.start(today: Fixture.today)
        let (session, outputs) = engine.handle(.answered("  "), in: start)
        #expect(outputs == [.rejected(node: "ask_track", answer: "  ", reason: "An answer is needed for Track."), question("ask_track")])
        #expect(session == start)
        let (_, skipped) = engine.handle(.skipRequested, in: start)
        #expect(skipped == [
            .rejected(node: "ask_track", answer: "", reason: "Track is needed for the advice; it cannot be skipped."),
            question("ask_track"),
        ])
    }

    @Test func skippingAnOptionalQuestionTakesItsDefault() {
        let (session, outputs) = Fixture.run([.answered("1"), .answered(""), .skipRequested, .answered("")])
        #expect(session.bindings["step2_ck"] == Binding(value: nil, source: .skipped))
        #expect(session.bindings["hospital"] == Binding(value: nil, source: .skipped))
        #expect(session.bindings["prelim_start"] == Binding(value: .yearMonth(YearMonth(year: 2026, month: 7)), source: .skipped))
        #expect(outputs == [.skipped(node: "ask_start", variable: "prelim_start", value: "July 2026"), question("ask_willing")])
    }

    @Test func backUndoesTheLastAnswerAndAsksAgain() {
        let (before, _) = Fixture.run([.answered("1")])
        let (after, _) = engine.handle(.answered("251"), in: before)
        let (session, outputs) = engine.handle(.backRequested, in: after)
        #expect(outputs == [.wentBack(node: "ask_score"), question("ask_score")])
        #expect(session == before)
    }

    @Test func backWithNothingToUndoSaysSo() {
        let (start, _) = engine.start(today: Fixture.today)
        let (session, outputs) = engine.handle(.backRequested, in: start)
        #expect(outputs == [.notice("There is no earlier answer to go back to.")])
        #expect(session == start)
    }

    @Test func recapListsWhatWasToldInDeclarationOrder() {
        let (session, _) = Fixture.run([.answered("ty"), .answered("")])
        let (unchanged, outputs) = engine.handle(.recapRequested, in: session)
        #expect(outputs == [.recap([
            RecapLine(variable: "track", label: "Track", text: "Transitional year"),
            RecapLine(variable: "step2_ck", label: "Step 2 CK score", text: "skipped"),
        ])])
        #expect(unchanged == session)
    }

    @Test func aStrongIMFileBranchesToItsAdvice() {
        let (session, outputs) = Fixture.run([.answered("im"), .answered("255"), .answered("Mercy General"), .answered("2026-07"), .answered("yes")])
        #expect(outputs == [
            .emitted(Message(node: "strong_im", kind: .coaching, title: "Strong", text: "Strong IM file at Mercy General.", covers: ["C2"])),
            .ended(node: "done", text: "Bye.", reason: .finished),
        ])
        #expect(session.status == .ended(.finished))
        #expect(session.checkpoints.map(\.node) == ["ask_track", "ask_score", "ask_hospital", "ask_start", "ask_willing"])
    }

    @Test func aSkippedAnswerRendersAsAVisiblePlaceholder() {
        let (_, outputs) = Fixture.run([.answered("ty"), .answered(""), .answered(""), .answered("July 2025"), .answered("n")])
        #expect(outputs.first == .emitted(Message(
            node: "note", kind: .guardrail, title: nil, text: "Hospital: [your hospital]; start July 2025.", covers: [])))
    }

    @Test func endOfInputTakesDefaultsThenListsTheMissingRequiredAnswers() {
        let (before, _) = Fixture.run([.answered("1")])
        let (session, outputs) = engine.handle(.inputEnded, in: before)
        #expect(outputs == [
            .skipped(node: "ask_score", variable: "step2_ck", value: nil),
            .skipped(node: "ask_hospital", variable: "hospital", value: nil),
            .skipped(node: "ask_start", variable: "prelim_start", value: "July 2026"),
            .ended(node: nil, text: nil, reason: .missingAnswers(["willing"])),
        ])
        #expect(session.status == .ended(.missingAnswers(["willing"])))
        #expect(session.inputClosed)
    }

    @Test func inputAfterTheEndIsRefused() {
        let (ended, _) = Fixture.run([.answered("1"), .inputEnded])
        let (session, outputs) = engine.handle(.answered("yes"), in: ended)
        #expect(outputs == [.notice("The session has ended; there is no open question.")])
        #expect(session == ended)
    }

    @Test func aSessionSurvivesEncodingAndDecoding() throws {
        let (session, _) = Fixture.run([.answered("1"), .answered("251")])
        let data = try JSONEncoder().encode(session)
        #expect(try JSONDecoder().decode(Session.self, from: data) == session)
    }
}

/// Answers given in advance (an answers file) are consumed by the engine when their question comes.
struct AnswersInAdvanceTests {
    let engine = Fixture.engine

    @Test func theyAnswerTheirQuestionsAndStopAtTheFirstOneMissing() {
        let (session, outputs) = engine.start(today: Fixture.today, answersInAdvance: ["track": "ty", "willing": "yes"])
        #expect(outputs.contains(.answeredInAdvance(node: "ask_track", variable: "track", answer: "ty")))
        #expect(session.status == .awaiting("ask_score"))
        #expect(session.answersInAdvance == ["willing": "yes"])
    }

    @Test func endOfInputLeavesThemToAnswerLaterQuestions() {
        let (start, _) = engine.start(today: Fixture.today, answersInAdvance: ["track": "ty", "willing": "yes"])
        let (session, outputs) = engine.handle(.inputEnded, in: start)
        #expect(session.status == .ended(.finished))
        #expect(outputs.contains(.answeredInAdvance(node: "ask_willing", variable: "willing", answer: "yes")))
    }

    @Test func theMissingListLeavesOutWhatWillBeAnsweredInAdvance() {
        let (start, _) = engine.start(today: Fixture.today, answersInAdvance: ["willing": "yes"])
        let (session, _) = engine.handle(.inputEnded, in: start)
        #expect(session.status == .ended(.missingAnswers(["track"])))
    }
}
