import DialogueCore

/// Condition-aware findings: a `when` that can never hold (PC030), a case always beaten by an
/// earlier one (PC031), a value read on a route where it was never set (PC032).
///
/// Each rests on routes the analysis walked with the engine's own evaluator over the
/// variables' grouped values; an expression it does not model never produces a finding.
public enum ConditionAnalysis {
    /// Diagnostics and findings in one list, in file order (stable for one position).
    public static func merged(_ diagnostics: [Diagnostic], _ findings: [Diagnostic]) -> [Diagnostic] {
        (diagnostics + findings).enumerated()
            .sorted { ($0.element.location, $0.offset) < ($1.element.location, $1.offset) }
            .map(\.element)
    }

    static func check(
        _ graph: DialogueGraph, documents written: [NodeID: NodeDocument], stateLimit: Int = RouteExplorer.stateLimit
    ) -> [Diagnostic] {
        var explorer = RouteExplorer(graph, stateLimit: stateLimit)
        explorer.explore()
        let examples = ExampleWriter(explorer: explorer)
        let fallback = explorer.isComplete ? nil : DomainCheck(graph: graph, domains: explorer.domains, assigned: assignedVariables(graph))
        var diagnostics: [Diagnostic] = []
        if !explorer.isComplete, let start = written[graph.start] {
            diagnostics.append(Diagnostic(.analysisIncomplete, at: start.id.location,
                "the routes grow past \(stateLimit) states: never-true and shadowed cases were checked on every value of the variables "
                    + "each branch reads rather than route by route, and reads of unset variables only on the routes followed",
                severity: .warning))
        }
        for id in graph.nodeOrder {
            guard let document = written[id] else { continue }
            let whens = Self.whens(of: document)
            let observations = explorer.cases[id] ?? []
            let unsetReads = Set(observations.indices.filter { observations[$0].unsetRead != nil })
            for (position, observation) in observations.enumerated() where whens.indices.contains(position) {
                let sources = explorer.conditionSources(id, position)
                diagnostics += findings(observation, at: whens[position], reading: sources, whens: whens, isComplete: explorer.isComplete, examples)
            }
            if let fallback {
                let found = fallback.check(explorer.branchConditions(id))
                for (position, finding) in found.sorted(by: { $0.key < $1.key }) where whens.indices.contains(position) && !unsetReads.contains(position) {
                    diagnostics.append(diagnostic(finding, at: whens[position], whens: whens))
                }
            }
            for (position, unset) in explorer.unsetAssignments[id] ?? [:] {
                guard case .set(let entries) = document.kind, entries.indices.contains(position) else { continue }
                diagnostics.append(Diagnostic(.readBeforeSet, at: entries[position].value.location,
                    "'\(unset.variable)' is read here but was never set on this route, so '\(entries[position].variable.text)' gets no value; "
                        + "for example \(examples.route(to: unset.state)); ask '\(unset.variable)' on every route, or set it first"))
            }
        }
        return diagnostics
    }

    private static func findings(
        _ observation: CaseObservation, at when: SourceText, reading sources: [String], whens: [SourceText], isComplete: Bool, _ examples: ExampleWriter
    ) -> [Diagnostic] {
        if let unset = observation.unsetRead {
            return [Diagnostic(.readBeforeSet, at: when.location,
                "'\(unset.variable)' is read here but was never set on this route, so the condition is unknown and does not hold; "
                    + "for example \(examples.route(to: unset.state)); ask '\(unset.variable)' on every route, or test answered(\(unset.variable)) first")]
        }
        guard isComplete, !observation.isUndecidable else { return [] }
        if observation.holds == nil, let reached = observation.reached {
            return [neverTrue(when, "on any route that reaches it", example: examples.values(at: reached, reading: sources))]
        }
        if !observation.isTaken, let shadow = observation.shadow, whens.indices.contains(shadow.winner) {
            return [shadowed(when, by: whens[shadow.winner], example: examples.values(at: shadow.state, reading: sources))]
        }
        return []
    }

    private static func diagnostic(_ finding: DomainCheck.Finding, at when: SourceText, whens: [SourceText]) -> Diagnostic {
        switch finding {
        case .neverTrue(let example): neverTrue(when, "for any value of what it reads", example: example)
        case .shadowed(let winner, let example): shadowed(when, by: whens[winner], example: example)
        }
    }

    private static func neverTrue(_ when: SourceText, _ scope: String, example: String) -> Diagnostic {
        Diagnostic(.neverTrue, at: when.location,
            "'\(when.text)' is never true \(scope) (for example \(example) it does not hold); fix the condition or remove the case")
    }

    private static func shadowed(_ when: SourceText, by earlier: SourceText, example: String) -> Diagnostic {
        Diagnostic(.shadowedCase, at: when.location,
            "this case is never taken: whenever '\(when.text)' holds, the earlier case '\(earlier.text)' (line \(earlier.location.line)) holds too and comes first; "
                + "for example \(example); put the narrower case first or remove it")
    }

    /// Variables some `set` node assigns.
    private static func assignedVariables(_ graph: DialogueGraph) -> Set<String> {
        Set(graph.nodes.flatMap { node -> [String] in
            guard case .set(let entries, _) = node.kind else { return [] }
            return entries.map(\.variable)
        })
    }

    private static func whens(of document: NodeDocument) -> [SourceText] {
        guard case .branch(let cases, _) = document.kind else { return [] }
        return cases.compactMap(\.when)
    }
}
