import DialogueCore

/// Reads the `content:` catalogue.
enum ContentReader {
    static func read(_ node: YAMLNode, at location: SourceLocation, _ reader: inout YAMLReader) -> ContentDocument? {
        guard let pairs = reader.mapping(node, "'content'") else { return nil }
        reader.checkKeys(pairs, allowed: ["coverage", "items"], in: "'content'")
        var document = ContentDocument(location: location, coverageIsRequired: false, items: [])
        for (key, value) in pairs {
            switch key.text {
            case "coverage":
                guard let mode = reader.text(value, "'coverage'") else { continue }
                switch mode.text {
                case "error": document.coverageIsRequired = true
                case "warning": document.coverageIsRequired = false
                default: reader.report(.wrongShape, at: mode.location, "'coverage' is 'warning' or 'error', not '\(mode.text)'")
                }
            case "items":
                for (id, title) in reader.mapping(value, "'items'") ?? [] {
                    document.items.append((id, reader.text(title, "a content title")?.text ?? ""))
                }
            default:
                break
            }
        }
        return document
    }
}
