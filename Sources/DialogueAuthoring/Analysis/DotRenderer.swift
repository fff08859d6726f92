/// The graph in Graphviz's DOT language: every id and label quoted, so that `dot` draws it
/// without warnings whatever the dialogue's texts hold.
public enum DotRenderer {
    public static func render(_ picture: GraphPicture) -> String {
        var lines = [
            "digraph \"dialogue\" {",
            "    rankdir=\"TB\";",
            "    node [shape=\"box\", fontname=\"Helvetica\", fontsize=\"10\"];",
            "    edge [fontname=\"Helvetica\", fontsize=\"9\"];",
        ]
        for (index, cluster) in picture.clusters.enumerated() {
            lines.append("    subgraph \"cluster_\(index)\" {")
            lines.append("        label=\(quote(cluster.title));")
            for node in cluster.nodes {
                lines.append("        \(quote(node.key)) [label=\(quote(node.lines.joined(separator: "\n")))\(shape(node.shape))];")
            }
            lines.append("    }")
        }
        if let start = picture.startKey {
            lines.append("    \"start\" [label=\"start\", shape=\"circle\"];")
            lines.append("    \"start\" -> \(quote(start));")
        }
        for edge in picture.edges {
            let label = edge.caption.map { " [label=\(quote($0))]" } ?? ""
            lines.append("    \(quote(edge.from)) -> \(quote(edge.to))\(label);")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A DOT double-quoted string: backslashes and quotes escaped, line breaks as `\n`.
    static func quote(_ text: String) -> String {
        var escaped = "\""
        for character in text {
            switch character {
            case "\\": escaped += "\\\\"
            case "\"": escaped += "\\\""
            case "\n": escaped += "\\n"
            case "\r": break
            default: escaped.append(character)
            }
        }
        return escaped + "\""
    }

    private static func shape(_ shape: GraphPicture.Shape) -> String {
        switch shape {
        case .box: ""
        case .decision: ", shape=\"diamond\""
        case .terminal: ", shape=\"oval\""
        }
    }
}
