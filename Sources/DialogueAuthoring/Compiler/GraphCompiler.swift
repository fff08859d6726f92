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
    ///
    /// A file is read, its nodes compiled and outlined for the graph rules (`NodeOutlines`), and
    /// its documents let go, before the next: a large dialogue's documents never all live at
    /// once. Nodes need the declarations, so the files that may declare variables are read first,
    /// and their declarations compiled beside the hash (which needs every text); then every file's
    /// nodes are read and compiled side by side.
    private static func compile(
        _ sources: consuming [DialogueSource], limits: DialogueLimits, parallelFromBytes: Int?, helper: Bool, keepingDocuments: Bool
    ) -> (result: CompilationResult, document: GraphDocument) {
        let firstFile = sources.first?.path
        let isLarge = isLarge(sources, from: parallelFromBytes)
        let twoThreads = isLarge && helper
        let files = TakeOnce((consume sources).map(Optional.some))
        let declaring = readDeclaringFiles(files, twoThreads: twoThreads, keepingDocuments: keepingDocuments)
        // The hash needs every text, all still here: on the helper while this thread declares.
        let hashing = HelperTask(onHelper: twoThreads) { SourceHash.of((0..<files.count).compactMap(files.peek)) }
        let (declared, read) = declare(declaring, limits: limits)
        let sourceHash = hashing.wait()
        let pieces = readPieces(
            files, read, declared: declared, twoThreads: twoThreads, keepingDocuments: keepingDocuments, trimming: isLarge)
        let (document, readDiagnostics, outlines, nodes) = join(pieces)
        let checked = check(
            document, readDiagnostics, consume outlines, consume nodes, declared: declared, limits: limits, firstFile: firstFile,
            twoThreads: twoThreads, trimming: isLarge)
        return (result(checked, sourceHash: sourceHash), document)
    }

    /// The declarations of the files read so far compiled, and those files, for their nodes to
    /// be compiled with the others'.
    private static func declare(_ declaring: consuming [ReadFile?], limits: DialogueLimits) -> (Declared, TakeOnce<ReadFile>) {
        var files: [FileDeclarations] = []
        for index in declaring.indices {
            guard let declarations = declaring[index]?.declarations else { continue }
            files.append(declarations)
            declaring[index]?.declarations = FileDeclarations()
        }
        var declared = Declared()
        declared.tooLarge = SizeRule.check(variables: files.flatMap(\.names), limits: limits)
        if declared.tooLarge == nil { declared.compile(files) }
        return (declared, TakeOnce(declaring))
    }

    /// Every file read, its nodes compiled and outlined, side by side on two threads. The
    /// compiler's tables of names (megabytes on a large graph) go with it, before the graph is built.
    ///
    /// - Parameter trimming: whether the heap's free pages are given back after each file. A
    ///   file's reading leaves its text's room and the room its lists grew out of free, resident,
    ///   and in the heap of the thread that read it, where the other thread's file cannot use it;
    ///   kept, those holes made the end of the reading the peak of a large load.
    private static func readPieces(
        _ files: TakeOnce<DialogueSource>, _ read: TakeOnce<ReadFile>, declared: Declared, twoThreads: Bool, keepingDocuments: Bool,
        trimming: Bool
    ) -> [FilePiece] {
        let compiler = declared.tooLarge == nil ? NodeCompiler(variables: declared.variables) : nil
        return ParallelWork.map(count: files.count, helper: twoThreads) { index in
            let piece = FilePiece(index, files, read, compiler: compiler, keepingDocuments: keepingDocuments)
            if trimming { HeapTrim.now() }
            return piece
        }
    }

    /// Whether the files are many and large enough to be read, and checked, on two threads.
    private static func isLarge(_ sources: borrowing [DialogueSource], from parallelFromBytes: Int?) -> Bool {
        guard let parallelFromBytes, sources.count > 1 else { return false }
        return sources.reduce(0) { $0 + $1.text.utf8.count } >= parallelFromBytes
    }

    /// What checking leaves: the findings, and the graph when none of them is an error.
    private struct Checked: ~Copyable {
        var diagnostics: [Diagnostic]
        var graph: DialogueGraph?
        var contentItems: [(id: String, title: String)] = []
        /// A dialogue refused for its size keeps its findings in file order, unsorted.
        var isSorted = true
    }

    /// Below this many bytes of YAML a load is over in milliseconds, sooner than a second
    /// thread pays for itself (and on one core, `ParallelWork` runs every piece in this thread).
    static let parallelFromBytes = 256 * 1024

    /// What one file's reading gave: its document, its findings, and its declarations compiled
    /// as far as they go alone (the document keeps them only when documents are kept).
    struct ReadFile: Sendable {
        var document = GraphDocument()
        var diagnostics: [Diagnostic] = []
        var declarations = FileDeclarations()
    }

    /// The files that may declare variables, read and their declarations compiled as far as they
    /// go alone, by position (`nil` for the others), side by side on two threads.
    private static func readDeclaringFiles(_ files: TakeOnce<DialogueSource>, twoThreads: Bool, keepingDocuments: Bool) -> [ReadFile?] {
        ParallelWork.map(count: files.count, helper: twoThreads) { index -> ReadFile? in
            guard let source = files.peek(index), DeclarationScan.mayDeclare(source.text) else { return nil }
            var (document, found) = DocumentReader.read(file: source.path, source: source.text)
            let declarations = FileDeclarations(document.variables)
            if !keepingDocuments { document.variables = [] }
            return ReadFile(document: document, diagnostics: found, declarations: declarations)
        }
    }

    /// The pieces joined in file order, each let go as soon as it is joined: the documents' small
    /// parts (and the whole documents, when kept), and the rest for `check`.
    private static func join(_ pieces: consuming [FilePiece]) -> (GraphDocument, [Diagnostic], NodeOutlines, [FileNodes]) {
        var document = GraphDocument()
        var readDiagnostics: [Diagnostic] = []
        var outlines = NodeOutlines()
        var nodes: [FileNodes] = []
        document.reserveRoom(forJoining: pieces.map { ($0.read.document.variables.count, $0.read.document.nodes.count) })
        outlines.reserveCapacity(pieces.reduce(0) { $0 + $1.outlines.count })
        for index in pieces.indices {
            let piece = pieces[index]
            pieces[index] = FilePiece()
            document.append(piece.read.document)
            readDiagnostics += piece.read.diagnostics
            outlines.append(piece.outlines)
            nodes.append(piece.nodes)
        }
        return (document, readDiagnostics, outlines, nodes)
    }

    /// The declarations compiled, with their findings, or why they were not.
    private struct Declared {
        var variables: [VariableDecl] = []
        var diagnostics: [Diagnostic] = []
        /// PC029, when there are more declarations than the limits allow.
        var tooLarge: Diagnostic?

        mutating func compile(_ files: [FileDeclarations]) {
            var found: [Diagnostic] = []
            let (bases, derivedAt) = FileDeclarations.join(files, into: &found)
            var compiler = DeclarationCompiler()
            variables = compiler.derive(bases, derived: derivedAt)
            let derived = files.flatMap(\.derivedDocuments)
            diagnostics = found + compiler.takeDiagnostics() + DerivedCycleRule.check(variables, documents: derived)
        }
    }

    /// Checks the joined files and builds the graph when nothing found is an error.
    private static func check(
        _ document: GraphDocument, _ readDiagnostics: [Diagnostic], _ outlines: consuming NodeOutlines, _ nodes: consuming [FileNodes],
        declared: Declared, limits: DialogueLimits, firstFile: String?, twoThreads: Bool, trimming: Bool
    ) -> Checked {
        if let tooLarge = declared.tooLarge ?? SizeRule.check(nodes: outlines.ids, limits: limits) {
            return Checked(diagnostics: readDiagnostics + [tooLarge], graph: nil, isSorted: false)
        }
        let (diagnostics, start, compiled, targets) = checkNodes(
            document, readDiagnostics + declared.diagnostics, consume outlines, consume nodes, variables: declared.variables,
            firstFile: firstFile, twoThreads: twoThreads, trimming: trimming)
        let items = (document.content.first?.items ?? []).map { (id: $0.id.text, title: $0.title) }
        guard let start, !diagnostics.contains(where: { $0.severity == .error }) else {
            return Checked(diagnostics: diagnostics, graph: nil, contentItems: items)
        }
        // After the rules, whose outlines are gone by now: the graph takes their room.
        if trimming { HeapTrim.now() }
        let graph = makeGraph(start: start, declared.variables, consume compiled, document, targets: consume targets, trimming: trimming)
        return Checked(diagnostics: diagnostics, graph: graph, contentItems: items)
    }

    /// Repeated ids, the start, the migrations, the graph rules and PC019: the findings, the start,
    /// the compiled nodes and the positions each node leads to, as the rules resolved them. On two
    /// threads the edges are worked out on both, then the rules run on the helper while this
    /// thread reports the repeated ids.
    ///
    /// - Parameter trimming: whether the heap's free pages are given back once the targets go.
    private static func checkNodes(
        _ document: GraphDocument, _ diagnostics: consuming [Diagnostic], _ outlines: consuming NodeOutlines,
        _ nodes: consuming [FileNodes], variables: [VariableDecl], firstFile: String?, twoThreads: Bool, trimming: Bool
    ) -> (diagnostics: [Diagnostic], start: NodeID?, compiled: CompiledNodes, targets: NodeTargets) {
        // A file that is not YAML (or was refused unread) may hold the start or the nodes others lead to: the graph
        // rules would only guess, so they wait until every file reads.
        let allFilesRead = !diagnostics.contains { [.yamlSyntax, .anchorOrAlias, .nestingTooDeep].contains($0.code) }
        var outlines = outlines
        let index = NodeIndex(outlines.ids)
        let (start, startDiagnostics) = StartRule.check(document.start, ids: outlines.ids, firstFile: firstFile ?? "dialogues")
        // The edges on both threads, then the rules on the helper while this thread reports the
        // repeated ids: a map of two threads is never started from the helper's own task.
        let positions = NodePositions(start: start, nodes: ByNodeID(outlines, positions: index.firstPosition), twoThreads: twoThreads)
        // The targets go before the rules and the join of the compiled nodes make their
        // tables, and their pages are given back: in pieces, the tables would not fit in them.
        outlines.releaseTargets(keepingThoseOf: positions.missingTargets.keys)
        if trimming { HeapTrim.now() }
        let nodesByID = ByNodeID(copy outlines, positions: index.firstPosition)
        let checking = HelperTask(onHelper: twoThreads) { [content = document.content.first] in
            GraphRules(start: start, nodes: nodesByID, positions: positions, content: content, allFilesRead: allFilesRead)
        }
        let compiled = CompiledNodes(nodes, index: index, ids: outlines.ids, into: &diagnostics)
        if allFilesRead { diagnostics += startDiagnostics }
        if document.content.count > 1, let second = document.content.dropFirst().first {
            diagnostics.append(Diagnostic(.wrongShape, at: second.location, "the content catalogue is already given in \(document.content[0].location.file)"))
        }
        diagnostics += MigrationRule.check(renamed: document.renamed, removed: document.removed, ids: outlines.ids)
        let rules = checking.wait()
        diagnostics += rules.diagnostics(compiled: compiled, variables: variables)
        return (diagnostics, start, compiled, rules.resolvedTargets)
    }

    /// The graph of the compiled nodes. When each document compiled to the node at its own
    /// position (no repeated id, no failure), the ids' index and the rules' targets are the graph's.
    ///
    /// - Parameter trimming: whether the files' lists of nodes, let go in the join, give their
    ///   pages back before the step table is made.
    private static func makeGraph(
        start: NodeID, _ variables: [VariableDecl], _ compiled: consuming CompiledNodes, _ document: GraphDocument, targets: NodeTargets,
        trimming: Bool
    ) -> DialogueGraph {
        let migrations = NodeMigrations(
            renamed: Dictionary(document.renamed.map { ($0.old.text, $0.new.text) }, uniquingKeysWith: { first, _ in first }),
            removed: Set(document.removed.map(\.text)))
        let index = compiled.firstPosition
        let (nodes, isIndexed) = compiled.joined()
        if trimming { HeapTrim.now() }
        return isIndexed
            ? DialogueGraph(start: start, variables: variables, nodes: nodes, migrations: migrations, index: index, targets: targets)
            : DialogueGraph(start: start, variables: variables, nodes: nodes, migrations: migrations)
    }

    private static func result(_ checked: consuming Checked, sourceHash: String) -> CompilationResult {
        let sorted = !checked.isSorted ? checked.diagnostics : checked.diagnostics.enumerated().sorted { lhs, rhs in
            (lhs.element.location, lhs.offset) < (rhs.element.location, rhs.offset)
        }.map(\.element)
        let hasErrors = sorted.contains { $0.severity == .error }
        return CompilationResult(
            graph: hasErrors ? nil : checked.graph, diagnostics: sorted, contentItems: checked.contentItems, sourceHash: sourceHash)
    }
}
