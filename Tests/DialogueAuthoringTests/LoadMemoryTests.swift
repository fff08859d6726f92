@testable import DialogueAuthoring
import DialogueCore
import Testing

/// What keeps a large load's memory down: compact scalars, texts let go as they are read, and
/// no second list of every id. Each test fails if that part is undone.
struct LoadMemoryTests {
    @Test func aScalarIsFortyBytesAndKeepsItsPlaceInTheFile() {
        #expect(MemoryLayout<SourceText>.stride == 40)
        let file = SourceFileName("dialogues/10-intake.yaml")
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
        let one = SourceText(text: "x", file: SourceFileName("a.yaml"), line: 1, column: 1, contentLine: 1, contentColumn: 1)
        let other = SourceText(text: "x", file: SourceFileName("a.yaml"), line: 1, column: 1, contentLine: 1, contentColumn: 1)
        let elsewhere = SourceText(text: "x", file: SourceFileName("b.yaml"), line: 1, column: 1, contentLine: 1, contentColumn: 1)
        #expect(one == other)
        #expect(one.hashValue == other.hashValue)
        #expect(one != elsewhere)
    }

    @Test func aTextIsLetGoOnceItsReaderAndTheHashAreBothDone() {
        let sources = [DialogueSource(path: "d/b.yaml", text: "start: x\n"), DialogueSource(path: "d/a.yaml", text: "nodes: []\n")]
        let shared = SharedSources(sources)
        shared.done(with: 0)
        #expect(shared.text(at: 0) == "start: x\n", "the hash has not read it yet")
        #expect(shared.hash() == SourceHash.of(sources))
        #expect(shared.text(at: 0) == "", "read and hashed: let go")
        #expect(shared.text(at: 1) == "nodes: []\n", "its reader has not read it yet")
        shared.done(with: 1)
        #expect(shared.text(at: 1) == "")
    }

    @Test func idsAreListedInFileOrderWithTheirRepeatsWithoutASecondList() throws {
        func say(_ id: String, _ text: String) throws -> Node {
            Node(id: id, kind: .say(try Template.compile(text).get(), next: "end"))
        }
        let end = Node(id: "end", kind: .end(nil))
        let once = DialogueGraph(start: "a", variables: [], nodes: [try say("a", "A"), try say("b", "B"), end])
        #expect(once.nodeOrder == ["a", "b", "end"])
        let repeated = DialogueGraph(start: "a", variables: [], nodes: [try say("a", "A"), try say("b", "B"), try say("a", "again"), end])
        #expect(repeated.nodeOrder == ["a", "b", "a", "end"])
        #expect(repeated.nodes.map(\.id) == ["a", "b", "end"])
    }
}
