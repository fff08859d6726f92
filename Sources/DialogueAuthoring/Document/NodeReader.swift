import DialogueCore

/// Reads one entry of `nodes:`. The kind is the one key among say, ask, branch, set, emit, end.
enum NodeReader {
    static let kinds = ["say", "ask", "branch", "set", "emit", "end"]

    static let keysByKind: [String: [String]] = [
        "say": ["id", "say", "next", "covers"],
        "ask": ["id", "ask", "prompt", "help", "next", "covers"],
        "branch": ["id", "branch", "covers"],
        "set": ["id", "set", "next", "covers"],
        "emit": ["id", "emit", "title", "text", "because", "date", "chart", "next", "covers"],
        "end": ["id", "end", "covers"],
    ]

    static func read(_ node: YAMLNode, _ reader: inout YAMLReader) -> NodeDocument? {
        guard let pairs = reader.mapping(node, "a node") else { return nil }
        let fields = YAMLFields(pairs)
        guard let idNode = fields["id"] else {
            reader.report(.missingKey, at: reader.location(node), "a node needs an 'id'")
            return nil
        }
        guard let id = reader.text(idNode, "'id'") else { return nil }
        // The first two kinds present, in the order of `kinds`, with no list made for them.
        var (first, second): (String?, String?) = (nil, nil)
        for kind in kinds where fields[kind] != nil {
            if first == nil { first = kind } else { second = kind; break }
        }
        guard let kindName = first else {
            reader.report(.missingKey, at: id.location, "node '\(id.text)' needs one of: \(kinds.joined(separator: ", "))")
            return nil
        }
        if let second {
            reader.report(.wrongShape, at: id.location, "node '\(id.text)' has both '\(kindName)' and '\(second)'; a node is one kind")
            return nil
        }
        reader.checkKeys(pairs, allowed: keysByKind[kindName] ?? [], in: "\(article(kindName)) '\(kindName)' node")
        guard let body = fields[kindName], let kind = kind(kindName, body, fields, &reader) else { return nil }
        var document = NodeDocument(id: id, kind: kind)
        if let next = fields["next"] { document.next = reader.text(next, "'next'") }
        if let covers = fields["covers"] { document.covers = reader.texts(covers, "'covers'") }
        if kindName == "emit" { document.emitExtras = EmitExtrasReader.read(fields, &reader) }
        return document
    }

    private static func kind(
        _ name: String, _ body: YAMLNode, _ fields: YAMLFields, _ reader: inout YAMLReader
    ) -> NodeDocumentKind? {
        func optionalText(_ key: String) -> SourceText? {
            fields[key].flatMap { reader.text($0, "'\(key)'") }
        }
        switch name {
        case "say":
            return reader.text(body, "'say'").map(NodeDocumentKind.say)
        case "ask":
            guard let variable = reader.text(body, "'ask'") else { return nil }
            let prompt = optionalText("prompt")
            if prompt == nil {
                reader.report(.missingKey, at: variable.location, "an 'ask' node needs a 'prompt'")
            }
            return .ask(variable: variable, prompt: prompt, help: optionalText("help"))
        case "branch":
            return .branch(CaseReader.read(body, resultKey: "goto", &reader), location: reader.location(body))
        case "set":
            let pairs = reader.mapping(body, "'set'") ?? []
            var assignments: [(variable: SourceText, value: SourceText)] = []
            assignments.reserveCapacity(pairs.count)
            for (variable, value) in pairs {
                if let value = reader.text(value, "the value of '\(variable.text)'") { assignments.append((variable, value)) }
            }
            return .set(assignments)
        case "emit":
            guard let kind = reader.text(body, "'emit'") else { return nil }
            let text = optionalText("text")
            if text == nil { reader.report(.missingKey, at: kind.location, "an 'emit' node needs a 'text'") }
            return .emit(kind: kind, title: optionalText("title"), text: text)
        default:
            // `end:` alone, or `end: closing text`.
            if let scalar = body.scalar, scalar.string.isEmpty || (scalar.style == .plain && YAMLReader.nullWords.contains(scalar.string)) {
                return .end(nil)
            }
            return .end(reader.text(body, "'end'"))
        }
    }

    private static func article(_ word: String) -> String {
        ["a", "e", "i", "o", "u"].contains(word.first.map(String.init) ?? "") ? "an" : "a"
    }
}
