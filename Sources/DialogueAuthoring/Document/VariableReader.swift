import DialogueCore

/// Reads one entry of `variables:` or `derived:`.
enum VariableReader {
    static let askedKeys = ["type", "label", "options", "min", "max", "max_length", "optional", "default", "placeholder", "redact"]
    static let derivedKeys = ["type", "label", "options", "min", "max", "value", "cases", "redact", "in_plan"]

    static func read(name: SourceText, body: YAMLNode, isDerived: Bool, _ reader: inout YAMLReader) -> VariableDocument? {
        guard let pairs = reader.mapping(body, "the declaration of '\(name.text)'") else { return nil }
        reader.checkKeys(pairs, allowed: isDerived ? derivedKeys : askedKeys, in: "a \(isDerived ? "derived value" : "variable")")
        var variable = VariableDocument(name: name, isDerived: isDerived)
        for (key, value) in pairs {
            switch key.text {
            case "type": variable.type = reader.text(value, "'type'")
            case "label": variable.label = reader.text(value, "'label'")
            case "options":
                variable.optionsLocation = reader.location(value)
                variable.options = (reader.list(value, "'options'") ?? []).compactMap { option($0, &reader) }
            case "min": variable.min = reader.integer(value, "'min'").map { ($0, reader.location(value)) }
            case "max": variable.max = reader.integer(value, "'max'").map { ($0, reader.location(value)) }
            case "max_length": variable.maxLength = reader.integer(value, "'max_length'").map { ($0, reader.location(value)) }
            case "optional": variable.isOptional = reader.flag(value, "'optional'") ?? false
            case "default": variable.defaultValue = reader.text(value, "'default'")
            case "placeholder": variable.placeholder = reader.text(value, "'placeholder'")
            case "redact": variable.redact = reader.text(value, "'redact'")
            case "in_plan": variable.isInPlan = reader.flag(value, "'in_plan'") ?? false
            case "value": variable.value = reader.text(value, "'value'")
            case "cases": variable.cases = CaseReader.read(value, resultKey: "value", &reader)
            default: break
            }
        }
        if variable.type == nil {
            reader.report(.missingKey, at: name.location, "'\(name.text)' needs a 'type' (choice, integer, yes_no, text or year_month)")
        }
        if isDerived, variable.value == nil, variable.cases.isEmpty {
            reader.report(.missingKey, at: name.location, "derived value '\(name.text)' needs a 'value' expression or 'cases'")
        }
        return variable
    }

    /// An option is a key alone (`- ultra`) or a mapping with `key`, `label`, `text`, `aliases`.
    private static func option(_ node: YAMLNode, _ reader: inout YAMLReader) -> OptionDocument? {
        if node.scalar != nil { return reader.text(node, "an option").map { OptionDocument(key: $0) } }
        guard let pairs = reader.mapping(node, "an option") else { return nil }
        reader.checkKeys(pairs, allowed: ["key", "label", "text", "aliases"], in: "an option")
        var key: SourceText?
        var document = OptionDocument(key: reader.emptyText(at: node))
        for (name, value) in pairs {
            switch name.text {
            case "key": key = reader.text(value, "'key'")
            case "label": document.label = reader.text(value, "'label'")
            case "text": document.text = reader.text(value, "'text'")
            case "aliases": document.aliases = reader.texts(value, "'aliases'")
            default: break
            }
        }
        guard let key else {
            reader.report(.missingKey, at: reader.location(node), "an option needs a 'key'")
            return nil
        }
        document.key = key
        return document
    }
}
