import DialogueCore

/// The graph arranged for drawing: one cluster per dialogue file, nodes labelled by id and
/// kind, edges labelled by answer or condition. The renderers only choose a syntax.
public struct GraphPicture: Sendable {
    public struct Cluster: Sendable {
        /// The file's name, without its folder.
        public let title: String
        public let nodes: [PictureNode]
    }

    public struct PictureNode: Sendable {
        public let id: NodeID
        /// A short id safe in any syntax (`n0`, `n1`, …), stable for the same files.
        public let key: String
        /// The id, then the kind (`ask: target`, `emit: guardrail`, `branch`).
        public let lines: [String]
        public let shape: Shape
    }

    public enum Shape: Sendable {
        case box
        case decision
        case terminal
    }

    public let clusters: [Cluster]
    /// Edges in node order, with the picture keys of both ends.
    public let edges: [(from: String, to: String, caption: String?)]
    public let startKey: String?

    public init(_ dialogue: AuthoredDialogue) {
        let graph = dialogue.graph
        var keys: [NodeID: String] = [:]
        for (index, id) in graph.nodeOrder.enumerated() { keys[id] = "n\(index)" }
        var files: [String] = []
        var byFile: [String: [PictureNode]] = [:]
        for id in graph.nodeOrder {
            guard let node = graph.node(id), let key = keys[id] else { continue }
            let file = Self.fileName(dialogue.file(of: id))
            if byFile[file] == nil { files.append(file) }
            byFile[file, default: []].append(PictureNode(id: id, key: key, lines: [id, Self.kindText(node)], shape: Self.shape(node)))
        }
        clusters = files.map { Cluster(title: $0, nodes: byFile[$0] ?? []) }
        edges = dialogue.edges.compactMap { edge in
            guard let from = keys[edge.from], let to = keys[edge.to] else { return nil }
            return (from, to, edge.caption)
        }
        startKey = keys[graph.start]
    }

    private static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    private static func kindText(_ node: Node) -> String {
        switch node.kind {
        case .ask(let ask): "ask: \(ask.variable)"
        case .emit(let emission, _): "emit: \(emission.kind.rawValue)"
        case .set(let assignments, _): "set: " + assignments.map(\.variable).joined(separator: ", ")
        default: node.kind.name
        }
    }

    private static func shape(_ node: Node) -> Shape {
        switch node.kind {
        case .branch: .decision
        case .end: .terminal
        default: .box
        }
    }
}
