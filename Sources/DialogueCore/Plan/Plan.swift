/// What a session comes to, for a mentor to read and the user to keep: the profile, the
/// advice that applied and the dated milestones, in the order a reader needs them.
///
/// A pure value built from a transcript (`Plan.build`); the exporters turn it into Markdown,
/// HTML or a calendar. Every string in it may come from the user or a file: exporters escape.
public struct Plan: Hashable, Sendable {
    public let sessionID: String
    /// The day the session ran on (the last day, if it was resumed).
    public let day: CalendarDate
    /// When the transcript was last written, ISO 8601 (a calendar's DTSTAMP).
    public let lastActivity: String
    /// The transcript's file name, to send along and read with `prelim-coach replay`.
    public let transcriptName: String
    /// `false` while the session has not reached its end: the plan holds what is known so far.
    public let isFinished: Bool
    public let redaction: RedactionLevel
    /// The user's name, when given and not redacted: the plan's title says whose it is.
    public let personName: String?
    /// Who and where (the `identity` variables), unless redacted.
    public let identity: [PlanFact]
    /// The answers and what the coach worked out from them.
    public let profile: [PlanFact]
    public let recommendations: [PlanItem]
    public let guardrails: [PlanItem]
    /// Dated milestones by day, then undated ones in the order they were given.
    public let milestones: [PlanItem]
    public let coaching: [PlanItem]
    public let templates: [PlanItem]
    public let mentorQuestions: MentorQuestions?
    /// Left out of a redacted plan: which support applied says how the user is doing.
    public let support: [PlanItem]

    public init(
        sessionID: String, day: CalendarDate, lastActivity: String, transcriptName: String, isFinished: Bool,
        redaction: RedactionLevel, personName: String?, identity: [PlanFact], profile: [PlanFact], recommendations: [PlanItem],
        guardrails: [PlanItem], milestones: [PlanItem], coaching: [PlanItem], templates: [PlanItem],
        mentorQuestions: MentorQuestions?, support: [PlanItem]
    ) {
        self.sessionID = sessionID
        self.day = day
        self.lastActivity = lastActivity
        self.transcriptName = transcriptName
        self.isFinished = isFinished
        self.redaction = redaction
        self.personName = personName
        self.identity = identity
        self.profile = profile
        self.recommendations = recommendations
        self.guardrails = guardrails
        self.milestones = milestones
        self.coaching = coaching
        self.templates = templates
        self.mentorQuestions = mentorQuestions
        self.support = support
    }

    /// The milestones a calendar can hold: those with a day.
    public var datedMilestones: [PlanItem] { milestones.filter { $0.date != nil } }
}

/// A label and a value: a row of the profile, or one answer behind a piece of advice.
public struct PlanFact: Hashable, Sendable {
    public let label: String
    public let value: String

    public init(label: String, value: String) {
        self.label = label
        self.value = value
    }
}

/// One piece of advice the session gave, with the answers that led to it.
public struct PlanItem: Hashable, Sendable {
    /// The dialogue node that gave it (stable: calendar UIDs are made from it).
    public let node: NodeID
    public let title: String?
    public let text: String
    /// The answers behind it (provenance), each as label and value.
    public let reasons: [PlanFact]
    public let date: CalendarDate?
    public let chart: Chart?

    public init(node: NodeID, title: String?, text: String, reasons: [PlanFact] = [], date: CalendarDate? = nil, chart: Chart? = nil) {
        self.node = node
        self.title = title
        self.text = text
        self.reasons = reasons
        self.date = date
        self.chart = chart
    }
}

/// The questions the user wants the mentor to answer.
public enum MentorQuestions: Hashable, Sendable {
    case given(String)
    /// Asked and answered, but hidden by redaction.
    case redacted
}
