import DialogueCore

/// An expression with what the analysis needs to know about it, worked out once.
struct ConditionInfo {
    let expression: Expression
    /// The answered variables it depends on, derived values followed to their sources.
    let sources: [String]
    /// False when it uses a form or a derived value the analysis does not model.
    let isModelled: Bool

    init(_ expression: Expression, domains: VariableDomains) {
        self.expression = expression
        sources = domains.sources(of: expression).sorted()
        isModelled = domains.canModel(expression)
    }

    /// Whether the analysis can evaluate it with these values.
    func isDecidable(_ slots: [String: Slot]) -> Bool {
        isModelled && !sources.contains { slots[$0] == .opaque }
    }

    /// A variable it reads that no question or `set` has given a value on this route.
    func neverSet(_ slots: [String: Slot]) -> String? {
        sources.first { (slots[$0] ?? .never) == .never }
    }
}
