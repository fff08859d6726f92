/// One option of a choice variable.
///
/// Five words wide, not seven: a text of its own and aliases, which few options have, are kept
/// together in a shared box, so that the options a question lists (read at every visit, on a
/// large graph a cache miss a line) take fewer lines.
public struct ChoiceOption: Hashable, Codable, Sendable {
    /// The stable key stored in sessions and named in conditions and answers files.
    public let key: String
    /// How the option is listed in a question.
    public let label: String
    /// The text and aliases, when the text is not the label or there are aliases.
    private let wording: Wording?

    /// How the option reads inside a sentence of a template; the label when not given.
    public var text: String { wording?.text ?? label }
    /// Other words a user may type for this option (for example `aoa` for `top`).
    public var aliases: [String] { wording?.aliases ?? [] }

    public init(key: String, label: String, text: String? = nil, aliases: [String] = []) {
        self.key = key
        self.label = label
        let isUsual = (text == nil || text == label) && aliases.isEmpty
        wording = isUsual ? nil : Wording(text: text ?? label, aliases: aliases)
    }

    public static func == (lhs: ChoiceOption, rhs: ChoiceOption) -> Bool {
        lhs.key == rhs.key && lhs.label == rhs.label && lhs.text == rhs.text && lhs.aliases == rhs.aliases
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(key)
        hasher.combine(label)
        hasher.combine(text)
        hasher.combine(aliases)
    }

    /// The keys, their order and their presence are those of the struct of four fields that
    /// `ChoiceOption` was, so that encoded options read and write as before.
    private enum CodingKeys: String, CodingKey {
        case key, label, text, aliases
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            key: try container.decode(String.self, forKey: .key), label: try container.decode(String.self, forKey: .label),
            text: try container.decode(String.self, forKey: .text), aliases: try container.decode([String].self, forKey: .aliases))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(key, forKey: .key)
        try container.encode(label, forKey: .label)
        try container.encode(text, forKey: .text)
        try container.encode(aliases, forKey: .aliases)
    }
}

/// An option's own text and aliases.
private final class Wording: Sendable {
    let text: String
    let aliases: [String]

    init(text: String, aliases: [String]) {
        self.text = text
        self.aliases = aliases
    }
}
