import DialogueCore

/// Reads one dialogue file into a `GraphDocument`, collecting every shape problem.
///
/// The file is read in one pass of libyaml's events. The entries of `nodes:`, `variables:` and
/// `derived:` are built one at a time, read into the document and dropped, so a large file is
/// never held as a whole tree. Shape problems are only reported for a file that is YAML: when
/// the file turns out not to be, its one syntax diagnostic replaces them.
enum DocumentReader {
    static let topLevelKeys = ["start", "variables", "derived", "nodes", "content", "migrations"]

    static func read(file: String, source: String) -> (GraphDocument, [Diagnostic]) {
        var nodes = NodeDocumentList()
        var (document, diagnostics) = read(file: file, source: source, nodes: &nodes)
        document.nodes = nodes.documents
        return (document, diagnostics)
    }

    /// The file's document without its nodes, each of which is handed to `nodes` as soon as it
    /// is read instead: a large file's nodes need never be a list.
    static func read(file: String, source: String, nodes: inout some NodeDocumentSink) -> (GraphDocument, [Diagnostic]) {
        var reader = YAMLReader(file: file)
        var document = GraphDocument()
        do {
            try YAMLComposer.compose(source) { (composer, first) throws(YAMLFailure) in
                // The body runs again on libyaml's events when the fast scanner gives up.
                (reader, document) = (YAMLReader(file: file), GraphDocument())
                nodes.restart()
                try readRoot(first, &composer, &reader, &document, &nodes)
            }
        } catch {
            nodes.restart()
            return (GraphDocument(), [error.diagnostic(file: file)])
        }
        return (document, reader.diagnostics)
    }

    private static func readRoot(
        _ first: YAMLEvent, _ composer: inout YAMLComposer, _ reader: inout YAMLReader, _ document: inout GraphDocument,
        _ nodes: inout some NodeDocumentSink
    ) throws(YAMLFailure) {
        guard case .mappingStart = first else {
            _ = reader.mapping(try composer.node(from: first), "a dialogue file")
            return
        }
        var keys = YAMLKeys()
        while true {
            let event = try composer.next()
            if case .mappingEnd = event { break }
            let keyNode = try composer.node(from: event)
            keys.add(keyNode)
            let valueStart = try composer.next()
            // The value is discarded once read; the key is kept for the repeated-key check.
            let mark = composer.mark
            defer { composer.discard(since: mark) }
            guard let key = reader.text(keyNode, "a key") else {
                _ = try composer.node(from: valueStart)
                continue
            }
            reader.checkKey(key, allowed: topLevelKeys, in: "a dialogue file")
            switch (key.text, valueStart) {
            case ("nodes", .sequenceStart):
                try readNodes(&composer, &reader, &nodes)
            case ("variables", .mappingStart), ("derived", .mappingStart):
                try readVariables(isDerived: key.text == "derived", &composer, &reader, &document)
            default:
                readSection(key, try composer.node(from: valueStart), &reader, &document, &nodes)
            }
        }
        composer.note(keys)
    }

    /// The items of `nodes:`, one at a time.
    private static func readNodes(_ composer: inout YAMLComposer, _ reader: inout YAMLReader, _ nodes: inout some NodeDocumentSink) throws(YAMLFailure) {
        let mark = composer.mark
        while true {
            let event = try composer.next()
            if case .sequenceEnd = event { break }
            if let node = NodeReader.read(try composer.node(from: event), &reader) { nodes.take(node) }
            composer.discard(since: mark)
        }
    }

    /// The declarations of `variables:` or `derived:`, one at a time.
    private static func readVariables(
        isDerived: Bool, _ composer: inout YAMLComposer, _ reader: inout YAMLReader, _ document: inout GraphDocument
    ) throws(YAMLFailure) {
        var keys = YAMLKeys()
        while true {
            let event = try composer.next()
            if case .mappingEnd = event { break }
            let nameNode = try composer.node(from: event)
            keys.add(nameNode)
            // The body is discarded once read; the name is kept for the repeated-key check.
            let mark = composer.mark
            let body = try composer.node(from: try composer.next())
            if let name = reader.text(nameNode, "a key"),
                let variable = VariableReader.read(name: name, body: body, isDerived: isDerived, &reader) {
                document.variables.append(variable)
            }
            composer.discard(since: mark)
        }
        composer.note(keys)
    }

    /// A top-level entry read whole: the small ones, and any of the wrong shape.
    private static func readSection(
        _ key: SourceText, _ value: YAMLNode, _ reader: inout YAMLReader, _ document: inout GraphDocument, _ nodes: inout some NodeDocumentSink
    ) {
        switch key.text {
        case "start":
            if let start = reader.text(value, "'start'") { document.start.append(start) }
        case "variables", "derived":
            let isDerived = key.text == "derived"
            for (name, body) in reader.mapping(value, "'\(key.text)'") ?? [] {
                if let variable = VariableReader.read(name: name, body: body, isDerived: isDerived, &reader) {
                    document.variables.append(variable)
                }
            }
        case "nodes":
            for item in reader.list(value, "'nodes'") ?? [] {
                if let node = NodeReader.read(item, &reader) { nodes.take(node) }
            }
        case "content":
            if let content = ContentReader.read(value, at: key.location, &reader) { document.content.append(content) }
        case "migrations":
            readMigrations(value, into: &document, &reader)
        default:
            break
        }
    }

    /// `migrations: {renamed: {old: new}, removed: [id]}`.
    private static func readMigrations(_ node: YAMLNode, into document: inout GraphDocument, _ reader: inout YAMLReader) {
        guard let pairs = reader.mapping(node, "'migrations'") else { return }
        reader.checkKeys(pairs, allowed: ["renamed", "removed"], in: "'migrations'")
        for (key, value) in pairs {
            if key.text == "renamed" {
                for (old, new) in reader.mapping(value, "'renamed'") ?? [] {
                    if let new = reader.text(new, "a new node id") { document.renamed.append((old, new)) }
                }
            } else if key.text == "removed" {
                document.removed += reader.texts(value, "'removed'")
            }
        }
    }
}
