@testable import DialogueAuthoring
import DialogueCore
import Testing

/// The routes of the coverage fixture, known by hand: the branch sends derm under 240 to the
/// long road, ortho to its note, and derm at 240 or more straight to the closing. The name is
/// only shown, never tested, so it makes no route of its own.
struct RouteEnumeratorTests {
    @Test func theFixtureHasThreeRoutes() throws {
        let result = RouteEnumerator.routes(of: try CoverageTests.dialogue().graph, limit: 100)
        #expect(!result.reachedLimit && !result.isPartial)
        #expect(result.routes.map { $0.nodes.joined(separator: " ") } == [
            "ask_name ask_target ask_score route closing",
            "ask_name ask_target ask_score route long_road closing",
            "ask_name ask_target ask_score route ortho_note closing",
        ])
        #expect(result.routes.allSatisfy { !$0.isApproximate && $0.questionCount == 3 })
    }

    @Test func eachRoutesAnswersTakeThatRouteInTheEngine() throws {
        let dialogue = try CoverageTests.dialogue()
        let today = CalendarDate(year: 2026, month: 9, day: 1)
        for route in RouteEnumerator.routes(of: dialogue.graph, limit: 100).routes {
            let answers = Dictionary(route.answers.map { ($0.variable, $0.answer) }, uniquingKeysWith: { _, last in last })
            let engine = Engine(graph: dialogue.graph)
            let (session, outputs) = engine.start(today: today, answersInAdvance: answers)
            #expect(session.hasEnded, "\(route.nodes)")
            var tracer = RouteTracer(dialogue)
            tracer.traceStart(outputs: outputs, today: today)
            #expect(tracer.record.nodes == Set(route.nodes))
        }
    }

    @Test func theLimitStopsTheCount() throws {
        let result = RouteEnumerator.routes(of: try CoverageTests.dialogue().graph, limit: 2)
        #expect(result.reachedLimit)
        #expect(result.routes.count == 2)
    }
}
