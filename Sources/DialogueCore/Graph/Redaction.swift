/// How much a shared plan hides of a variable's value (`redact:` in the dialogue files).
public enum Redaction: String, Hashable, Codable, Sendable, CaseIterable {
    /// Shown in every plan.
    case none
    /// Scores, standing, wellbeing, free text: hidden by `share --redact`.
    case sensitive
    /// Who and where (name, hospital): hidden only by `share --redact all`.
    case identity
}
