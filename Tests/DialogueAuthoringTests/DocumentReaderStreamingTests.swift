@testable import DialogueAuthoring
import Testing
import Yams

/// The dialogue reader composes each entry of `nodes:`, `variables:` and `derived:` alone and
/// discards it once read. A key written twice is still found across those entries (a top-level
/// key or a variable name given again after many entries), reported as Yams reported it, and
/// every entry keeps its own texts and positions.
struct DocumentReaderStreamingTests {
    static let manyNodes = (0..<40).map { "  - id: n\($0)\n    say: 'text \($0)'\n    next: n\($0 + 1)\n" }.joined()
    static let manyVariables = (0..<40).map { "  v\($0):\n    type: integer\n    min: 0\n    max: \($0)\n" }.joined()

    static let repeatedKeys: [String] = [
        "start: n0\nnodes:\n" + manyNodes + "start: n1\n",
        "start: n0\nvariables:\n  x:\n    type: text\n" + manyVariables + "  x:\n    type: text\nnodes: []\n",
        "derived:\n" + manyVariables + "  v3:\n    type: integer\n",
        "nodes:\n" + manyNodes + "  - id: last\n    say: a\n    say: b\n",
        "nodes:\n" + manyNodes + "nodes: []\nstart: a\nvariables: {}\nstart: b\n",
    ]

    @Test(arguments: repeatedKeys)
    func aKeyWrittenTwiceAcrossDiscardedEntriesIsReportedAsYamsDid(_ text: String) throws {
        let (_, diagnostics) = DocumentReader.read(file: "x", source: text)
        #expect(throws: (any Error).self) { try Yams.compose(yaml: text, .basic) }
        do {
            _ = try Yams.compose(yaml: text, .basic)
        } catch {
            #expect(diagnostics.map(\.description) == [YAMLComposerDifferentialTests.oldMessage(error)])
        }
    }

    @Test func everyEntryKeepsItsOwnTextsAndPositions() {
        let (document, diagnostics) = DocumentReader.read(file: "x", source: "start: n0\nnodes:\n" + Self.manyNodes)
        #expect(diagnostics.isEmpty)
        #expect(document.nodes.count == 40)
        for (index, node) in document.nodes.enumerated() {
            #expect(node.id.text == "n\(index)")
            #expect(node.id.location == SourceLocation(file: "x", line: 3 + 3 * index, column: 9))
            guard case .say(let text) = node.kind else {
                Issue.record("node \(index) is not a 'say'")
                continue
            }
            #expect(text.text == "text \(index)")
            #expect(text.location(atOffset: 0) == SourceLocation(file: "x", line: 4 + 3 * index, column: 11))
            #expect(node.next?.text == "n\(index + 1)")
        }
    }
}
