@testable import DialogueAuthoring
import DialogueCore
import Testing

/// What keeps a large load's memory down, where a test can see it: compact scalars and options
/// with no spare room. Each test fails if that part is undone.
struct LoadMemoryTests {
    @Test func aScalarIsFortyBytesAndKeepsItsPlaceInTheFile() {
        #expect(MemoryLayout<SourceText>.stride == 40)
        let file = SourceFilePath("dialogues/10-intake.yaml")
        let quoted = SourceText(text: "when it is", file: file, line: 7, column: 12, contentLine: 7, contentColumn: 13)
        #expect(quoted.location.description == "dialogues/10-intake.yaml:7:12")
        #expect(quoted.location(atOffset: 5).description == "dialogues/10-intake.yaml:7:18")
        #expect(quoted.location(line: 2, column: 3).description == "dialogues/10-intake.yaml:8:15")
        // A folded text maps every position to where it starts, at line 0 of its content too.
        for contentLine in [0, 1, 9] {
            let folded = SourceText(text: "a b", file: file, line: 3, column: 4, contentLine: contentLine, contentColumn: 5, isMappable: false)
            #expect(!folded.isMappable)
            #expect(folded.contentLine == contentLine)
            #expect(folded.location(atOffset: 2).description == "dialogues/10-intake.yaml:3:4")
        }
        let atLineZero = SourceText(text: "", file: file, line: 3, column: 4, contentLine: 0, contentColumn: 0)
        #expect(atLineZero.isMappable)
        #expect(atLineZero.contentLine == 0)
    }

    @Test func scalarsOfTheSameFileAndPlaceAreEqualWhicheverNameTheyShare() {
        let one = SourceText(text: "x", file: SourceFilePath("a.yaml"), line: 1, column: 1, contentLine: 1, contentColumn: 1)
        let other = SourceText(text: "x", file: SourceFilePath("a.yaml"), line: 1, column: 1, contentLine: 1, contentColumn: 1)
        let elsewhere = SourceText(text: "x", file: SourceFilePath("b.yaml"), line: 1, column: 1, contentLine: 1, contentColumn: 1)
        #expect(one == other)
        #expect(one.hashValue == other.hashValue)
        #expect(one != elsewhere)
    }

    @Test func aChoiceKeepsNoRoomBeyondItsOptions() throws {
        let yaml = """
            start: pick
            variables:
              pick:
                type: choice
                label: A pick
                options: [a, b, c, d, e]
            nodes:
              - id: pick
                ask: pick
                prompt: Which?
                next: done
              - id: done
                end: Done.
            """
        let result = GraphCompiler.compile([DialogueSource(path: "dialogues/one.yaml", text: yaml)])
        let graph = try #require(result.graph, "\(result.diagnostics)")
        guard case .choice(let options)? = graph.variable("pick")?.kind else {
            Issue.record("pick is not a choice")
            return
        }
        #expect(options.count == 5)
        // Grown one by one, five options had room for eight, in each of a large graph's questions.
        #expect(options.capacity < 8)
    }
}
