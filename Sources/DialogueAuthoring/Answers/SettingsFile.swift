/// A small YAML (or JSON) file that maps names to single values: answers given ahead of time,
/// coverage thresholds. Read with the dialogues' own YAML reader, so the same refusals apply
/// (anchors, deep nesting) and no second YAML library is loaded.
public enum SettingsFile {
    /// One entry's value.
    public enum Value: Equatable, Sendable {
        case text(String)
        /// Written with no value (`name:`, `name: ~`, `name: null`).
        case none
        /// A list or a map where a single value belongs.
        case collection
    }

    /// Why a whole file gives no entries.
    public enum Failure: Error, Equatable, Sendable {
        /// Not YAML, or refused; the text says why, as a message about the whole file.
        case unreadable(String)
        /// YAML, but a list or a single value instead of a map.
        case notAMap
    }

    /// The entries of `text` in the order written; `nil` for a file with nothing in it.
    public static func entries(in text: String) -> Result<[(name: String, value: Value)]?, Failure> {
        let root: YAMLNode?
        do {
            root = try YAMLComposer.root(of: text)
        } catch {
            return .failure(.unreadable(message(for: error)))
        }
        guard let root else { return .success(nil) }
        guard let mapping = root.mapping else { return .failure(.notAMap) }
        return .success(mapping.map { key, value in (key.scalar?.string ?? "?", Self.value(value)) })
    }

    private static func value(_ node: YAMLNode) -> Value {
        guard let scalar = node.scalar else { return .collection }
        return node.isNull ? .none : .text(scalar.string)
    }

    /// Why `text` cannot be read, in the words of a message about the whole file.
    private static func message(for failure: YAMLFailure) -> String {
        switch failure {
        case .refused(let problem):
            return problem.message
        case .syntax(let line, let column, let message):
            let problem = message.hasPrefix("YAML: ") ? String(message.dropFirst("YAML: ".count)) : message
            return "it is not valid YAML or JSON (line \(line), column \(column): \(problem))"
        }
    }
}
