/// How much `share` hides: nothing, the sensitive values, or those and the identity too.
public enum RedactionLevel: String, Hashable, Sendable, CaseIterable {
    case none
    /// `--redact`: scores, standing, wellbeing and free text other than the name.
    case sensitive
    /// `--redact all`: also the name and the hospital.
    case all

    /// Whether a variable's value is hidden at this level.
    public func hides(_ redaction: Redaction) -> Bool {
        switch (self, redaction) {
        case (_, .none), (.none, _): false
        case (.sensitive, .sensitive), (.all, .sensitive), (.all, .identity): true
        case (.sensitive, .identity): false
        }
    }

    /// What a hidden value shows instead.
    public static let mark = "[redacted]"
}
