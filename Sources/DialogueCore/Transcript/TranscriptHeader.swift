/// The first line of a transcript: what is needed to replay it and to tell where it came from.
public struct TranscriptHeader: Hashable, Codable, Sendable {
    /// Always `prelim-coach-transcript`, so that other JSON files are not mistaken for one.
    public var format: String
    /// The version of this layout; see `docs/transcript-format.md`.
    public var formatVersion: Int
    /// The oldest reader version that can still read this file.
    public var minimumReaderVersion: Int
    public var appVersion: String
    /// A hash of the dialogue files the session ran on, to tell whether they changed since.
    public var graphHash: String
    public var sessionID: String
    /// ISO 8601 with offset, such as `2026-11-25T09:14:03-05:00`.
    public var startedAt: String
    /// IANA name, such as `America/New_York`.
    public var timeZone: String
    /// The day the session ran on (the plan's dates come from it).
    public var today: CalendarDate
    /// Answers given ahead of time (`--answers`), by profile name.
    public var answersInAdvance: [String: String]

    public static let formatName = "prelim-coach-transcript"
    public static let currentFormatVersion = 1

    public init(
        appVersion: String, graphHash: String, sessionID: String, startedAt: String, timeZone: String,
        today: CalendarDate, answersInAdvance: [String: String]
    ) {
        self.format = Self.formatName
        self.formatVersion = Self.currentFormatVersion
        self.minimumReaderVersion = 1
        self.appVersion = appVersion
        self.graphHash = graphHash
        self.sessionID = sessionID
        self.startedAt = startedAt
        self.timeZone = timeZone
        self.today = today
        self.answersInAdvance = answersInAdvance
    }
}
