/// Builds `YAMLNode` trees from libyaml's events with Yams' semantics: one document, no implicit
/// typing, a key written twice in one mapping is an error. The caller may take a large list or
/// mapping item by item (`next`, `node(from:)`), so that no tree of the whole file is held.
///
/// Which error wins is what the guard-then-compose pair gave: a refusal anywhere before the
/// first syntax error, else the first composer error (a repeated key, a second document) found
/// before it, else the syntax error.
struct YAMLComposer {
    private let events: YAMLEventStream
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
        switch first {
        case .scalar(let node):
            return node
        case .sequenceStart(let line, let column, let tag):
            var items: [YAMLNode] = []
            while true {
                let event = try next()
                if case .sequenceEnd = event { break }
                items.append(try node(from: event))
            }
            return YAMLNode(content: .sequence(items), line: line, column: column, tag: tag)
        case .mappingStart(let line, let column, let tag):
            var pairs: [(key: YAMLNode, value: YAMLNode)] = []
            var keys = YAMLKeys()
            while true {
                let event = try next()
                if case .mappingEnd = event { break }
                let key = try node(from: event)
                keys.add(key)
                pairs.append((key, try node(from: try next())))
            }
            note(keys)
            return YAMLNode(content: .mapping(pairs), line: line, column: column, tag: tag)
        default:
            // libyaml gives only node events inside a document.
            return YAMLNode(content: .scalar(YAMLScalar(string: "", style: .plain, contentLine: 1, contentColumn: 1, isMappable: false)),
                            line: 1, column: 1, tag: nil)
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
