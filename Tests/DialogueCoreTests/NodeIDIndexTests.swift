@testable import DialogueCore
import Testing

/// The index of node ids (`NodeIDIndex`) finds the first node of every id, and nothing for an id
/// no node has, however full its buckets are and whatever ids share a bucket.
struct NodeIDIndexTests {
    /// Twelve ids in sixteen buckets, three quarters full: most lookups step past other ids.
    static let ids: [NodeID] = (0..<12).map { "n\($0)" }

    @Test func everyIDIsFoundAtItsPositionAndNoOtherIDIs() {
        let index = NodeIDIndex(count: Self.ids.count) { Self.ids[$0] }
        #expect(index.count == 12)
        for (position, id) in Self.ids.enumerated() {
            #expect(index.position(of: id) { Self.ids[$0] } == position)
        }
        for absent in ["n12", "n", "", "N0", "n0 ", "a much longer id than any small string holds"] {
            #expect(index.position(of: absent) { Self.ids[$0] } == nil)
        }
        #expect(index.positions.sorted() == Array(0..<12))
    }

    /// A repeated id keeps the position of its first node, and each repeat is reported with it.
    @Test func aRepeatedIDKeepsItsFirstPositionAndIsReported() {
        let ids: [NodeID] = ["start", "ask", "start", "end", "ask", "start"]
        var repeats: [[Int]] = []
        let index = NodeIDIndex(count: ids.count, id: { ids[$0] }) { repeats.append([$0, $1]) }
        #expect(repeats == [[2, 0], [4, 1], [5, 0]])
        #expect(index.count == 3)
        #expect(["start", "ask", "end"].map { id in index.position(of: id) { ids[$0] } } == [0, 1, 3])
    }

    /// Filled one id at a time well past its first size, from a capacity given up front, as a
    /// graph of many nodes fills it: every id is still found, and `insert` returns the position
    /// of an id it holds already.
    @Test func aLargeIndexFindsEveryID() {
        let ids: [NodeID] = (0..<5_000).map { "node_\($0)_of_a_large_graph" }
        var index = NodeIDIndex(capacity: ids.count)
        for position in ids.indices {
            #expect(index.insert(position, id: ids[position]) { ids[$0] } == position)
        }
        #expect(index.insert(7, id: ids[3]) { ids[$0] } == 3)
        #expect(index.count == ids.count)
        #expect(ids.indices.allSatisfy { position in index.position(of: ids[position]) { ids[$0] } == position })
        #expect(index.position(of: "node_5000_of_a_large_graph") { ids[$0] } == nil)
    }

    /// A graph made from nodes alone indexes them itself: a repeated id leads to its first node.
    @Test func aGraphLooksNodesUpByIDThroughTheIndex() {
        let nodes = [
            Node(id: "start", kind: .say(Fixture.template("Hello."), next: "finish")),
            Node(id: "finish", kind: .end(nil)),
            Node(id: "start", kind: .end(nil)),
        ]
        let graph = DialogueGraph(start: "start", variables: [], nodes: nodes)
        #expect(graph.node("start") == nodes[0])
        #expect(graph.node("finish") == nodes[1])
        #expect(graph.node("elsewhere") == nil)
        #expect(graph.nodeOrder == ["start", "finish", "start"])
    }
}
