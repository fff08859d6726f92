@testable import DialogueAuthoring
@testable import DialogueCore
import Testing

/// The graph takes the positions the compiler's rules worked out for each node's targets, and
/// builds from them the steps the ids would give, whether the targets were worked out on one
/// thread or in two halves on two.
struct ResolvedTargetsTests {
    @Test(arguments: ["shipped", "generated"], [false, true])
    func theCompilersTargetsGiveTheStepsTheIdsGive(_ dialogue: String, onTwoThreads: Bool) throws {
        let sources = dialogue == "shipped" ? try ParallelLoadTests.shippedSources() : ParallelLoadTests.generatedGraph(inFilesOfEach: 2)
        let compiled = GraphCompiler.compile(sources, limits: .generated, parallelFromBytes: onTwoThreads ? 0 : nil, helper: true)
        let graph = try #require(compiled.graph, "\(compiled.errors)")
        let byIDs = DialogueGraph(start: graph.start, variables: graph.variables, nodes: graph.nodes, migrations: graph.migrations)
        #expect(graph.storage.tookResolvedTargets)
        #expect(!byIDs.storage.tookResolvedTargets)
        let (resolved, looked) = (graph.storage.table, byIDs.storage.table)
        #expect(resolved.steps.count == graph.nodes.count)
        #expect(resolved.steps == looked.steps)
        // A branch's targets are in its cases.
        #expect(resolved.switchCases == looked.switchCases)
        #expect(resolved.conditionCases.map(\.target) == looked.conditionCases.map(\.target))
        #expect(!resolved.switchCases.isEmpty || !resolved.conditionCases.isEmpty)
    }

    static func text(_ source: String) -> Template {
        guard case .success(let template) = Template.compile(source) else { fatalError("bad test template: \(source)") }
        return template
    }

    static let variables = [VariableDecl(name: "pick", label: "Pick", kind: .yesNo)]

    static let nodes = [
        Node(id: "first", kind: .say(text("One."), next: "second")),
        Node(id: "second", kind: .say(text("Two."), next: "route")),
        Node(id: "route", kind: .branch([
            BranchCase(condition: .compare(.equal, .variable("pick"), .literal(.bool(true))), target: "first"),
            BranchCase(condition: .compare(.equal, .variable("pick"), .literal(.bool(false))), target: "second"),
        ], fallback: "third")),
        Node(id: "third", kind: .end(nil)),
    ]

    /// A node's resolved targets are taken when there are as many as it names (a branch's cases,
    /// then its fallback), and looked up by id otherwise; without the index they are not taken.
    @Test func resolvedTargetsAreTakenOnlyWhenTheyFitTheNode() {
        let index = NodeIDIndex(count: Self.nodes.count) { Self.nodes[$0].id }
        // Not what the ids name: the first node to the branch; the second given two targets (it
        // names one); the branch's cases swapped and its fallback the first node.
        let targets = NodeTargets(targets: [2, 0, 3, 1, 0, 0], offsets: [0, 1, 3, 6, 6])
        let taken = GraphStorage(start: "first", variables: Self.variables, nodes: Self.nodes, migrations: NodeMigrations(),
                                 index: index, targets: targets)
        #expect(taken.tookResolvedTargets)
        #expect(taken.table.steps.map(\.next) == [2, 2, 0, -1])
        #expect(taken.table.switchCases.map { 2 + Int($0.offset) } == [1, 0])
        let unindexed = GraphStorage(start: "first", variables: Self.variables, nodes: Self.nodes, migrations: NodeMigrations(), targets: targets)
        #expect(!unindexed.tookResolvedTargets)
        #expect(unindexed.table.steps.map(\.next) == [1, 2, 3, -1])
        #expect(unindexed.table.switchCases.map { 2 + Int($0.offset) } == [0, 1])
    }
}
