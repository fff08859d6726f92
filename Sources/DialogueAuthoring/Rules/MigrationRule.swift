/// PC024: `migrations:` speaks only of ids that are gone; PC012: a rename leads to a node.
enum MigrationRule {
    static func check(renamed: [(old: SourceText, new: SourceText)], removed: [SourceText], ids written: NodeOutlines.IDs) -> [Diagnostic] {
        // Most dialogues have no migrations: the ids of a large graph are not hashed for nothing.
        guard !renamed.isEmpty || !removed.isEmpty else { return [] }
        let ids = written.map(\.text)
        let present = Set(ids)
        var diagnostics: [Diagnostic] = []
        for (old, new) in renamed {
            if present.contains(old.text) {
                diagnostics.append(Diagnostic(.staleMigration, at: old.location,
                    "'\(old.text)' is renamed, but a node with that id still exists; rename maps ids that are gone"))
            }
            if !present.contains(new.text) { diagnostics.append(UnknownTargetRule.diagnostic(for: new, key: "renamed", ids: ids)) }
        }
        for id in removed where present.contains(id.text) {
            diagnostics.append(Diagnostic(.staleMigration, at: id.location,
                "'\(id.text)' is listed as removed, but a node with that id still exists"))
        }
        return diagnostics
    }
}
