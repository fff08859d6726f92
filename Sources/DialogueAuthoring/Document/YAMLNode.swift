/// A YAML node as libyaml reported it, with where it stands; the reader's own light tree,
/// named apart from the dialogue graph's `Node`.
struct YAMLNode {
    enum Content {
        case scalar(YAMLScalar)
        case sequence([YAMLNode])
        case mapping([(key: YAMLNode, value: YAMLNode)])
    }

    let content: Content
    /// 1-based, where the node's first event starts.
    let line: Int
    let column: Int
    /// An explicit tag (`!!str`, `!x`), `nil` for none: only duplicate keys compare it.
    let tag: String?

    var scalar: YAMLScalar? {
        if case .scalar(let scalar) = content { return scalar }
        return nil
    }

    var sequence: [YAMLNode]? {
        if case .sequence(let nodes) = content { return nodes }
        return nil
    }

    var mapping: [(key: YAMLNode, value: YAMLNode)]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }
}

/// A scalar's text, how it was written, and where its text lies in the file.
struct YAMLScalar {
    enum Style { case plain, singleQuoted, doubleQuoted, literal, folded }

    let string: String
    let style: Style
    /// Line and column of the text's first character (for block text, the line after `|`/`>`).
    let contentLine: Int
    let contentColumn: Int
    /// False for text YAML folded from several lines: see `SourceText.isMappable`.
    let isMappable: Bool
}
