import DialogueCore

/// How much of the dialogue a set of transcripts went through, with what they missed.
public struct CoverageReport: Sendable {
    /// One kind of item counted: nodes, edges, content ids or placeholders.
    public struct Category: Sendable {
        /// `nodes`, `edges`, `content`, `placeholders`: the keys of the threshold file.
        public let name: String
        public let total: Int
        public let covered: Int
        /// Each item not covered, with where it is written.
        public let uncovered: [(location: SourceLocation, description: String)]

        /// Percentage covered; an empty category counts as fully covered.
        public var percent: Double { total == 0 ? 100 : Double(covered) * 100 / Double(total) }
    }

    public let categories: [Category]

    public init(_ dialogue: AuthoredDialogue, visits: VisitRecord) {
        let graph = dialogue.graph
        let nodes = graph.nodeOrder.map { id in
            (id, dialogue.location(of: id), "node '\(id)' (\(graph.node(id)?.kind.name ?? "?"))")
        }
        let nodeCategory = Self.category("nodes", nodes.map { (visits.nodes.contains($0.0), $0.1, $0.2) })

        var edgeItems: [(Bool, SourceLocation, String)] = []
        for id in graph.nodeOrder {
            for (index, edge) in dialogue.edges(from: id).enumerated() {
                let caption = edge.caption.map { " (\($0))" } ?? ""
                edgeItems.append((visits.edges.contains(EdgeKey(node: id, index: index)), edge.location,
                                  "edge '\(edge.from)' -> '\(edge.to)'\(caption)"))
            }
        }

        let delivered = Set(visits.nodes.flatMap { graph.node($0)?.covers ?? [] })
        let contentItems = dialogue.contentItems.map {
            (delivered.contains($0.id), $0.location, "content id \($0.id) (\($0.title))")
        }

        var placeholderItems: [(Bool, SourceLocation, String)] = []
        for id in graph.nodeOrder {
            var seen: Set<String> = []
            for template in dialogue.templates(of: id) {
                for name in template.placeholders where seen.insert(name).inserted {
                    placeholderItems.append((visits.placeholders.contains(PlaceholderKey(node: id, name: name)),
                                             PlaceholderLocator.locate(name, in: template.source),
                                             "placeholder {{\(name)}} in '\(id)' never shown with a value"))
                }
            }
        }
        categories = [
            nodeCategory,
            Self.category("edges", edgeItems),
            Self.category("content", contentItems),
            Self.category("placeholders", placeholderItems),
        ]
    }

    private static func category(_ name: String, _ items: [(Bool, SourceLocation, String)]) -> Category {
        let uncovered = items.filter { !$0.0 }.map { (location: $0.1, description: $0.2) }
        return Category(name: name, total: items.count, covered: items.count - uncovered.count,
                        uncovered: uncovered.sorted { $0.location < $1.location })
    }

    /// The report as printed by `check --coverage`: one line per category, then every uncovered item.
    public var text: String {
        var lines = categories.map { category in
            let padded = category.name + String(repeating: " ", count: max(1, 13 - category.name.count))
            return "  \(padded)\(category.covered)/\(category.total)  \(Self.format(category.percent))%"
        }
        let uncovered = categories.flatMap(\.uncovered).sorted { $0.location < $1.location }
        if !uncovered.isEmpty {
            lines.append("not covered:")
            lines += uncovered.map { "  \($0.location): \($0.description)" }
        }
        return lines.joined(separator: "\n")
    }

    /// One decimal, rounded down, so that a printed figure never claims more than was reached.
    public static func format(_ percent: Double) -> String {
        let tenths = Int((percent * 10).rounded(.down))
        return "\(tenths / 10).\(tenths % 10)"
    }
}
