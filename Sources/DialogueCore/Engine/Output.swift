/// Something the engine says; a terminal renders it, a journal records it.
public enum Output: Hashable, Codable, Sendable {
    case said(node: NodeID, text: String)
    case asked(Question)
    /// The question was answered from the answers given in advance, without asking.
    case answeredInAdvance(node: NodeID, variable: String, answer: String)
    /// The answer did not fit the question, which stays open.
    case rejected(node: NodeID, answer: String, reason: String)
    /// An optional question was skipped; `value` is the default taken, if any.
    case skipped(node: NodeID, variable: String, value: String?)
    case emitted(Message)
    case recap([RecapLine])
    /// `:back` reopened the question at this node.
    case wentBack(node: NodeID)
    /// A request the engine could not follow in this state, with the reason.
    case notice(String)
    case ended(node: NodeID?, text: String?, reason: EndReason)
}

/// Text an `emit` node produced.
public struct Message: Hashable, Codable, Sendable {
    public let node: NodeID
    public let kind: EmissionKind
    public let title: String?
    public let text: String
    public let covers: [String]
    /// The answers that led to this advice, as they stood when it was given.
    public let because: [RecapLine]
    /// The day a milestone falls on.
    public let date: CalendarDate?
    public let chart: Chart?

    public init(
        node: NodeID, kind: EmissionKind, title: String?, text: String, covers: [String],
        because: [RecapLine] = [], date: CalendarDate? = nil, chart: Chart? = nil
    ) {
        self.node = node
        self.kind = kind
        self.title = title
        self.text = text
        self.covers = covers
        self.because = because
        self.date = date
        self.chart = chart
    }

    private enum CodingKeys: String, CodingKey {
        case node, kind, title, text, covers, because, date, chart
    }

    /// Transcripts written before `because`, `date` and `chart` existed still read.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        node = try container.decode(NodeID.self, forKey: .node)
        kind = try container.decode(EmissionKind.self, forKey: .kind)
        title = try container.decodeIfPresent(String.self, forKey: .title)
        text = try container.decode(String.self, forKey: .text)
        covers = try container.decodeIfPresent([String].self, forKey: .covers) ?? []
        because = try container.decodeIfPresent([RecapLine].self, forKey: .because) ?? []
        date = try container.decodeIfPresent(CalendarDate.self, forKey: .date)
        chart = try container.decodeIfPresent(Chart.self, forKey: .chart)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(node, forKey: .node)
        try container.encode(kind, forKey: .kind)
        try container.encodeIfPresent(title, forKey: .title)
        try container.encode(text, forKey: .text)
        try container.encode(covers, forKey: .covers)
        if !because.isEmpty { try container.encode(because, forKey: .because) }
        try container.encodeIfPresent(date, forKey: .date)
        try container.encodeIfPresent(chart, forKey: .chart)
    }
}

/// One answer in a recap.
public struct RecapLine: Hashable, Codable, Sendable {
    public let variable: String
    public let label: String
    public let text: String

    public init(variable: String, label: String, text: String) {
        self.variable = variable
        self.label = label
        self.text = text
    }
}
