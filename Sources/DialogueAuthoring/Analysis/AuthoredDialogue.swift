import DialogueCore

/// A checked graph together with the files as written, so that tools can point at lines.
///
/// The graph says what the conversation does; the documents say where each node, edge,
/// placeholder and content id is written.
public struct AuthoredDialogue: Sendable {
    public let graph: DialogueGraph
    /// Each node as written, by id (the first one when an id was written twice).
    let documents: [NodeID: NodeDocument]
    /// Every edge of the graph, node by node in file order, each in the order the node names them.
    public let edges: [DialogueEdge]
    /// The content ids of the catalogue with where each is written.
    public let contentItems: [ContentItem]

    /// Compiles the sources; the dialogue is present only when the graph compiled.
    ///
    /// - Parameter limits: how large a dialogue to accept; `generated` for machine-made graphs.
    public static func load(
        _ sources: [DialogueSource], limits: DialogueLimits = .authored
    ) -> (dialogue: AuthoredDialogue?, result: CompilationResult) {
        // The compiler's own documents: reading every file a second time doubled the cost of `check`.
        let (result, document) = GraphCompiler.compileKeepingDocuments(sources, limits: limits)
        guard let graph = result.graph else { return (nil, result) }
        var documents: [NodeID: NodeDocument] = [:]
        for node in document.nodes where documents[node.id.text] == nil { documents[node.id.text] = node }
        let content = document.content.flatMap { catalogue in
            catalogue.items.map { ContentItem(id: $0.id.text, title: $0.title, location: $0.id.location) }
        }
        let dialogue = AuthoredDialogue(graph: graph, documents: documents, contentItems: content)
        return (dialogue, result)
    }

    init(graph: DialogueGraph, documents: [NodeID: NodeDocument], contentItems: [ContentItem]) {
        self.graph = graph
        self.documents = documents
        self.contentItems = contentItems
        self.edges = graph.nodeOrder.flatMap { DialogueEdge.edges(of: $0, in: graph, documents: documents) }
    }

    /// The condition analysis's findings (PC030-PC033). It walks every route, so it is run by
    /// `check` rather than each time a session starts.
    public func conditionFindings() -> [Diagnostic] {
        ConditionAnalysis.check(graph, documents: documents)
    }

    /// Where a node's id is written.
    public func location(of node: NodeID) -> SourceLocation {
        documents[node]?.id.location ?? SourceLocation(file: "?", line: 0, column: 0)
    }

    /// The file a node is written in.
    public func file(of node: NodeID) -> String { location(of: node).file }

    /// The edges leaving a node, in the order the node names them.
    public func edges(from node: NodeID) -> [DialogueEdge] { edges.filter { $0.from == node } }

    /// Where each `when:` of a branch node is written, in case order.
    func conditionTexts(of node: NodeID) -> [SourceText] {
        guard case .branch(let cases, _)? = documents[node]?.kind else { return [] }
        return cases.compactMap(\.when)
    }

    /// Every template of a node as written, with the placeholders its compiled form reads.
    func templates(of node: NodeID) -> [(source: SourceText, placeholders: [String])] {
        guard let document = documents[node], let compiled = graph.node(node) else { return [] }
        let written: [SourceText?]
        let templates: [Template?]
        switch (document.kind, compiled.kind) {
        case (.say(let text), .say(let template, _)):
            (written, templates) = ([text], [template])
        case (.ask(_, let prompt, let help), .ask(let ask)):
            (written, templates) = ([prompt, help], [ask.prompt, ask.help])
        case (.end(let text), .end(let template)):
            (written, templates) = ([text], [template])
        case (.emit(_, let title, let text), .emit(let emission, _)):
            (written, templates) = ([title, text], [emission.title, emission.body])
        default:
            (written, templates) = ([], [])
        }
        return zip(written, templates).compactMap { text, template in
            guard let text, let template else { return nil }
            return (text, template.placeholders)
        }
    }
}

/// One item of the content catalogue (CONTENT.md) with where it is written.
public struct ContentItem: Hashable, Sendable {
    public let id: String
    public let title: String
    public let location: SourceLocation
}
