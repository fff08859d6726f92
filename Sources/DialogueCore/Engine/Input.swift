/// Something that happened at the prompt, named for what the user did.
public enum Input: Hashable, Codable, Sendable {
    /// A line typed (or read from an answers file) in reply to the open question.
    case answered(String)
    /// The user asked to skip the open question.
    case skipRequested
    /// The user asked to undo the last answer.
    case backRequested
    /// The user asked what they have told the coach so far.
    case recapRequested
    /// No more input will come: take defaults, or end listing what is missing.
    case inputEnded
}
