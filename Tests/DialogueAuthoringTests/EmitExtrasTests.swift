import DialogueAuthoring
import DialogueCore
import Testing

/// `because`, `date` and `chart` on an `emit`: compiled into the graph, or reported in place.
struct EmitExtrasTests {
    static let header = """
        start: a
        variables:
          target:
            type: choice
            options: [derm, ortho]
          prelim_start:
            type: year_month
        nodes:
          - id: a
            ask: target
            prompt: Which?
            next: s
          - id: s
            ask: prelim_start
            prompt: When?
            next: m

        """

    @Test func reasonsADateAndAChartReachTheGraph() throws {
        let yaml = Self.header + """
              - id: m
                emit: milestone
                text: Decide.
                because: [target]
                date: end_of(prelim_start + 1)
                chart:
                  unit: thousand USD a year
                  bars:
                    - {label: Dermatology, value: 500, source: article}
                next: z
              - id: z
                end: Done
            """
        let result = GraphCompiler.compile([DialogueSource(path: "t.yaml", text: yaml)])
        let graph = try #require(result.graph, "\(result.diagnostics.map(\.description))")
        guard case .emit(let emission, _)? = graph.node("m")?.kind else {
            Issue.record("m is not an emit")
            return
        }
        #expect(emission.because == ["target"])
        #expect(emission.date != nil)
        #expect(emission.chart == Chart(unit: "thousand USD a year", bars: [Chart.Bar(label: "Dermatology", value: 500, source: "article")]))
    }

    @Test(arguments: [
        ("because: [targt]", "PC010 20:15"),
        ("date: target", "PC011 20:11"),
        ("chart: {unit: x, bars: [{label: a, value: -1, source: s}]}", "PC002 20:47"),
        ("chart: {unit: x}", "PC004 20:12"),
    ])
    func aWrongExtraIsReportedWhereItIs(_ line: String, _ expected: String) {
        let yaml = Self.header + "  - id: m\n    emit: milestone\n    text: Decide.\n    \(line)\n    next: z\n  - id: z\n    end: Done\n"
        let result = GraphCompiler.compile([DialogueSource(path: "t.yaml", text: yaml)])
        #expect(result.errors.map { "\($0.code.rawValue) \($0.location.line):\($0.location.column)" } == [expected],
                "\(result.errors.map(\.description))")
    }

    @Test func theEngineComputesTheMilestoneDayAndTheReasons() throws {
        let yaml = Self.header + "  - id: m\n    emit: milestone\n    text: Decide.\n    because: target\n    date: end_of(prelim_start + 1)\n    next: z\n  - id: z\n    end: Done\n"
        let graph = try #require(GraphCompiler.compile([DialogueSource(path: "t.yaml", text: yaml)]).graph)
        let engine = Engine(graph: graph)
        let (started, _) = engine.start(today: CalendarDate(year: 2026, month: 7, day: 1))
        let (asked, _) = engine.handle(.answered("derm"), in: started)
        let (_, outputs) = engine.handle(.answered("2026-07"), in: asked)
        let message = outputs.compactMap { output -> Message? in
            if case .emitted(let message) = output { return message }
            return nil
        }.first
        #expect(message?.date == CalendarDate(year: 2026, month: 8, day: 31))
        #expect(message?.because == [RecapLine(variable: "target", label: "target", text: "derm")])
    }
}
