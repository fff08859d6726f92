import DialogueCore

/// PC021: every content id of the catalogue is covered by a reachable node (a warning until
/// the catalogue says `coverage: error`). PC022: every `covers:` id is in the catalogue.
enum ContentCoverageRule {
    static func check(_ context: RuleContext) -> [Diagnostic] {
        guard let content = context.content else { return withoutCatalogue(context) }
        let known = Set(content.items.map(\.id.text))
        var covered: Set<String> = []
        var diagnostics: [Diagnostic] = []
        // By position: the ids are not hashed again.
        for position in context.positions.inOrder {
            let covers = context.nodes.outlines.covers(at: position)
            for cover in covers {
                if !known.contains(cover.text) {
                    let suggestion = Suggestion.closest(to: cover.text, in: Array(known).sorted()).map { "; did you mean '\($0)'?" } ?? ""
                    diagnostics.append(Diagnostic(.unknownContentID, at: cover.location,
                        "'\(cover.text)' is not a content id of the catalogue\(suggestion)"))
                } else if context.positions.isReachable[position] {
                    covered.insert(cover.text)
                }
            }
        }
        let severity: Diagnostic.Severity = content.coverageIsRequired ? .error : .warning
        for item in content.items where !covered.contains(item.id.text) {
            diagnostics.append(Diagnostic(.uncoveredContent, at: item.id.location,
                "content \(item.id.text) (\(item.title)) is not covered by any reachable node", severity: severity))
        }
        return diagnostics
    }

    /// Without a catalogue a `covers:` id cannot be checked: the first one says so.
    private static func withoutCatalogue(_ context: RuleContext) -> [Diagnostic] {
        let first = context.positions.inOrder.lazy.compactMap { context.nodes.outlines.covers(at: $0).first }.first
        return first.map {
            [Diagnostic(.unknownContentID, at: $0.location,
                "'\($0.text)' cannot be checked: no file has a 'content:' catalogue of the content ids")]
        } ?? []
    }
}
