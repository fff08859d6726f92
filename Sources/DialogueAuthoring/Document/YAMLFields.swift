/// A mapping's values by key, the first of a key winning. A mapping in a dialogue file has a
/// handful of keys: looking through them costs less than hashing them into a dictionary, which
/// was built for every node of a large graph.
struct YAMLFields {
    private let pairs: [(key: SourceText, value: YAMLNode)]

    init(_ pairs: [(key: SourceText, value: YAMLNode)]) {
        self.pairs = pairs
    }

    subscript(key: String) -> YAMLNode? {
        pairs.first { $0.key.text == key }?.value
    }
}
