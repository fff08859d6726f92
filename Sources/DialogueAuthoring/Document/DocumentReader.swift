import DialogueCore
import Yams

/// Reads one dialogue file into a `GraphDocument`, collecting every shape problem.
enum DocumentReader {
    static let topLevelKeys = ["start", "variables", "derived", "nodes", "content", "migrations"]

    static func read(file: String, source: String) -> (GraphDocument, [Diagnostic]) {
        var reader = YAMLReader(file: file, source: source)
        var document = GraphDocument()
        if let problem = YAMLGuard.problem(in: source) {
            let code: DiagnosticCode = problem.kind == .tooDeep ? .nestingTooDeep : .anchorOrAlias
            return (document, [Diagnostic(code, at: SourceLocation(file: file, line: problem.line, column: problem.column), problem.message)])
        }
        let root: YAMLNode?
        do {
            // No implicit typing: the reader takes every scalar as text and types it itself, and
            // Yams' default resolver ran several regular expressions on every scalar (over a
            // third of the load time of a large graph).
            root = try Yams.compose(yaml: source, .basic)
        } catch {
            return (document, [syntaxDiagnostic(error, file: file)])
        }
        guard let root else { return (document, []) }
        guard let pairs = reader.mapping(root, "a dialogue file") else { return (document, reader.diagnostics) }
        reader.checkKeys(pairs, allowed: topLevelKeys, in: "a dialogue file")
        for (key, value) in pairs {
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
                    if let node = NodeReader.read(item, &reader) { document.nodes.append(node) }
                }
            case "content":
                if let content = ContentReader.read(value, at: key.location, &reader) { document.content.append(content) }
            case "migrations":
                readMigrations(value, into: &document, &reader)
            default:
                break
            }
        }
        return (document, reader.diagnostics)
    }

    private static func syntaxDiagnostic(_ error: Error, file: String) -> Diagnostic {
        func located(_ mark: Mark, _ problem: String) -> Diagnostic {
            Diagnostic(.yamlSyntax, at: SourceLocation(file: file, line: mark.line, column: mark.column), "YAML: \(problem)")
        }
        switch error {
        case YamlError.scanner(_, let problem, let mark, _),
            YamlError.parser(_, let problem, let mark, _),
            YamlError.composer(_, let problem, let mark, _):
            return located(mark, problem)
        case YamlError.duplicatedKeysInMapping(let duplicates, let context):
            return located(context.mark, "the key '\(duplicates.joined(separator: "', '"))' appears twice in one mapping")
        case YamlError.reader(let problem, _, _, _):
            return Diagnostic(.yamlSyntax, at: SourceLocation(file: file, line: 1, column: 1), "YAML: \(problem)")
        default:
            return Diagnostic(.yamlSyntax, at: SourceLocation(file: file, line: 1, column: 1), "YAML: \(error)")
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
