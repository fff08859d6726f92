/// What a YAML text is refused for, before any tree is built from it: anchors and aliases, whose
/// copies can expand exponentially ("billion laughs"), and nesting deeper than any dialogue or
/// answers file needs.
///
/// `YAMLEventStream` makes these checks on the events as it reads them, for the dialogue
/// reader and for answers files; `problem(in:)` runs them alone.
public enum YAMLGuard {
    /// Deepest nesting of lists and mappings accepted; the shipped dialogues use six.
    public static let maximumDepth = 32

    /// What was refused, at a 1-based line and column.
    public struct Problem: Equatable, Sendable {
        public enum Kind: Equatable, Sendable { case anchorOrAlias, tooDeep }
        public let kind: Kind
        public let line: Int
        public let column: Int
        public let message: String
    }

    /// The first problem in `text`, or `nil` when it has none. YAML syntax errors are left to
    /// the reader, which reports them with more context.
    public static func problem(in text: String) -> Problem? {
        do {
            try YAMLEventStream.read(text) { (events) throws(YAMLFailure) in
                while true {
                    if case .streamEnd = try events.next() { return }
                }
            }
        } catch {
            if case .refused(let problem) = error { return problem }
        }
        return nil
    }
}
