import FoundationEssentials
import DialogueCore

/// What a set of conversations went through: nodes, edges and placeholders shown with a value.
public struct VisitRecord: Sendable {
    public internal(set) var nodes: Set<NodeID> = []
    /// Each edge as its node and its index among that node's edges.
    public internal(set) var edges: Set<EdgeKey> = []
    /// Placeholders rendered with an answer (not as `[placeholder]`), by node and name.
    public internal(set) var placeholders: Set<PlaceholderKey> = []

    public init() {}
}

public struct EdgeKey: Hashable, Sendable {
    public let node: NodeID
    public let index: Int
}

public struct PlaceholderKey: Hashable, Sendable {
    public let node: NodeID
    public let name: String
}

/// Follows the nodes an engine step passed through. The engine reports only what it said and
/// asked; branches and sets are silent, so the tracer walks them again with the same rules
/// (the first `when` that holds, else `otherwise`), reading the answers from the step's outputs.
struct RouteTracer {
    let graph: DialogueGraph
    let templates: [NodeID: [String]]
    var record = VisitRecord()

    init(_ dialogue: AuthoredDialogue) {
        graph = dialogue.graph
        var templates: [NodeID: [String]] = [:]
        for id in dialogue.graph.nodeOrder {
            templates[id] = dialogue.templates(of: id).flatMap(\.placeholders)
        }
        self.templates = templates
    }

    /// The walk of `Engine.start`.
    mutating func traceStart(outputs: [Output], today: CalendarDate) {
        walk(from: graph.start, bindings: [:], outputs: outputs, today: today)
    }

    /// The walk after `input` at the question `before` was waiting on.
    mutating func trace(_ input: Input, before: Session, outputs: [Output]) {
        guard let asked = before.awaitedNode, case .ask(let ask)? = graph.node(asked)?.kind,
            let declaration = graph.variable(ask.variable)
        else { return }
        let binding: Binding?
        switch input {
        case .answered(let text):
            binding = Self.binding(for: text, declaration, today: before.today)
        case .skipRequested:
            binding = declaration.isOptional ? Self.skipped(declaration, today: before.today) : nil
        case .inputEnded:
            walk(from: asked, bindings: before.bindings, outputs: outputs, today: before.today)
            return
        case .backRequested, .recapRequested:
            return
        }
        guard let binding else { return }
        var bindings = before.bindings
        bindings[ask.variable] = binding
        record.edges.insert(EdgeKey(node: asked, index: 0))
        walk(from: ask.next, bindings: bindings, outputs: outputs, today: before.today)
    }

    private mutating func walk(from start: NodeID, bindings initial: [String: Binding], outputs: [Output], today: CalendarDate) {
        var node = start
        var bindings = initial
        var pending = outputs[...]
        // A loop that asks nothing is rejected by `check`; the bound only guards a bad graph.
        for _ in 0...(graph.nodes.count * 4) {
            guard let current = graph.node(node) else { return }
            visit(node, bindings, today: today)
            // The session's day, as the engine had it: conditions on `today()` take the same way.
            let values = SessionValues(graph: graph, bindings: bindings, today: today)
            let index: Int
            switch current.kind {
            case .set(let assignments, _):
                for assignment in assignments {
                    bindings[assignment.variable] = Binding(value: Evaluator.value(of: assignment.value, in: values), source: .assigned)
                }
                index = 0
            case .branch(let cases, _):
                index = cases.firstIndex { Evaluator.holds($0.condition, in: values) } ?? cases.count
            case .ask(let ask):
                guard let declaration = graph.variable(ask.variable),
                    let binding = Self.answerInPassing(at: node, declaration, &pending, today: today)
                else { return }
                bindings[ask.variable] = binding
                index = 0
            case .end:
                return
            default:
                index = 0
            }
            record.edges.insert(EdgeKey(node: node, index: index))
            let successors = current.successors
            guard successors.indices.contains(index) else { return }
            node = successors[index]
        }
    }

    private mutating func visit(_ node: NodeID, _ bindings: [String: Binding], today: CalendarDate) {
        record.nodes.insert(node)
        let values = SessionValues(graph: graph, bindings: bindings, today: today)
        for name in templates[node] ?? [] where values.value(of: name) != nil {
            record.placeholders.insert(PlaceholderKey(node: node, name: name))
        }
    }

    /// An answer the engine took without waiting: one given in advance, or a default after the
    /// input ended. `nil` when the engine stopped at this question.
    private static func answerInPassing(
        at node: NodeID, _ declaration: VariableDecl, _ pending: inout ArraySlice<Output>, today: CalendarDate
    ) -> Binding? {
        while let output = pending.popFirst() {
            switch output {
            case .answeredInAdvance(node, _, let answer):
                return binding(for: answer, declaration, today: today)
            case .skipped(node, _, _):
                return skipped(declaration, today: today)
            case .asked(let question) where question.node == node:
                // Asked and not answered in advance: the engine waits here.
                if case .answeredInAdvance(node, _, _)? = pending.first { continue }
                return nil
            default:
                continue
            }
        }
        return nil
    }

    private static func binding(for text: String, _ declaration: VariableDecl, today: CalendarDate) -> Binding? {
        if text.trimmingWhitespace().isEmpty, declaration.isOptional { return skipped(declaration, today: today) }
        guard case .success(let value) = AnswerParser.parse(text, for: declaration) else { return nil }
        return Binding(value: value, source: .answered)
    }

    private static func skipped(_ declaration: VariableDecl, today: CalendarDate) -> Binding {
        Binding(value: declaration.defaultValue?.resolved(today: today), source: .skipped)
    }
}
