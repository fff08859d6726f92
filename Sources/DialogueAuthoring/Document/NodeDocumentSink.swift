/// Where a file's node documents go as they are read, one at a time.
protocol NodeDocumentSink {
    /// The file is being read again from its start (libyaml reads it when the fast scanner gives
    /// up), or could not be read: what was taken so far is to be forgotten.
    mutating func restart()
    mutating func take(_ node: NodeDocument)
}

/// The node documents kept in a list, in file order.
struct NodeDocumentList: NodeDocumentSink {
    private(set) var documents: [NodeDocument] = []

    mutating func restart() {
        documents = []
    }

    mutating func take(_ node: NodeDocument) {
        documents.append(node)
    }
}
