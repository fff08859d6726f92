import DialogueCore

/// One file's node documents compiled, before the files are joined: each document's node (`nil`
/// when it did not compile) and what compiling each found, so that the findings of a document
/// whose id an earlier file used already can be dropped with it (PC007 says it is not compiled).
struct FileNodes: Sendable {
    var nodes: [Node?] = []
    /// Every document's findings, document after document.
    var diagnostics: [Diagnostic] = []
    /// Where each document's findings end in `diagnostics`.
    var diagnosticEnds = RunEnds()

    /// The findings of the document at `position` of the file.
    func diagnostics(at position: Int) -> ArraySlice<Diagnostic> {
        diagnostics[diagnosticEnds.range(of: position)]
    }
}
