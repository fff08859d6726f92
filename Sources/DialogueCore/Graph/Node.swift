/// A node's author-chosen, stable identifier.
public typealias NodeID = String

/// The kinds of text an `emit` node produces, so that renderers and plans can treat them apart.
public enum EmissionKind: String, Hashable, Codable, Sendable, CaseIterable {
    /// The scenario and the path the coach recommends, with the answers behind it.
    case recommendation
    case coaching
    case template
    case guardrail
    case milestone
    case support
}

/// One step of the conversation.
public struct Node: Hashable, Sendable {
    public let id: NodeID
    public let kind: NodeKind
    /// Content ids (CONTENT.md) this node delivers.
    public let covers: [String]

    public init(id: NodeID, kind: NodeKind, covers: [String] = []) {
        self.id = id
        self.kind = kind
        self.covers = covers
    }

    /// Every node this one can move to, in order.
    public var successors: [NodeID] {
        if case .branch(let cases, let fallback) = kind { return cases.indices.map(cases.target(at:)) + [fallback] }
        return next.map { [$0] } ?? []
    }

    /// The successor at `index` of `successors`, without making the array; `nil` past the last.
    package func successor(at index: Int) -> NodeID? {
        if case .branch(let cases, let fallback) = kind {
            return index < cases.count ? cases.target(at: index) : (index == cases.count ? fallback : nil)
        }
        return index == 0 ? next : nil
    }

    /// The one node a node that is not a branch moves to (`nil` for a branch or an end),
    /// without the array `successors` makes.
    var next: NodeID? {
        switch kind {
        case .say(_, let next), .set(_, let next), .emit(_, let next): next
        case .ask(let ask): ask.next
        case .branch, .end: nil
        }
    }
}

/// Three words wide: the kinds whose parts are wider (texts, questions, emissions) are boxed,
/// while a `set` or `branch`, a list and an id, is kept in place. Most nodes of a large graph
/// are of those two kinds, and a box each was 48 bytes more for each of them.
public enum NodeKind: Hashable, Sendable {
    indirect case say(Template, next: NodeID)
    indirect case ask(Ask)
    case branch(BranchCases, fallback: NodeID)
    case set([Assignment], next: NodeID)
    indirect case emit(Emission, next: NodeID)
    indirect case end(Template?)

    public var name: String {
        switch self {
        case .say: "say"
        case .ask: "ask"
        case .branch: "branch"
        case .set: "set"
        case .emit: "emit"
        case .end: "end"
        }
    }
}

/// A question that binds one variable.
public struct Ask: Hashable, Sendable {
    public let variable: String
    public let prompt: Template
    public let help: Template?
    public let next: NodeID

    public init(variable: String, prompt: Template, help: Template? = nil, next: NodeID) {
        self.variable = variable
        self.prompt = prompt
        self.help = help
        self.next = next
    }
}

public struct BranchCase: Hashable, Sendable {
    public let condition: Expression
    public let target: NodeID

    public init(condition: Expression, target: NodeID) {
        self.condition = condition
        self.target = target
    }
}

public struct Assignment: Hashable, Sendable {
    public let variable: String
    public let value: Expression

    public init(variable: String, value: Expression) {
        self.variable = variable
        self.value = value
    }
}

public struct Emission: Hashable, Sendable {
    public let kind: EmissionKind
    public let title: Template?
    public let body: Template
    /// The variables whose answers led here, shown as the reasons (provenance).
    public let because: [String]
    /// The day a milestone falls on (a date or a month, which means its first day).
    public let date: Expression?
    public let chart: Chart?

    public init(
        kind: EmissionKind, title: Template? = nil, body: Template, because: [String] = [],
        date: Expression? = nil, chart: Chart? = nil
    ) {
        self.kind = kind
        self.title = title
        self.body = body
        self.because = because
        self.date = date
        self.chart = chart
    }
}
