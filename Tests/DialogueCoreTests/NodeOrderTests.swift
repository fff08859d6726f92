@testable import DialogueCore
import Testing

/// The ids in file order, repeats included, without a second list of every id kept in the graph.
struct NodeOrderTests {
    static func say(_ id: NodeID) -> Node {
        Node(id: id, kind: .say(Fixture.template("Said at \(id)."), next: "end"))
    }

    static let end = Node(id: "end", kind: .end(nil))

    @Test func idsAreListedInFileOrderAndNoSecondListIsKeptWhenNoneRepeats() {
        let graph = DialogueGraph(start: "a", variables: [], nodes: [Self.say("a"), Self.say("b"), Self.end])
        #expect(graph.nodeOrder == ["a", "b", "end"])
        #expect(graph.storage.idsWithRepeats == nil, "a large graph's ids would be kept twice")
    }

    @Test func repeatedIdsAreListedWhereTheyAreWrittenAndTheFirstNodeOfEachIsKept() {
        let graph = DialogueGraph(start: "a", variables: [], nodes: [Self.say("a"), Self.say("b"), Self.say("a"), Self.end])
        #expect(graph.nodeOrder == ["a", "b", "a", "end"])
        #expect(graph.nodes.map(\.id) == ["a", "b", "end"])
    }
}
