import DialogueCore
import Testing

/// What goes into a plan: only what the session said, in its sections, as it stands at the end.
struct PlanBuildTests {
    @Test func eachKindOfMessageLandsInItsSection() throws {
        let plan = try PlanFixture.plan(PlanFixture.dana)
        #expect(plan.isFinished)
        #expect(plan.identity == [PlanFact(label: "Name", value: "Dana Quill"), PlanFact(label: "Prelim hospital", value: "Mercy Vale Hospital")])
        #expect(plan.recommendations.map(\.title) == ["Recommended path: pivot"])
        #expect(plan.recommendations.first?.reasons == [
            PlanFact(label: "Target specialty", value: "Dermatology"), PlanFact(label: "Step 2 CK score", value: "238"),
            PlanFact(label: "Accepts a delayed route", value: "yes"),
        ])
        #expect(plan.guardrails.map(\.title) == ["A score under 245"])
        #expect(plan.coaching.first?.chart?.bars.count == 3)
        #expect(plan.templates.first?.text.contains("I am Dana Quill") == true)
        #expect(plan.mentorQuestions == .given("Is one research year enough? Would Professor Quimby write?"))
        #expect(plan.support.isEmpty, "Dana is steady: no support was given")
    }

    @Test func milestonesAreInDateOrderWithTheirDays() throws {
        let plan = try PlanFixture.plan(PlanFixture.dana)
        #expect(plan.milestones.map(\.date) == [
            CalendarDate(year: 2026, month: 8, day: 31), CalendarDate(year: 2026, month: 10, day: 1), CalendarDate(year: 2027, month: 9, day: 1),
        ])
    }

    @Test func whatDidNotApplyIsLeftOut() throws {
        let lee = try PlanFixture.plan(PlanFixture.lee)
        #expect(lee.guardrails.isEmpty, "251 is not under 245")
        #expect(lee.mentorQuestions == nil, "skipped questions leave no section")
        #expect(lee.support.map(\.title) == ["Support first"])
        let markdown = MarkdownExport.render(lee)
        #expect(!markdown.contains("## Guardrails"))
        #expect(!markdown.contains("## Questions for the mentor"))
        #expect(markdown.hasSuffix("## Mentor's notes\n"), "the plan ends with room for the mentor")
    }

    @Test func adviceTakenBackWithBackIsNotInThePlan() throws {
        let plan = try PlanFixture.plan(PlanFixture.lee)
        #expect(plan.recommendations.map(\.title) == ["Recommended path: reapply"], "the 'pivot' advice given before :back is gone")
        #expect(plan.milestones.count == 3, "each milestone once, not once per pass")
        #expect(plan.profile.contains(PlanFact(label: "Accepts a delayed route", value: "yes")))
    }

    @Test func skippedAnswersShowTheirPlaceholders() throws {
        let plan = try PlanFixture.plan(PlanFixture.kim)
        #expect(plan.identity.isEmpty && plan.personName == nil)
        #expect(plan.templates.first?.text.contains("I am [your name], a PGY-1 in a preliminary internal-medicine year at [your hospital].") == true)
        #expect(plan.profile.contains(PlanFact(label: "Step 2 CK score", value: "skipped")))
        #expect(MarkdownExport.render(plan).hasPrefix("# PrelimCoach plan\n"))
    }

    @Test func aHospitalWithoutANameDoesNotTitleThePlan() throws {
        let user = PlanFixture.User(id: "anon", sessionID: "20261130-000000-0000", inputs: [.skipRequested] + PlanFixture.answers(["Mercy Vale"]))
        let plan = try PlanFixture.plan(user)
        #expect(plan.personName == nil)
        #expect(plan.identity == [PlanFact(label: "Prelim hospital", value: "Mercy Vale")])
        #expect(MarkdownExport.render(plan).hasPrefix("# PrelimCoach plan\n"))
    }

    @Test func anUnfinishedSessionSaysSoAtTheTopAndPlansWithWhatIsKnown() throws {
        let plan = try PlanFixture.plan(PlanFixture.sam)
        #expect(!plan.isFinished)
        #expect(plan.recommendations.isEmpty && plan.milestones.isEmpty)
        #expect(plan.profile.map(\.label) == ["How you are holding up", "PGY-1 track", "Target specialty"],
                "no derived values from half the answers")
        let markdown = MarkdownExport.render(plan)
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: true)
        #expect(lines.dropFirst().first?.contains("This session is not finished") == true)
        #expect(markdown.contains("prelim-coach resume 20261128-120000-1234"))
        #expect(HTMLExport.render(plan).contains("This session is not finished"))
    }

    @Test func everyFormatNamesTheTranscriptToSendAlong() throws {
        let plan = try PlanFixture.plan(PlanFixture.dana)
        for text in [MarkdownExport.render(plan), HTMLExport.render(plan)] {
            #expect(text.contains("prelim-coach replay 20261125-091403-ab12.jsonl"))
        }
    }

    @Test func aTranscriptThatNoLongerFitsTheDialoguesIsRefusedWithItsLine() throws {
        let graph = try PlanFixture.graph()
        let transcript = PlanFixture.transcript(PlanFixture.dana, graph: graph)
        let renamed = DialogueGraph(start: graph.start, variables: graph.variables, nodes: graph.nodeOrder.compactMap { id in
            guard let node = graph.node(id) else { return nil }
            if id == "ask_target" { return nil }
            guard case .ask(let ask) = node.kind, ask.next == "ask_target" else { return node }
            return Node(id: id, kind: .ask(Ask(variable: ask.variable, prompt: ask.prompt, next: "ask_score")))
        })
        let result = Plan.build(from: transcript, graph: renamed, transcriptName: "t.jsonl")
        guard case .failure(let error) = result else {
            Issue.record("a transcript answering a removed node built a plan")
            return
        }
        #expect(error.message.contains("'ask_target'"))
    }
}
