/// The nodes of a YAML text in one flat array, each node followed by everything inside it,
/// with the scalars' texts and the tags in arrays of their own.
///
/// The dialogue reader composes each entry of a large list here, reads it, and discards it
/// (`truncate(to:)`), keeping the arrays' room: an entry costs no allocation but its strings,
/// where a tree of nodes held in arrays of pairs cost an array for every mapping and list, and
/// a retain and a release of every text each time a node was copied into one.
final class YAMLTree {
    /// One node: fixed size, so that the records of an entry lie side by side.
    struct Record {
        let kind: YAMLNode.Kind
        let style: YAMLScalar.Style
        let isMappable: Bool
        let line: Int
        let column: Int
        let contentLine: Int
        let contentColumn: Int
        /// A scalar's index in `texts`.
        let text: Int
        /// The index of an explicit tag in `tags`, or -1.
        let tag: Int
        /// A list's items or a mapping's pairs, once it is read to its end.
        var count = 0
        /// The index after the node's last record inside it.
        var end: Int
    }

    /// How far the arrays are filled: what `truncate(to:)` goes back to.
    struct Mark {
        fileprivate let records: Int
        fileprivate let texts: Int
        fileprivate let tags: Int
    }

    // Unchecked: a class's arrays are otherwise checked for overlapping access at every read
    // (a third of the composer's instructions), and no access to them outlives its statement.
    @exclusivity(unchecked) private(set) var records: [Record] = []
    @exclusivity(unchecked) private(set) var texts: [String] = []
    @exclusivity(unchecked) private(set) var tags: [String] = []

    var mark: Mark { Mark(records: records.count, texts: texts.count, tags: tags.count) }

    /// Drops every node added after `mark`, keeping the room they took.
    func truncate(to mark: Mark) {
        records.removeSubrange(mark.records...)
        texts.removeSubrange(mark.texts...)
        tags.removeSubrange(mark.tags...)
    }

    func tag(of record: Record) -> String? {
        record.tag < 0 ? nil : tags[record.tag]
    }

    /// Adds a scalar; its index.
    func add(_ scalar: YAMLScalarEvent) -> Int {
        let index = records.count
        texts.append(scalar.text)
        records.append(Record(kind: .scalar, style: scalar.style, isMappable: scalar.isMappable, line: scalar.line,
                              column: scalar.column, contentLine: scalar.contentLine, contentColumn: scalar.contentColumn,
                              text: texts.count - 1, tag: add(tag: scalar.tag), end: index + 1))
        return index
    }

    /// Adds a list or mapping whose items follow; `close` ends it. Its index.
    func open(_ kind: YAMLNode.Kind, line: Int, column: Int, tag: String?) -> Int {
        let index = records.count
        records.append(Record(kind: kind, style: .plain, isMappable: false, line: line, column: column, contentLine: 0,
                              contentColumn: 0, text: -1, tag: add(tag: tag), end: index + 1))
        return index
    }

    func close(_ index: Int, count: Int) {
        records[index].count = count
        records[index].end = records.count
    }

    private func add(tag: String?) -> Int {
        guard let tag else { return -1 }
        tags.append(tag)
        return tags.count - 1
    }
}
