import DialogueCore

/// The rules over the graph as written (PC012, PC015 to PC017, PC021, PC022), run together,
/// with what PC019 needs of them. They read no compiled node, so they can run while the
/// compiled nodes are joined; PC019 follows the compiled texts and runs after, in its place
/// among them.
struct GraphRules: Sendable {
    private let context: RuleContext
    private let allFilesRead: Bool
    private let beforePlaceholders: [Diagnostic]
    private let afterPlaceholders: [Diagnostic]

    /// - Parameters:
    ///   - nodes: the nodes as written, by id (`NodeIndex`'s index of them).
    ///   - positions: their edges (`NodePositions`).
    ///   - allFilesRead: without every file, the rules would only guess: they find nothing.
    init(start: NodeID?, nodes: ByNodeID, positions: NodePositions, content: ContentDocument?, allFilesRead: Bool) {
        let context = RuleContext(start: start, nodes: nodes, positions: positions, content: content)
        self.context = context
        self.allFilesRead = allFilesRead
        guard allFilesRead else {
            beforePlaceholders = []
            afterPlaceholders = []
            return
        }
        let rules: [(RuleContext) -> [Diagnostic]] = [UnknownTargetRule.check, ReachabilityRule.check, DeadEndRule.check, SilentLoopRule.check]
        beforePlaceholders = rules.flatMap { $0(context) }
        afterPlaceholders = ContentCoverageRule.check(context)
    }

    /// The positions each node leads to, as written (only the targets that exist).
    var resolvedTargets: NodeTargets { context.positions.resolved }

    /// Every finding of the rules, in the rules' order, PC019's among them.
    func diagnostics(compiled: CompiledNodes, variables: [VariableDecl]) -> [Diagnostic] {
        guard allFilesRead else { return [] }
        return beforePlaceholders + PlaceholderBindingRule.check(context, compiled: compiled, variables: variables) + afterPlaceholders
    }
}
