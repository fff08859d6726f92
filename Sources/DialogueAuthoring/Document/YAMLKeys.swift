/// The keys of one mapping as they come, to refuse a key written twice the way Yams did:
/// keys are equal when their tags and texts are (style and position aside), and the error
/// names every repeated key, sorted, at the first one's first place.
struct YAMLKeys {
    /// Keys first seen, each once: looked through one by one while few, hashed when many.
    private var few: [YAMLKey] = []
    private var many: Set<YAMLKey> = []
    /// The first occurrence of each key seen again.
    private var repeated: [YAMLKey] = []

    private static let linearLimit = 8

    mutating func add(_ node: YAMLNode) {
        let key = YAMLKey(node: node)
        if many.isEmpty, few.count < Self.linearLimit {
            if let first = few.first(where: { $0 == key }) { noteRepeat(of: first) } else { few.append(key) }
            return
        }
        if many.isEmpty {
            many = Set(few)
            few = []
        }
        let (inserted, first) = many.insert(key)
        if !inserted { noteRepeat(of: first) }
    }

    private mutating func noteRepeat(of first: YAMLKey) {
        if !repeated.contains(first) { repeated.append(first) }
    }

    /// The repeated-key error of a mapping composed whole, read in its tree: a few keys are
    /// compared in place, with no list of them made unless one repeats.
    static func failure(in mapping: YAMLNode) -> YAMLFailure? {
        guard let pairs = mapping.mapping else { return nil }
        guard pairs.count <= linearLimit else {
            var keys = YAMLKeys()
            for (key, _) in pairs { keys.add(key) }
            return keys.failure
        }
        // Keys are found by their records: a pair's key is followed by its value, and the next
        // key starts where that value ends.
        let tree = mapping.tree
        func nextKey(after key: Int) -> Int { tree.records[tree.records[key].end].end }
        var keys = YAMLKeys()
        var key = mapping.index + 1
        for _ in 0..<pairs.count {
            var earlier = mapping.index + 1
            // The first key equal to this one is the first of its kind, as in `add`.
            while earlier != key {
                let first = YAMLNode(tree: tree, index: earlier)
                if YAMLKey.same(first, YAMLNode(tree: tree, index: key)) {
                    keys.noteRepeat(of: YAMLKey(node: first))
                    break
                }
                earlier = nextKey(after: earlier)
            }
            key = nextKey(after: key)
        }
        return keys.failure
    }

    /// The syntax error Yams gave for this mapping, if a key was repeated.
    var failure: YAMLFailure? {
        guard !repeated.isEmpty else { return nil }
        let sorted = repeated.sorted { YAMLKey.precedes($0.node, $1.node) }
        guard let firstKey = sorted.first else { return nil }
        let names = sorted.map { $0.node.text ?? "<uncovertable>" }
        return .syntax(line: firstKey.node.line, column: firstKey.node.column,
                       message: "YAML: the key '\(names.joined(separator: "', '"))' appears twice in one mapping")
    }
}

/// A node compared as a mapping key.
struct YAMLKey: Hashable {
    let node: YAMLNode

    static func == (lhs: YAMLKey, rhs: YAMLKey) -> Bool { same(lhs.node, rhs.node) }

    func hash(into hasher: inout Hasher) { Self.hash(node, into: &hasher) }

    private static let stringTag = "tag:yaml.org,2002:str"
    private static let sequenceTag = "tag:yaml.org,2002:seq"
    private static let mappingTag = "tag:yaml.org,2002:map"

    /// Yams resolved an untagged node to `str`, `seq` or `map` (no implicit typing).
    private static func resolvedTag(_ node: YAMLNode) -> String {
        if let tag = node.tag { return tag }
        switch node.kind {
        case .scalar: return stringTag
        case .sequence: return sequenceTag
        case .mapping: return mappingTag
        }
    }

    static func same(_ lhs: YAMLNode, _ rhs: YAMLNode) -> Bool {
        // The usual keys, compared on their records alone.
        let (left, right) = (lhs.record, rhs.record)
        if left.kind == .scalar, right.kind == .scalar, left.tag < 0, right.tag < 0 {
            return lhs.tree.texts[left.text] == rhs.tree.texts[right.text]
        }
        // Untagged nodes resolve by their kind, which the switch compares: the long tag
        // strings are compared only when a key has a tag of its own.
        if lhs.tag != nil || rhs.tag != nil {
            guard resolvedTag(lhs) == resolvedTag(rhs) else { return false }
        }
        if let left = lhs.text, let right = rhs.text { return left == right }
        switch (lhs.content, rhs.content) {
        case let (.sequence(left), .sequence(right)):
            return left.count == right.count && zip(left, right).allSatisfy { same($0, $1) }
        case let (.mapping(left), .mapping(right)):
            return left.count == right.count && zip(left, right).allSatisfy { same($0.key, $1.key) && same($0.value, $1.value) }
        default:
            return false
        }
    }

    private static func hash(_ node: YAMLNode, into hasher: inout Hasher) {
        switch node.content {
        case .scalar(let scalar): hasher.combine(scalar.string)
        case .sequence(let nodes): for child in nodes { hash(child, into: &hasher) }
        case .mapping(let pairs):
            for pair in pairs {
                hash(pair.key, into: &hasher)
                hash(pair.value, into: &hasher)
            }
        }
    }

    /// Yams' order of keys: scalars by text, lists and mappings item by item; kinds unordered.
    static func precedes(_ lhs: YAMLNode, _ rhs: YAMLNode) -> Bool {
        switch (lhs.content, rhs.content) {
        case let (.scalar(left), .scalar(right)):
            return left.string < right.string
        case let (.sequence(left), .sequence(right)):
            return lexicographicallyPrecedes(Array(left), Array(right))
        case let (.mapping(left), .mapping(right)):
            return lexicographicallyPrecedes(left.flatMap { [$0.key, $0.value] }, right.flatMap { [$0.key, $0.value] })
        default:
            return false
        }
    }

    private static func lexicographicallyPrecedes(_ lhs: some Collection<YAMLNode>, _ rhs: some Collection<YAMLNode>) -> Bool {
        for (left, right) in zip(lhs, rhs) {
            if precedes(left, right) { return true }
            if precedes(right, left) { return false }
        }
        return lhs.count < rhs.count
    }
}
