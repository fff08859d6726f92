/// PC029: dialogues larger than any author writes are refused before compiling, whose cost
/// grows with the number of variables times expressions and of nodes times variables.
enum SizeRule {
    /// The diagnostic for the first declaration past a limit, or `nil` within both.
    static func check(_ document: GraphDocument, limits: DialogueLimits) -> Diagnostic? {
        let maximumVariables = limits.maximumVariables
        let maximumNodes = limits.maximumNodes
        if document.variables.count > maximumVariables {
            return Diagnostic(.beyondLimits, at: document.variables[maximumVariables].name.location,
                "more than \(maximumVariables) variables are declared; no conversation needs this many")
        }
        if document.nodes.count > maximumNodes {
            return Diagnostic(.beyondLimits, at: document.nodes[maximumNodes].id.location,
                "more than \(maximumNodes) nodes are declared; no conversation needs this many")
        }
        return nil
    }
}
