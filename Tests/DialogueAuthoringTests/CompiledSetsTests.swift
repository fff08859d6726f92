@testable import DialogueAuthoring
import DialogueCore
import Testing

/// `set` bodies written alike are compiled once and share their assignments; a mistake in one
/// is still reported wherever it is written.
struct CompiledSetsTests {
    /// One `set` node a body, each leading to the next (or, `withNext` false, to nothing).
    static func yaml(_ bodies: [String], withNext: Bool = true) -> String {
        var nodes = ""
        for (index, body) in bodies.enumerated() {
            let next = index + 1 < bodies.count ? "bump\(index + 1)" : "done"
            nodes += "  - id: bump\(index)\n    set:\n      \(body)\n"
            if withNext { nodes += "    next: \(next)\n" }
        }
        return """
            start: bump0
            variables:
              count:
                type: integer
                min: 0
                max: 100
            nodes:
            \(nodes)  - id: done
                end: Done.
            """
    }

    static func assignments(_ graph: DialogueGraph, _ id: NodeID) -> [Assignment] {
        if case .set(let assignments, _)? = graph.node(id)?.kind { return assignments }
        return []
    }

    static func storage(_ assignments: [Assignment]) -> UnsafeRawPointer? {
        assignments.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
    }

    @Test func equalBodiesShareOneListAndOthersKeepTheirOwn() throws {
        let result = GraphCompiler.compile([DialogueSource(path: "dialogues/sets.yaml", text: Self.yaml(["count: 1", "count: 1", "count: 2"]))])
        let graph = try #require(result.graph, "\(result.diagnostics)")
        let first = Self.assignments(graph, "bump0"), second = Self.assignments(graph, "bump1"), third = Self.assignments(graph, "bump2")
        #expect(first == [Assignment(variable: "count", value: .literal(.integer(1)))])
        #expect(second == first)
        #expect(Self.storage(second) == Self.storage(first))
        #expect(third == [Assignment(variable: "count", value: .literal(.integer(2)))])
        #expect(Self.storage(third) != Self.storage(first))
    }

    @Test func aMistakeInARepeatedBodyIsReportedWhereverItIsWritten() {
        let result = GraphCompiler.compile([DialogueSource(path: "dialogues/sets.yaml", text: Self.yaml(["count: 101", "count: 101"]))])
        #expect(result.graph == nil)
        let ranges = result.errors.filter { $0.message.contains("outside the range") }.map(\.location.line)
        #expect(ranges == [10, 14])
    }

    @Test func aRepeatedBodyWithoutANextIsReportedAtEachNode() {
        let result = GraphCompiler.compile([DialogueSource(path: "dialogues/sets.yaml", text: Self.yaml(["count: 1", "count: 1"], withNext: false))])
        let missingNext = result.errors.filter { $0.code == .deadEnd && $0.message.contains("has no 'next'") }.map(\.location.line)
        #expect(missingNext == [8, 11])
    }
}
