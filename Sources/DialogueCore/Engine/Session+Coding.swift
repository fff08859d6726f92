/// A session is encoded and compared by what it knows, by name, as before variables had slots:
/// the layout, the slots and the cached position of the awaited node are the engine's business.
extension Session: Codable, Hashable {
    private enum CodingKeys: String, CodingKey {
        case formatVersion, today, status, bindings, checkpoints, undoLog, inputClosed, answersInAdvance
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(today: try container.decode(CalendarDate.self, forKey: .today), start: "")
        formatVersion = try container.decode(Int.self, forKey: .formatVersion)
        status = try container.decode(Status.self, forKey: .status)
        bindings = try container.decode([String: Binding].self, forKey: .bindings)
        checkpoints = try container.decode([Checkpoint].self, forKey: .checkpoints)
        undoLog = try container.decode([BindingChange].self, forKey: .undoLog)
        inputClosed = try container.decode(Bool.self, forKey: .inputClosed)
        answersInAdvance = try container.decode([String: String].self, forKey: .answersInAdvance)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(formatVersion, forKey: .formatVersion)
        try container.encode(today, forKey: .today)
        try container.encode(status, forKey: .status)
        try container.encode(bindings, forKey: .bindings)
        try container.encode(checkpoints, forKey: .checkpoints)
        try container.encode(undoLog, forKey: .undoLog)
        try container.encode(inputClosed, forKey: .inputClosed)
        try container.encode(answersInAdvance, forKey: .answersInAdvance)
    }

    public static func == (lhs: Session, rhs: Session) -> Bool {
        lhs.formatVersion == rhs.formatVersion && lhs.today == rhs.today && lhs.status == rhs.status
            && lhs.inputClosed == rhs.inputClosed && lhs.checkpoints == rhs.checkpoints
            && lhs.answersInAdvance == rhs.answersInAdvance && lhs.bindings == rhs.bindings && lhs.undoLog == rhs.undoLog
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(formatVersion)
        hasher.combine(today)
        hasher.combine(status)
        hasher.combine(bindings)
        hasher.combine(checkpoints)
        hasher.combine(undoLog)
        hasher.combine(inputClosed)
        hasher.combine(answersInAdvance)
    }
}
