import DialogueCore

/// Reads a list of `- when: … <resultKey>: …` entries ending in `- otherwise: …`.
enum CaseReader {
    static func read(_ node: YAMLNode, resultKey: String, _ reader: inout YAMLReader) -> [CaseDocument] {
        let items = reader.list(node, "the cases") ?? []
        var cases: [CaseDocument] = []
        cases.reserveCapacity(items.count)
        let allowed = ["when", resultKey, "otherwise"]
        for item in items {
            guard let pairs = reader.mapping(item, "a case") else { continue }
            reader.checkKeys(pairs, allowed: allowed, in: "a case")
            let fields = YAMLFields(pairs)
            if let otherwise = fields["otherwise"] {
                if let result = reader.text(otherwise, "'otherwise'") { cases.append(CaseDocument(when: nil, result: result)) }
                continue
            }
            guard let when = fields["when"] else {
                reader.report(.missingKey, at: reader.location(item), "a case needs 'when' and '\(resultKey)', or 'otherwise'")
                continue
            }
            guard let resultNode = fields[resultKey] else {
                reader.report(.missingKey, at: reader.location(item), "this case has 'when' but no '\(resultKey)'")
                continue
            }
            if let condition = reader.text(when, "'when'"), let result = reader.text(resultNode, "'\(resultKey)'") {
                cases.append(CaseDocument(when: condition, result: result))
            }
        }
        return cases
    }
}
