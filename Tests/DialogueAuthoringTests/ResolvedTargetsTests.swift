@testable import DialogueAuthoring
@testable import DialogueCore
import Testing

/// The graph takes the positions the compiler's rules worked out for each node's targets, and
/// builds from them the steps the ids would give.
struct ResolvedTargetsTests {
    @Test(arguments: ["shipped", "generated"])
    func theCompilersTargetsGiveTheStepsTheIdsGive(_ dialogue: String) throws {
        let sources = dialogue == "shipped" ? try ParallelLoadTests.shippedSources() : ParallelLoadTests.generatedGraph(inFilesOfEach: 2)
        let compiled = GraphCompiler.compile(sources, limits: .generated)
        let graph = try #require(compiled.graph, "\(compiled.errors)")
        let byIDs = DialogueGraph(start: graph.start, variables: graph.variables, nodes: graph.nodes, migrations: graph.migrations)
        #expect(graph.storage.table.steps.count == graph.nodes.count)
        #expect(graph.storage.table.steps == byIDs.storage.table.steps)
    }

    static func text(_ source: String) -> Template {
        guard case .success(let template) = Template.compile(source) else { fatalError("bad test template: \(source)") }
        return template
    }

    static let nodes = [
        Node(id: "first", kind: .say(text("One."), next: "second")),
        Node(id: "second", kind: .say(text("Two."), next: "third")),
        Node(id: "third", kind: .end(nil)),
    ]

    /// A node's resolved targets are taken when there are as many as it names, and looked up by
    /// id otherwise; without the index they are not taken at all.
    @Test func resolvedTargetsAreTakenOnlyWhenTheyFitTheNode() {
        let index = ["first": 0, "second": 1, "third": 2]
        // The first node resolved to the third (not what its id names), the second to two nodes.
        let targets = NodeTargets(targets: [2, 0, 2], offsets: [0, 1, 3, 3])
        let taken = GraphStorage(start: "first", variables: [], nodes: Self.nodes, migrations: NodeMigrations(), index: index, targets: targets)
        #expect(taken.table.steps.map(\.next) == [2, 2, -1])
        let unindexed = GraphStorage(start: "first", variables: [], nodes: Self.nodes, migrations: NodeMigrations(), targets: targets)
        #expect(unindexed.table.steps.map(\.next) == [1, 2, -1])
    }
}
