/// A question as shown to the user.
///
/// Its parts live in one shared object, so that an output asking it holds one reference rather
/// than one per text and list. For a question whose texts are the same in every session that
/// object is the engine's own plan of the question (see `QuestionPlan`): on a large graph,
/// showing the question then touches no memory beyond what the engine has just read to ask it.
///
/// The accessors are inlinable so that a caller in another module that only reads a part (its
/// length, an option's label) reads it in place, without a reference count of its own on it.
public struct Question: Hashable, Codable, Sendable {
    @usableFromInline let parts: QuestionParts

    @inlinable public var node: NodeID { parts.node }
    @inlinable public var variable: String { parts.variable }
    @inlinable public var prompt: String { parts.prompt }
    @inlinable public var help: String? { parts.help }
    @inlinable public var kind: VariableKind { parts.kind }
    @inlinable public var isOptional: Bool { parts.isOptional }
    /// The default as the user reads it, when there is one.
    @inlinable public var defaultText: String? { parts.defaultText }

    public init(
        node: NodeID, variable: String, prompt: String, help: String?, kind: VariableKind,
        isOptional: Bool, defaultText: String?
    ) {
        parts = QuestionParts(
            node: node, variable: variable, prompt: prompt, help: help, kind: kind, isOptional: isOptional,
            defaultText: defaultText)
    }

    init(parts: QuestionParts) {
        self.parts = parts
    }

    public static func == (lhs: Question, rhs: Question) -> Bool {
        lhs.parts === rhs.parts
            || (lhs.node == rhs.node && lhs.variable == rhs.variable && lhs.prompt == rhs.prompt && lhs.help == rhs.help
                && lhs.kind == rhs.kind && lhs.isOptional == rhs.isOptional && lhs.defaultText == rhs.defaultText)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(node)
        hasher.combine(variable)
        hasher.combine(prompt)
        hasher.combine(help)
        hasher.combine(kind)
        hasher.combine(isOptional)
        hasher.combine(defaultText)
    }

    /// The keys and their order are those the compiler gave the struct of separate fields that
    /// `Question` was, so that encoded questions read and write as before.
    private enum CodingKeys: String, CodingKey {
        case node, variable, prompt, help, kind, isOptional, defaultText
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            node: try container.decode(NodeID.self, forKey: .node),
            variable: try container.decode(String.self, forKey: .variable),
            prompt: try container.decode(String.self, forKey: .prompt),
            help: try container.decodeIfPresent(String.self, forKey: .help),
            kind: try container.decode(VariableKind.self, forKey: .kind),
            isOptional: try container.decode(Bool.self, forKey: .isOptional),
            defaultText: try container.decodeIfPresent(String.self, forKey: .defaultText))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(node, forKey: .node)
        try container.encode(variable, forKey: .variable)
        try container.encode(prompt, forKey: .prompt)
        try container.encodeIfPresent(help, forKey: .help)
        try container.encode(kind, forKey: .kind)
        try container.encode(isOptional, forKey: .isOptional)
        try container.encodeIfPresent(defaultText, forKey: .defaultText)
    }
}

/// The parts of a `Question`, shared by its copies.
///
/// Not final: `QuestionPlan` extends it, so that the question a plan shows is the plan itself.
/// Sendable because nothing in it changes after it is made: every stored property is a `let`
/// of a Sendable type, here and in the subclass.
@usableFromInline
class QuestionParts: @unchecked Sendable {
    // What a terminal reads of a question comes first, beside the object's reference count.
    @usableFromInline let prompt: String
    @usableFromInline let kind: VariableKind
    @usableFromInline let isOptional: Bool
    @usableFromInline let node: NodeID
    @usableFromInline let variable: String
    @usableFromInline let help: String?
    @usableFromInline let defaultText: String?

    init(node: NodeID, variable: String, prompt: String, help: String?, kind: VariableKind, isOptional: Bool, defaultText: String?) {
        self.node = node
        self.variable = variable
        self.prompt = prompt
        self.help = help
        self.kind = kind
        self.isOptional = isOptional
        self.defaultText = defaultText
    }
}
