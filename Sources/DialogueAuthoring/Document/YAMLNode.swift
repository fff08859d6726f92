/// A YAML node as libyaml reported it, with where it stands: a place in the `YAMLTree` it was
/// composed into, read through the tree (named apart from the dialogue graph's `Node`).
///
/// A node is valid while its tree keeps it: the dialogue reader discards each entry of a large
/// list once it is read (`YAMLComposer.discard(since:)`), and must not keep that entry's nodes.
struct YAMLNode {
    enum Kind: UInt8 { case scalar, sequence, mapping }

    /// The node's content, for code that switches on it (the repeated-key check, tests).
    enum Content {
        case scalar(YAMLScalar)
        case sequence(YAMLNodes)
        case mapping(YAMLPairs)
    }

    let tree: YAMLTree
    let index: Int

    /// The node's record, read once by code that needs several of its fields.
    var record: YAMLTree.Record { tree.records[index] }

    var kind: Kind { record.kind }
    /// 1-based, where the node's first event starts.
    var line: Int { record.line }
    var column: Int { record.column }
    /// An explicit tag (`!!str`, `!x`), `nil` for none: only duplicate keys compare it.
    var tag: String? { tree.tag(of: record) }

    /// A scalar's text, `nil` for a list or mapping.
    var text: String? {
        let record = record
        return record.kind == .scalar ? tree.texts[record.text] : nil
    }

    var scalar: YAMLScalar? {
        let record = record
        return record.kind == .scalar ? scalar(of: record) : nil
    }

    var sequence: YAMLNodes? {
        let record = record
        guard record.kind == .sequence else { return nil }
        return YAMLNodes(tree: tree, first: index + 1, count: record.count)
    }

    var mapping: YAMLPairs? {
        let record = record
        guard record.kind == .mapping else { return nil }
        return YAMLPairs(tree: tree, first: index + 1, count: record.count)
    }

    var content: Content {
        let record = record
        switch record.kind {
        case .scalar: return .scalar(scalar(of: record))
        case .sequence: return .sequence(YAMLNodes(tree: tree, first: index + 1, count: record.count))
        case .mapping: return .mapping(YAMLPairs(tree: tree, first: index + 1, count: record.count))
        }
    }

    private func scalar(of record: YAMLTree.Record) -> YAMLScalar {
        YAMLScalar(string: tree.texts[record.text], style: record.style, contentLine: record.contentLine,
                   contentColumn: record.contentColumn, isMappable: record.isMappable)
    }

    /// The node after this one and everything inside it: its next sibling, if it has one.
    var following: Int { record.end }
}

/// A scalar's text, how it was written, and where its text lies in the file.
struct YAMLScalar {
    enum Style: UInt8 { case plain, singleQuoted, doubleQuoted, literal, folded }

    let string: String
    let style: Style
    /// Line and column of the text's first character (for block text, the line after `|`/`>`).
    let contentLine: Int
    let contentColumn: Int
    /// False for text YAML folded from several lines: see `SourceText.isMappable`.
    let isMappable: Bool
}

/// The items of a list, in order, read in place from their tree.
struct YAMLNodes: Sequence {
    let tree: YAMLTree
    let first: Int
    let count: Int

    struct Iterator: IteratorProtocol {
        let tree: YAMLTree
        var position: Int
        var remaining: Int

        mutating func next() -> YAMLNode? {
            guard remaining > 0 else { return nil }
            let node = YAMLNode(tree: tree, index: position)
            position = node.following
            remaining -= 1
            return node
        }
    }

    func makeIterator() -> Iterator { Iterator(tree: tree, position: first, remaining: count) }

    var underestimatedCount: Int { count }
}

/// The pairs of a mapping, in the order written, read in place from their tree.
struct YAMLPairs: Sequence {
    let tree: YAMLTree
    let first: Int
    let count: Int

    /// A mapping's records are its keys and values in turn: its pairs are its nodes two by two.
    struct Iterator: IteratorProtocol {
        var nodes: YAMLNodes.Iterator

        mutating func next() -> (key: YAMLNode, value: YAMLNode)? {
            guard let key = nodes.next(), let value = nodes.next() else { return nil }
            return (key, value)
        }
    }

    func makeIterator() -> Iterator {
        Iterator(nodes: YAMLNodes.Iterator(tree: tree, position: first, remaining: count * 2))
    }

    var underestimatedCount: Int { count }
}
