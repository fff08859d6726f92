import DialogueCore

/// One dialogue file's name and text. The caller reads files; authoring never touches the disk.
public struct DialogueSource: Hashable, Sendable {
    public let path: String
    public let text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }
}

/// A compiled dialogue, or the reasons it is not one.
public struct CompilationResult: Sendable {
    /// Present when there is no error (warnings allowed).
    public let graph: DialogueGraph?
    /// Every finding, in file order.
    public let diagnostics: [Diagnostic]
    /// The content ids of CONTENT.md with their titles, in catalogue order.
    public let contentItems: [(id: String, title: String)]
    /// Identifies the dialogue files' exact text, for transcript headers.
    public let sourceHash: String

    public init(graph: DialogueGraph?, diagnostics: [Diagnostic], contentItems: [(id: String, title: String)], sourceHash: String) {
        self.graph = graph
        self.diagnostics = diagnostics
        self.contentItems = contentItems
        self.sourceHash = sourceHash
    }

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
}

/// Compiles dialogue files into one checked graph, collecting every finding before it answers.
public enum GraphCompiler {
    /// - Parameter limits: how large a dialogue to accept; `generated` for machine-made graphs.
    public static func compile(_ sources: [DialogueSource], limits: DialogueLimits = .authored) -> CompilationResult {
        // The documents are a temporary here, gone before the graph is built: with the graph
        // they were the peak of a large load.
        result(check(read(sources), limits: limits, firstFile: sources.first?.path), sources)
    }

    /// The compilation and the documents it read, for tools that point at where things are written.
    static func compileKeepingDocuments(_ sources: [DialogueSource], limits: DialogueLimits = .authored) -> (CompilationResult, GraphDocument) {
        let files = read(sources)
        return (result(check(files, limits: limits, firstFile: sources.first?.path), sources), files.document)
    }

    /// Every file's document, in order, and what reading found.
    private struct ReadFiles {
        var document = GraphDocument()
        var diagnostics: [Diagnostic] = []
    }

    /// What checking leaves for the graph; the parts are present when the graph may be built.
    private struct Checked {
        var diagnostics: [Diagnostic]
        var graph: (start: NodeID?, variables: [VariableDecl], nodes: [Node], migrations: NodeMigrations)?
        var contentItems: [(id: String, title: String)] = []
        /// A dialogue refused for its size keeps its findings in file order, unsorted.
        var isSorted = true
    }

    private static func read(_ sources: [DialogueSource]) -> ReadFiles {
        var files = ReadFiles()
        for source in sources {
            let (fileDocument, found) = DocumentReader.read(file: source.path, source: source.text)
            files.document.append(fileDocument)
            files.diagnostics += found
        }
        return files
    }

    private static func check(_ files: ReadFiles, limits: DialogueLimits, firstFile: String?) -> Checked {
        let document = files.document
        var diagnostics = files.diagnostics
        if let tooLarge = SizeRule.check(document, limits: limits) {
            return Checked(diagnostics: diagnostics + [tooLarge], graph: nil, isSorted: false)
        }

        var declarations = DeclarationCompiler()
        let variables = declarations.compile(document.variables)
        diagnostics += declarations.diagnostics
        diagnostics += DerivedCycleRule.check(variables, documents: document.variables)

        var nodeCompiler = NodeCompiler(variables: variables)
        let nodes = nodeCompiler.compile(document.nodes)
        diagnostics += nodeCompiler.diagnostics

        // A file that is not YAML (or was refused unread) may hold the start or the nodes others lead to: the graph
        // rules would only guess, so they wait until every file reads.
        let allFilesRead = !diagnostics.contains { [.yamlSyntax, .anchorOrAlias, .nestingTooDeep].contains($0.code) }
        let (start, startDiagnostics) = StartRule.check(document.start, documents: document.nodes, firstFile: firstFile ?? "dialogues")
        if allFilesRead { diagnostics += startDiagnostics }
        if document.content.count > 1, let second = document.content.dropFirst().first {
            diagnostics.append(Diagnostic(.wrongShape, at: second.location, "the content catalogue is already given in \(document.content[0].location.file)"))
        }

        let context = RuleContext(
            start: start, documents: document.nodes, compiled: nodes, variables: variables, content: document.content.first)
        diagnostics += MigrationRule.check(renamed: document.renamed, removed: document.removed, nodes: document.nodes)
        let rules: [(RuleContext) -> [Diagnostic]] = [
            UnknownTargetRule.check, ReachabilityRule.check, DeadEndRule.check, SilentLoopRule.check,
            PlaceholderBindingRule.check, ContentCoverageRule.check,
        ]
        if allFilesRead {
            for rule in rules { diagnostics += rule(context) }
        }

        let migrations = NodeMigrations(
            renamed: Dictionary(document.renamed.map { ($0.old.text, $0.new.text) }, uniquingKeysWith: { first, _ in first }),
            removed: Set(document.removed.map(\.text)))
        let items = (document.content.first?.items ?? []).map { (id: $0.id.text, title: $0.title) }
        return Checked(diagnostics: diagnostics, graph: (start, variables, nodes, migrations), contentItems: items)
    }

    private static func result(_ checked: Checked, _ sources: [DialogueSource]) -> CompilationResult {
        let sorted = !checked.isSorted ? checked.diagnostics : checked.diagnostics.enumerated().sorted { lhs, rhs in
            (lhs.element.location, lhs.offset) < (rhs.element.location, rhs.offset)
        }.map(\.element)
        let hasErrors = sorted.contains { $0.severity == .error }
        var graph: DialogueGraph?
        if let parts = checked.graph, !hasErrors, let start = parts.start {
            graph = DialogueGraph(start: start, variables: parts.variables, nodes: parts.nodes, migrations: parts.migrations)
        }
        return CompilationResult(graph: graph, diagnostics: sorted, contentItems: checked.contentItems, sourceHash: SourceHash.of(sources))
    }
}
