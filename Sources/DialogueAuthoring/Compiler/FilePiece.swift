import DialogueCore

/// One dialogue file read, its nodes compiled and outlined as each is read, and its node documents
/// let go (unless they are kept): the work of one thread of a load on one file.
struct FilePiece: Sendable {
    /// The file's document, without the nodes and declarations (unless kept), and what reading found.
    var read = GraphCompiler.ReadFile()
    var outlines = FileOutlines()
    var nodes = FileNodes()

    init() {}

    /// - Parameters:
    ///   - declaring: the files read already, for their declarations; the others are read here.
    ///   - compiler: `nil` when the dialogue is refused for its size: the nodes are only outlined.
    init(
        _ index: Int, _ files: TakeOnce<DialogueSource>, _ declaring: TakeOnce<GraphCompiler.ReadFile>, compiler: NodeCompiler?,
        keepingDocuments: Bool
    ) {
        var sink = Sink(compiler: compiler, declarations: compiler?.declarationPositions ?? [:], keepingDocuments: keepingDocuments)
        // Taken in any case, so that the text is let go here, read already or not.
        let source = files.take(index)
        if let readAlready = declaring.take(index) {
            read = readAlready
            for document in read.document.nodes { sink.take(document) }
        } else if let source {
            let (document, found) = DocumentReader.read(file: source.path, source: source.text, nodes: &sink)
            read = GraphCompiler.ReadFile(document: document, diagnostics: found)
        }
        read.document.nodes = sink.kept.documents
        outlines = sink.outlines
        nodes = sink.nodes
        outlines.readNames(from: nodes.nodes)
    }

    /// Outlines and compiles each node document as it comes.
    private struct Sink: NodeDocumentSink {
        var compiler: NodeCompiler?
        /// The compiler's positions of the declarations by name, read in place by the outlines
        /// (asking the compiler in a closure copied it, and its tables, at every name).
        let declarations: [String: Int]
        let keepingDocuments: Bool
        var outlines = FileOutlines()
        var nodes = FileNodes()
        var kept = NodeDocumentList()

        mutating func restart() {
            (outlines, nodes, kept) = (FileOutlines(), FileNodes(), NodeDocumentList())
        }

        mutating func take(_ node: NodeDocument) {
            // Compiled first, so that the outline reads the names from the node (none without a compiler).
            compiler?.compile(node, into: &nodes)
            outlines.append(node, compiled: nodes.nodes.last ?? nil) { declarations[$0] }
            if keepingDocuments { kept.take(node) }
        }
    }
}
