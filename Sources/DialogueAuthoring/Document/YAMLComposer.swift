/// Composes libyaml's events into a `YAMLTree` with Yams' semantics: one document, no implicit
/// typing, a key written twice in one mapping is an error. The caller may take a large list or
/// mapping item by item (`next`, `node(from:)`), discarding each item once read
/// (`discard(since:)`), so that no tree of the whole file is held.
///
/// Which error wins is what the guard-then-compose pair gave: a refusal anywhere before the
/// first syntax error, else the first composer error (a repeated key, a second document) found
/// before it, else the syntax error.
struct YAMLComposer {
    private let events: YAMLEventStream
    /// Every node composed and not discarded.
    private let tree = YAMLTree()
    /// A composer error already found; the rest is still read for the guard's refusals.
    private var pending: YAMLFailure?

    private init(_ events: YAMLEventStream) {
        self.events = events
    }

    /// Composes `text`, giving `body` the first event of its root node, if it has one; `body`
    /// must read that node to its end.
    static func compose(_ text: String, _ body: (inout YAMLComposer, YAMLEvent) throws(YAMLFailure) -> Void) throws(YAMLFailure) {
        try YAMLEventStream.read(text) { (events) throws(YAMLFailure) in
            var composer = YAMLComposer(events)
            _ = try composer.next()
            let opening = try composer.next()
            guard case .documentStart = opening else { return }
            try body(&composer, try composer.next())
            try composer.finish()
        }
    }

    /// The whole root node of `text`, or `nil` for a text without a document.
    static func root(of text: String) throws(YAMLFailure) -> YAMLNode? {
        var root: YAMLNode?
        try compose(text) { (composer, first) throws(YAMLFailure) in root = try composer.node(from: first) }
        return root
    }

    mutating func next() throws(YAMLFailure) -> YAMLEvent {
        do {
            return try events.next()
        } catch {
            if case .syntax = error, let pending { throw pending }
            throw error
        }
    }

    /// The node that `first` starts, read to its end.
    mutating func node(from first: YAMLEvent) throws(YAMLFailure) -> YAMLNode {
        YAMLNode(tree: tree, index: try add(first))
    }

    /// How far the tree is filled, to discard what is composed after it.
    var mark: YAMLTree.Mark { tree.mark }

    /// Drops the nodes composed since `mark`: no node of them may be read after.
    func discard(since mark: YAMLTree.Mark) {
        tree.truncate(to: mark)
    }

    /// Adds the node that `first` starts to the tree, read to its end; its index.
    private mutating func add(_ first: YAMLEvent) throws(YAMLFailure) -> Int {
        switch first {
        case .scalar(let scalar):
            return tree.add(scalar)
        case .sequenceStart(let line, let column, let tag):
            let index = tree.open(.sequence, line: line, column: column, tag: tag)
            var count = 0
            while true {
                let event = try next()
                if case .sequenceEnd = event { break }
                _ = try add(event)
                count += 1
            }
            tree.close(index, count: count)
            return index
        case .mappingStart(let line, let column, let tag):
            let index = tree.open(.mapping, line: line, column: column, tag: tag)
            var count = 0
            while true {
                let event = try next()
                if case .mappingEnd = event { break }
                _ = try add(event)
                _ = try add(try next())
                count += 1
            }
            tree.close(index, count: count)
            if pending == nil, count > 1 { pending = YAMLKeys.failure(in: YAMLNode(tree: tree, index: index)) }
            return index
        default:
            // libyaml gives only node events inside a document.
            return tree.add(YAMLScalarEvent(text: "", style: .plain, line: 1, column: 1, tag: nil, contentLine: 1, contentColumn: 1, isMappable: false))
        }
    }

    /// Records a key written twice in a mapping read to its end.
    mutating func note(_ keys: YAMLKeys) {
        if pending == nil { pending = keys.failure }
    }

    /// After the root: a second document is an error; the rest is read for refusals.
    private mutating func finish() throws(YAMLFailure) {
        _ = try next()
        var event = try next()
        if case .documentStart(let line, let column) = event, pending == nil {
            pending = .syntax(line: line, column: column, message: "YAML: but found another document")
        }
        while true {
            if case .streamEnd = event { break }
            event = try next()
        }
        if let pending { throw pending }
    }
}
