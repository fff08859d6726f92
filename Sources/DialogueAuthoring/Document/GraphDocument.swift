/// The dialogue files as written, with positions, before names and types are checked.
public struct GraphDocument: Sendable {
    public var start: [SourceText] = []
    public var variables: [VariableDocument] = []
    public var nodes: [NodeDocument] = []
    public var content: [ContentDocument] = []
    /// Old node id → new one, from every file's `migrations: renamed:`.
    public var renamed: [(old: SourceText, new: SourceText)] = []
    /// From every file's `migrations: removed:`.
    public var removed: [SourceText] = []

    public init() {}

    /// Gives the variables' and the nodes' lists their whole room at once, each where more than
    /// one of the documents about to be appended adds to it: joined a file at a time, a list
    /// doubles as it grows, beside the files' own lists.
    mutating func reserveRoom(forJoining lengths: [(variables: Int, nodes: Int)]) {
        if lengths.count(where: { $0.variables > 0 }) > 1 {
            variables.reserveCapacity(variables.count + lengths.reduce(0) { $0 + $1.variables })
        }
        if lengths.count(where: { $0.nodes > 0 }) > 1 {
            nodes.reserveCapacity(nodes.count + lengths.reduce(0) { $0 + $1.nodes })
        }
    }

    mutating func append(_ other: GraphDocument) {
        start += other.start
        // Taken over whole when empty and not given room: the one large file of a generated
        // graph is not copied. Nor is a list when a later file adds nothing: appending even
        // nothing to a list that is still shared with the file's own document copies it.
        Self.join(other.variables, to: &variables)
        Self.join(other.nodes, to: &nodes)
        content += other.content
        renamed += other.renamed
        removed += other.removed
    }

    private static func join<Element>(_ added: [Element], to list: inout [Element]) {
        if list.isEmpty, list.capacity < added.count {
            list = added
        } else if !added.isEmpty {
            list += added
        }
    }
}

/// A variable declaration as written under `variables:` or `derived:`.
public struct VariableDocument: Sendable {
    public var name: SourceText
    public var isDerived: Bool
    public var type: SourceText?
    public var label: SourceText?
    public var options: [OptionDocument] = []
    public var optionsLocation: SourceLocation?
    public var min: (Int, SourceLocation)?
    public var max: (Int, SourceLocation)?
    public var maxLength: (Int, SourceLocation)?
    public var isOptional = false
    /// For a derived value: listed in a shared plan's profile (`in_plan: yes`).
    public var isInPlan = false
    public var defaultValue: SourceText?
    public var placeholder: SourceText?
    /// `redact:` as written: `sensitive` or `identity`.
    public var redact: SourceText?
    /// A derived variable's expression, when it is one.
    public var value: SourceText?
    /// A derived variable's cases, when it has them; `when` is nil for `otherwise`.
    public var cases: [CaseDocument] = []

    init(name: SourceText, isDerived: Bool) {
        self.name = name
        self.isDerived = isDerived
    }
}

public struct OptionDocument: Sendable {
    public var key: SourceText
    public var label: SourceText?
    public var text: SourceText?
    public var aliases: [SourceText] = []

    init(key: SourceText) {
        self.key = key
    }
}

/// One `- when: … goto:/value: …` or `- otherwise: …` entry.
public struct CaseDocument: Sendable {
    public var when: SourceText?
    public var result: SourceText
}

/// A node as written under `nodes:`.
public struct NodeDocument: Sendable {
    public var id: SourceText
    public var kind: NodeDocumentKind
    public var next: SourceText?
    public var covers: [SourceText] = []
    /// The optional keys of an `emit` node.
    public var emitExtras: EmitExtrasDocument {
        get { extras?.document ?? EmitExtrasDocument() }
        set { extras = newValue.isEmpty ? nil : EmitExtrasBox(newValue) }
    }
    /// Boxed: few nodes are `emit` nodes, and inline the extras made every node a quarter larger.
    private var extras: EmitExtrasBox?

    init(id: SourceText, kind: NodeDocumentKind) {
        self.id = id
        self.kind = kind
    }
}

extension NodeDocument {
    /// Every `next`, `goto` and `otherwise` the node names, with where it is written.
    var targets: [SourceText] {
        if case .branch(let cases, _) = kind { return cases.map(\.result) }
        return next.map { [$0] } ?? []
    }
}

private final class EmitExtrasBox: Sendable {
    let document: EmitExtrasDocument

    init(_ document: EmitExtrasDocument) {
        self.document = document
    }
}

/// Boxed but for `set`: inline, the largest case (an `ask`'s three texts) made every node
/// document 296 bytes, copied whole wherever a document was read out of its list; boxed, a
/// document is 88. A `set` node's entries are one list, a word wide: in a box of its own too,
/// each of a large graph's hundreds of thousands of `set` nodes took one more allocation.
public enum NodeDocumentKind: Sendable {
    indirect case say(SourceText)
    indirect case ask(variable: SourceText, prompt: SourceText?, help: SourceText?)
    indirect case branch([CaseDocument], location: SourceLocation)
    case set([(variable: SourceText, value: SourceText)])
    indirect case emit(kind: SourceText, title: SourceText?, text: SourceText?)
    indirect case end(SourceText?)
}

/// The content catalogue: the ids of CONTENT.md, their titles, and how strictly coverage counts.
public struct ContentDocument: Sendable {
    public var location: SourceLocation
    public var coverageIsRequired: Bool
    public var items: [(id: SourceText, title: String)]
}
