/// The graph as a Mermaid flowchart, which GitHub and most Markdown viewers draw.
public enum MermaidRenderer {
    public static func render(_ picture: GraphPicture) -> String {
        var lines = ["flowchart TD"]
        for (index, cluster) in picture.clusters.enumerated() {
            lines.append("    subgraph file\(index)[\"\(escape(cluster.title))\"]")
            for node in cluster.nodes {
                let label = node.lines.map(escape).joined(separator: "<br/>")
                lines.append("        \(node.key)\(open(node.shape))\"\(label)\"\(close(node.shape))")
            }
            lines.append("    end")
        }
        if let start = picture.startKey {
            lines.append("    entry((start)) --> \(start)")
        }
        for edge in picture.edges {
            if let caption = edge.caption {
                lines.append("    \(edge.from) -->|\"\(escape(caption))\"| \(edge.to)")
            } else {
                lines.append("    \(edge.from) --> \(edge.to)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Mermaid reads its own entity codes inside quoted labels; these characters would end the
    /// label, open markup, or start a code.
    static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "#": escaped += "#35;"
            case "\"": escaped += "#quot;"
            case "<": escaped += "#lt;"
            case ">": escaped += "#gt;"
            case "|": escaped += "#124;"
            case "`": escaped += "#96;"
            case "\n", "\r": escaped += " "
            default: escaped.append(character)
            }
        }
        return escaped
    }

    private static func open(_ shape: GraphPicture.Shape) -> String {
        switch shape {
        case .box: "["
        case .decision: "{"
        case .terminal: "(["
        }
    }

    private static func close(_ shape: GraphPicture.Shape) -> String {
        switch shape {
        case .box: "]"
        case .decision: "}"
        case .terminal: "])"
        }
    }
}
