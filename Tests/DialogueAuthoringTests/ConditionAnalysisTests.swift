@testable import DialogueAuthoring
import DialogueCore
import Testing

/// One snippet per condition-analysis finding: the code, the position of the condition, and
/// an example assignment in the message that shows it.
struct ConditionAnalysisTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let yaml: String
        /// `CODE line:column` of every finding, in order.
        let expected: [String]
        /// Words each finding's message must hold: the example assignment.
        let example: [String]
        var testDescription: String { name }
    }

    static let header = """
        start: a
        variables:
          target:
            type: choice
            options: [derm, ortho, plastics]
          score:
            type: integer
            min: 1
            max: 300
          willing:
            type: yes_no
          years:
            type: integer
            min: 0
            max: 10

        """

    /// `a` asks the target and the score, then runs into `route`, written by each case.
    static let asks = """
        nodes:
          - id: a
            ask: target
            prompt: Target?
            next: ask_score
          - id: ask_score
            ask: score
            prompt: Score?
            next: route

        """

    static let ends = """
          - id: one
            end: One
          - id: two
            end: Two

        """

    static let cases: [Case] = [
        Case(name: "PC030 a threshold beyond the range", yaml: header + asks + """
              - id: route
                branch:
                  - when: score > 300
                    goto: one
                  - otherwise: two

            """ + ends, expected: ["PC030 27:15"], example: ["score > 300", "with score = "]),
        Case(name: "PC030 a case the earlier routing rules out", yaml: header + asks + """
              - id: route
                branch:
                  - when: target == derm
                    goto: one
                  - otherwise: again
              - id: again
                branch:
                  - when: target == derm or score < 0
                    goto: two
                  - otherwise: one

            """ + ends, expected: ["PC030 32:15"], example: ["with score = ", "target = ortho"]),
        Case(name: "PC031 a wider case first", yaml: header + asks + """
              - id: route
                branch:
                  - when: score >= 200
                    goto: one
                  - when: score >= 250 and target == derm
                    goto: two
                  - otherwise: two

            """ + ends, expected: ["PC031 29:15"], example: ["'score >= 200' (line 27)", "target = derm"]),
        Case(name: "PC032 asked on one route only", yaml: header + asks + """
              - id: route
                branch:
                  - when: target == derm
                    goto: ask_willing
                  - otherwise: join
              - id: ask_willing
                ask: willing
                prompt: Willing?
                next: join
              - id: join
                branch:
                  - when: willing
                    goto: one
                  - otherwise: two

            """ + ends, expected: ["PC032 36:15"], example: ["'willing'", "answering target = ortho"]),
        Case(name: "PC032 a set value read before it is set", yaml: header + asks + """
              - id: route
                set:
                  years: count(willing)
                next: pick
              - id: pick
                branch:
                  - when: target == derm
                    goto: one
                  - otherwise: two

            """ + ends, expected: ["PC032 27:14"], example: ["'willing'", "'years' gets no value"]),
    ]

    /// Snippets that look suspicious but are right, or rest on values the analysis does not model.
    static let quietCases: [Case] = [
        Case(name: "answered() guards a value asked on one route", yaml: header + asks + """
              - id: route
                branch:
                  - when: target == derm
                    goto: ask_willing
                  - otherwise: join
              - id: ask_willing
                ask: willing
                prompt: Willing?
                next: join
              - id: join
                branch:
                  - when: answered(willing) and willing
                    goto: one
                  - otherwise: two

            """ + ends, expected: [], example: []),
        Case(name: "arithmetic on a wide range is not modelled", yaml: header + asks + """
              - id: route
                branch:
                  - when: score + 10 > 400
                    goto: one
                  - otherwise: two

            """ + ends, expected: [], example: []),
        Case(name: "disjoint cases in either order", yaml: header + asks + """
              - id: route
                branch:
                  - when: score >= 250 and target == derm
                    goto: two
                  - when: score >= 200
                    goto: one
                  - otherwise: two

            """ + ends, expected: [], example: []),
    ]

    static func findings(_ yaml: String) throws -> [Diagnostic] {
        let (dialogue, result) = AuthoredDialogue.load([DialogueSource(path: "test.yaml", text: yaml)])
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
        return try #require(dialogue).conditionFindings()
    }

    @Test(arguments: cases + quietCases)
    func reportsTheFindingAtTheConditionWithAnExample(_ testCase: Case) throws {
        let found = try Self.findings(testCase.yaml)
        #expect(found.map { "\($0.code.rawValue) \($0.location.line):\($0.location.column)" } == testCase.expected,
                "\(found.map(\.description).joined(separator: "\n"))")
        for finding in found {
            #expect(finding.severity == .error)
            for words in testCase.example { #expect(finding.message.contains(words), "\(finding.message)") }
        }
    }

    /// With too many routes, each branch is checked on every value of what it reads: findings
    /// that hold whatever the route remain, those that need the route are not claimed.
    @Test(arguments: [(0, ["PC030 27:15 error", "PC033 17:9 warning"]), (1, ["PC033 17:9 warning"]),
                      (2, ["PC031 29:15 error", "PC033 17:9 warning"])])
    func tooManyRoutesFallsBackToEachBranchsValues(_ index: Int, _ expected: [String]) throws {
        let (dialogue, _) = AuthoredDialogue.load([DialogueSource(path: "test.yaml", text: Self.cases[index].yaml)])
        let loaded = try #require(dialogue)
        let found = ConditionAnalysis.check(loaded.graph, documents: loaded.documents, stateLimit: 3)
        #expect(found.map { "\($0.code.rawValue) \($0.location.line):\($0.location.column) \($0.severity)" }.sorted() == expected)
    }

    @Test func theGuidesExampleHasNoConditionFindings() throws {
        let text = try String(contentsOf: GuideExampleTests.guide, encoding: .utf8)
        let blocks = text.components(separatedBy: "```yaml\n").dropFirst().map { $0.components(separatedBy: "```")[0] }
        let example = try #require(blocks.first { $0.contains("start:") })
        #expect(try Self.findings(example).map(\.description) == [])
    }
}
