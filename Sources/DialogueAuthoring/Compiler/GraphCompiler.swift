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
    /// The sources are taken (`consuming`) so that each file's text can be let go once it is
    /// read, and the documents once they are checked: on a large graph, what is alive at the
    /// same time is the peak of memory.
    ///
    /// - Parameter limits: how large a dialogue to accept; `generated` for machine-made graphs.
    public static func compile(_ sources: consuming [DialogueSource], limits: DialogueLimits = .authored) -> CompilationResult {
        compile(sources, limits: limits, parallelFromBytes: parallelFromBytes)
    }

    /// - Parameters:
    ///   - parallelFromBytes: from how many bytes of YAML in all the files the load uses two
    ///     threads; `nil` for never. Tests compare the two ways on small dialogues.
    ///   - helper: whether a second thread may run; tests set it so that the two ways differ
    ///     on a machine of one core too.
    static func compile(
        _ sources: consuming [DialogueSource], limits: DialogueLimits, parallelFromBytes: Int?, helper: Bool = ParallelWork.hasSecondCore
    ) -> CompilationResult {
        compile(sources, limits: limits, parallelFromBytes: parallelFromBytes, helper: helper, keepingDocuments: false).result
    }

    /// The compilation and the documents it read, for tools that point at where things are written.
    static func compileKeepingDocuments(_ sources: [DialogueSource], limits: DialogueLimits = .authored) -> (CompilationResult, GraphDocument) {
        let compiled = compile(sources, limits: limits, parallelFromBytes: parallelFromBytes, helper: ParallelWork.hasSecondCore, keepingDocuments: true)
        return (compiled.result, compiled.document)
    }

    /// Reads, hashes and checks the files; the documents come back only when they are kept.
    private static func compile(
        _ sources: consuming [DialogueSource], limits: DialogueLimits, parallelFromBytes: Int?, helper: Bool, keepingDocuments: Bool
    ) -> (result: CompilationResult, document: GraphDocument) {
        let firstFile = sources.first?.path
        let sideBySide = isLarge(sources, from: parallelFromBytes)
        var (files, sourceHash) = readAndHash(consuming: sources, sideBySide: sideBySide, helper: helper)
        let checked = check(&files, keepingDocuments: keepingDocuments, limits: limits, firstFile: firstFile, helper: sideBySide && helper)
        return (result(checked, sourceHash: sourceHash), files.document)
    }

    /// Whether the files are many and large enough to be read, and checked, on two threads.
    private static func isLarge(_ sources: borrowing [DialogueSource], from parallelFromBytes: Int?) -> Bool {
        guard let parallelFromBytes, sources.count > 1 else { return false }
        return sources.reduce(0) { $0 + $1.text.utf8.count } >= parallelFromBytes
    }

    /// Every file's document, in order, and what reading found.
    private struct ReadFiles {
        var document = GraphDocument()
        var diagnostics: [Diagnostic] = []
    }

    /// What checking leaves: the findings, and the graph being built when none of them was an
    /// error by the time the nodes were compiled.
    private struct Checked: ~Copyable {
        var diagnostics: [Diagnostic]
        var graph: HelperTask<DialogueGraph>?
        var contentItems: [(id: String, title: String)] = []
        /// A dialogue refused for its size keeps its findings in file order, unsorted.
        var isSorted = true
    }

    /// Below this many bytes of YAML a load is over in milliseconds, sooner than a second
    /// thread pays for itself (and on one core, `ParallelWork` runs every piece in this thread).
    static let parallelFromBytes = 256 * 1024

    /// Every file read, and the sources' hash. A large dialogue's files are read side by side
    /// (the hash is one more piece); a small one's in this thread, each file's text let go as
    /// soon as it is read, unless the caller still holds it.
    private static func readAndHash(consuming sources: consuming [DialogueSource], sideBySide: Bool, helper: Bool) -> (ReadFiles, String) {
        guard sideBySide else {
            let sourceHash = SourceHash.of(sources)
            return (read(consuming: sources), sourceHash)
        }
        return join(readSideBySide(consume sources, helper: helper))
    }

    /// The files' documents and the hash, in the sources' order, from two threads. In a function
    /// of its own so that the files' texts are let go before the documents are joined.
    private static func readSideBySide(_ sources: consuming [DialogueSource], helper: Bool) -> [ReadPiece] {
        let all = sources
        // The hash last: the helper takes it first, while this thread reads the first files.
        return ParallelWork.map(count: all.count + 1, helper: helper) { index in
            guard index < all.count else { return ReadPiece.hash(SourceHash.of(all)) }
            let (fileDocument, found) = DocumentReader.read(file: all[index].path, source: all[index].text)
            return .file(fileDocument, found)
        }
    }

    /// The pieces joined in order. Each file's lists are let go as soon as they are joined, into
    /// lists given their whole room at once: a graph written in many files would otherwise hold
    /// every file's lists beside a joined list that doubles as it grows.
    private static func join(_ pieces: consuming [ReadPiece]) -> (ReadFiles, String) {
        var files = ReadFiles()
        files.document.reserveRoom(forJoining: pieces.compactMap(\.listLengths))
        var sourceHash = ""
        for index in pieces.indices {
            let piece = pieces[index]
            pieces[index] = .hash("")
            switch piece {
            case .file(let fileDocument, let found):
                files.document.append(fileDocument)
                files.diagnostics += found
            case .hash(let hash):
                sourceHash = hash
            }
        }
        return (files, sourceHash)
    }

    /// What one thread of `readAndHash` made.
    private enum ReadPiece: Sendable {
        case file(GraphDocument, [Diagnostic])
        case hash(String)

        var listLengths: (variables: Int, nodes: Int)? {
            if case .file(let document, _) = self { (document.variables.count, document.nodes.count) } else { nil }
        }
    }

    private static func read(consuming sources: consuming [DialogueSource]) -> ReadFiles {
        var files = ReadFiles()
        for index in sources.indices {
            let source = sources[index]
            sources[index] = DialogueSource(path: "", text: "")
            let (fileDocument, found) = DocumentReader.read(file: source.path, source: source.text)
            files.document.append(fileDocument)
            files.diagnostics += found
        }
        return files
    }

    /// Checks the documents read; unless they are to be kept, each part is dropped from `files`
    /// as soon as the checks are done with it (the variables' before the nodes are compiled).
    ///
    /// - Parameter helper: whether the ids' index and the graph rules, which read only the nodes
    ///   as written, run on the helper thread while this thread compiles the declarations and
    ///   the nodes, and the graph is then built there while this thread runs PC019 and lets the
    ///   documents go. The findings are joined in the same order either way; without the helper,
    ///   the graph is built when `result` asks for it, after the documents are gone.
    private static func check(_ files: inout ReadFiles, keepingDocuments: Bool, limits: DialogueLimits, firstFile: String?, helper: Bool) -> Checked {
        var document = files.document
        var diagnostics = files.diagnostics
        if !keepingDocuments { files = ReadFiles() }
        if let tooLarge = SizeRule.check(document, limits: limits) {
            return Checked(diagnostics: diagnostics + [tooLarge], graph: nil, isSorted: false)
        }
        // A file that is not YAML (or was refused unread) may hold the start or the nodes others lead to: the graph
        // rules would only guess, so they wait until every file reads.
        let allFilesRead = !diagnostics.contains { [.yamlSyntax, .anchorOrAlias, .nestingTooDeep].contains($0.code) }
        let nodes = document.nodes
        let indexing = HelperTask(onHelper: helper) { NodeIndex(nodes) }

        var declarations = DeclarationCompiler()
        let variables = declarations.compile(document.variables)
        diagnostics += declarations.diagnostics
        diagnostics += DerivedCycleRule.check(variables, documents: document.variables)
        if !keepingDocuments { document.variables = [] }

        let index = indexing.wait()
        let (start, startDiagnostics) = StartRule.check(document.start, documents: nodes, firstFile: firstFile ?? "dialogues")
        let checking = HelperTask(onHelper: helper) { [content = document.content.first] in
            GraphRules(start: start, documents: nodes, index: index.firstPosition, content: content, allFilesRead: allFilesRead)
        }
        let compiled = compileNodes(nodes, index: index, variables: variables, into: &diagnostics)

        if allFilesRead { diagnostics += startDiagnostics }
        if document.content.count > 1, let second = document.content.dropFirst().first {
            diagnostics.append(Diagnostic(.wrongShape, at: second.location, "the content catalogue is already given in \(document.content[0].location.file)"))
        }
        diagnostics += MigrationRule.check(renamed: document.renamed, removed: document.removed, nodes: nodes)
        let rules = checking.wait()

        let migrations = NodeMigrations(
            renamed: Dictionary(document.renamed.map { ($0.old.text, $0.new.text) }, uniquingKeysWith: { first, _ in first }),
            removed: Set(document.removed.map(\.text)))
        // Each document compiled to the node at its own position (no duplicate, no failure): the
        // ids' index is the graph's.
        let graphIndex = compiled.nodes.count == nodes.count && compiled.firstPosition.count == compiled.nodes.count
            ? compiled.firstPosition : nil
        // Built beside the last rule and the documents' release; let go if that rule finds an error.
        var graph: HelperTask<DialogueGraph>?
        if let start, !rules.foundError, !diagnostics.contains(where: { $0.severity == .error }) {
            graph = HelperTask(onHelper: helper) { [variables, nodes = compiled.nodes, targets = rules.resolvedTargets] in
                if let graphIndex {
                    DialogueGraph(start: start, variables: variables, nodes: nodes, migrations: migrations, index: graphIndex, targets: targets)
                } else {
                    DialogueGraph(start: start, variables: variables, nodes: nodes, migrations: migrations)
                }
            }
        }
        diagnostics += rules.diagnostics(compiled: compiled, variables: variables)
        let items = (document.content.first?.items ?? []).map { (id: $0.id.text, title: $0.title) }
        return Checked(diagnostics: diagnostics, graph: graph, contentItems: items)
    }

    /// In a function of its own so that the node compiler's tables are gone before the graph is built.
    private static func compileNodes(
        _ documents: [NodeDocument], index: NodeIndex, variables: [VariableDecl], into diagnostics: inout [Diagnostic]
    ) -> CompiledNodes {
        var nodeCompiler = NodeCompiler(variables: variables)
        let compiled = nodeCompiler.compile(documents, index: index)
        diagnostics += nodeCompiler.diagnostics
        return compiled
    }

    private static func result(_ checked: consuming Checked, sourceHash: String) -> CompilationResult {
        let sorted = !checked.isSorted ? checked.diagnostics : checked.diagnostics.enumerated().sorted { lhs, rhs in
            (lhs.element.location, lhs.offset) < (rhs.element.location, rhs.offset)
        }.map(\.element)
        let hasErrors = sorted.contains { $0.severity == .error }
        let contentItems = checked.contentItems
        var graph: DialogueGraph?
        if let building = checked.graph.take() {
            if hasErrors { building.discard() } else { graph = building.wait() }
        }
        return CompilationResult(graph: graph, diagnostics: sorted, contentItems: contentItems, sourceHash: sourceHash)
    }
}
