/// PC029: dialogues larger than any author writes are refused before they are checked, whose
/// cost grows with the number of variables times expressions and of nodes times variables.
enum SizeRule {
    /// The diagnostic for the first declaration past the limit, or `nil` within it.
    static func check(variables names: [SourceText], limits: DialogueLimits) -> Diagnostic? {
        let maximum = limits.maximumVariables
        guard names.count > maximum else { return nil }
        return Diagnostic(.beyondLimits, at: names[maximum].location,
            "more than \(maximum) variables are declared; no conversation needs this many")
    }

    /// The diagnostic for the first node past the limit, or `nil` within it.
    static func check(nodes ids: NodeOutlines.IDs, limits: DialogueLimits) -> Diagnostic? {
        let maximum = limits.maximumNodes
        guard ids.count > maximum else { return nil }
        return Diagnostic(.beyondLimits, at: ids[maximum].location, "more than \(maximum) nodes are declared; no conversation needs this many")
    }
}
