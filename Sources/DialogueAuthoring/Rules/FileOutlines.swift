import DialogueCore

/// What the graph rules read of one file's nodes as written (see `NodeOutlines`), each part with
/// where it is written: ids, targets, the variables each node binds, its texts and content ids.
///
/// Kept in a few flat arrays, node after node, not a record with lists per node: a large graph
/// has hundreds of thousands of nodes, and a list each is an allocation each.
struct FileOutlines: Sendable {
    typealias Shape = NodeOutlines.Shape

    /// Where each node's id is written, by position; the text is the compiled node's.
    private var ids = NamePlaces()
    private var shapes: [Shape] = []
    /// Where every node's targets are written, node after node: a branch's cases' results, any
    /// other node's `next`; the texts are the compiled node's successors. Empty once their
    /// positions are known (`releaseTargets`).
    private var targets = NamePlaces()
    /// The targets kept when the others were let go, by index in the file's targets.
    private var keptTargets: [Int: SourceText]?
    /// How many targets the file's nodes name, all together, let go or not.
    private(set) var targetCount = 0
    /// Whether each target is a branch's `otherwise`.
    private var isFallback: [Bool] = []
    /// Where each node's targets end in `targets` (and `isFallback`).
    private var targetEnds = RunEnds()
    /// The variables each node binds, an `ask`'s variable or a `set`'s targets, by the position of
    /// their declaration (-1 for a name not declared, which nothing can read).
    private var binds: [Int32] = []
    private var bindEnds = RunEnds()
    /// The texts of each node that may hold placeholders, in the order `PlaceholderBindingRule`
    /// pairs them with the compiled templates: a `say`'s or `end`'s text; an `ask`'s prompt then
    /// help; an `emit`'s text then title.
    private var texts = PackedTexts()
    private var textEnds = RunEnds()
    /// `covers:` by position, for the nodes that have it (few).
    private var covers: [Int: [SourceText]] = [:]
    /// The file's compiled nodes by position (`nil` for a document that did not compile), whose
    /// ids and successors are the texts of `ids` and `targets`: given once the file is compiled,
    /// the same list the compiled nodes keep, not a copy.
    private var nodes: [Node?] = []

    var count: Int { ids.count }

    /// Where the node's targets stand among the file's.
    func targetRange(at position: Int) -> Range<Int> { targetEnds.range(of: position) }

    func id(at position: Int) -> SourceText {
        ids.kept(at: position) ?? ids.name(at: position, text: compiledID(at: position))
    }

    func idText(at position: Int) -> String {
        ids.kept(at: position)?.text ?? compiledID(at: position)
    }

    /// The id of the node compiled at `position`. Read in place: a copy of the node would retain
    /// its parts, at every one of the millions of reads of a large load.
    private func compiledID(at position: Int) -> String {
        guard position < nodes.count else { return "" }
        return nodes.withUnsafeBufferPointer { $0[position]?.id } ?? ""
    }

    /// The `place`-th successor of the node compiled at `position`, read in place.
    private func compiledTarget(at position: Int, _ place: Int) -> String {
        guard position < nodes.count else { return "" }
        return nodes.withUnsafeBufferPointer { $0[position]?.successor(at: place) } ?? ""
    }

    /// The text of the target at `index` among the file's, of the node at `position`.
    private func targetText(_ index: Int, of position: Int, from start: Int) -> String {
        targets.kept(at: index)?.text ?? compiledTarget(at: position, index - start)
    }

    /// The target at `index` among the file's, of the node at `position`, with its place.
    private func target(_ index: Int, of position: Int, from start: Int) -> SourceText {
        targets.kept(at: index) ?? targets.name(at: index, text: compiledTarget(at: position, index - start))
    }

    func shape(at position: Int) -> Shape { shapes[position] }

    /// Calls `body` with each target's index among the file's and its text alone, without
    /// making its `SourceText`; read before the texts are let go.
    func forEachTargetText(at position: Int, _ body: (Int, String) -> Void) {
        let range = targetEnds.range(of: position)
        for index in range { body(index, targetText(index, of: position, from: range.lowerBound)) }
    }

    /// The node's targets with the key that names each: all of them until the texts are let go,
    /// then those of the nodes kept (none for any other node).
    func namedTargets(at position: Int) -> [(key: String, target: SourceText)] {
        let isBranch = shapes[position] == .branch
        let range = targetEnds.range(of: position)
        return range.compactMap { index in
            let named = keptTargets == nil ? target(index, of: position, from: range.lowerBound) : keptTargets?[index]
            guard let target = named else { return nil }
            return (isBranch ? (isFallback[index] ? "otherwise" : "goto") : "next", target)
        }
    }

    /// Lets go of the targets but those of the nodes at `positions`, kept whole: once the rules
    /// have the positions the targets name, only a target that names no node is read again
    /// (PC012), with its text and place.
    mutating func releaseTargets(keepingThoseOf positions: some Sequence<Int>) {
        var kept: [Int: SourceText] = [:]
        for position in positions {
            let range = targetEnds.range(of: position)
            for index in range { kept[index] = target(index, of: position, from: range.lowerBound) }
        }
        keptTargets = kept
        targets = NamePlaces()
    }

    func binds(at position: Int) -> ArraySlice<Int32> {
        binds[bindEnds.range(of: position)]
    }

    func texts(at position: Int) -> PackedTexts.Slice {
        texts.slice(textEnds.range(of: position))
    }

    func covers(at position: Int) -> [SourceText] {
        covers[position] ?? []
    }

    /// - Parameters:
    ///   - compiled: the node compiled from the document, if it compiled: the names it holds as
    ///     written are read from it later (`readNames(from:)`), not kept twice.
    ///   - declaration: the position of a variable's declaration, if it is declared.
    mutating func append(_ document: NodeDocument, compiled: Node? = nil, declaration: (String) -> Int?) {
        func bind(_ name: SourceText) { binds.append(Int32(declaration(name.text) ?? -1)) }
        let position = shapes.count
        ids.append(document.id, textIsKept: compiled != nil)
        let targetsAreInNode = compiled.map { Self.names($0, asTargetsOf: document) } ?? false
        Self.forEachTarget(of: document) { target, isOtherwise in
            targets.append(target, textIsKept: targetsAreInNode)
            isFallback.append(isOtherwise)
        }
        switch document.kind {
        case .say(let text):
            shapes.append(.say)
            texts.append(text)
        case .ask(let variable, let prompt, let help):
            shapes.append(.ask)
            bind(variable)
            for text in [prompt, help] { if let text { texts.append(text) } }
        case .branch:
            shapes.append(.branch)
        case .set(let entries):
            shapes.append(.set)
            for entry in entries { bind(entry.variable) }
        case .emit(_, let title, let text):
            shapes.append(.emit)
            for text in [text, title] { if let text { texts.append(text) } }
        case .end(let text):
            shapes.append(.end)
            if let text { texts.append(text) }
        }
        if !document.covers.isEmpty { covers[position] = document.covers }
        targetCount = targets.count
        targetEnds.close(at: targetCount)
        bindEnds.close(at: binds.count)
        textEnds.close(at: texts.count)
    }

    /// Takes the file's compiled nodes, by position, to read the names from.
    mutating func readNames(from nodes: [Node?]) {
        self.nodes = nodes
    }

    /// Calls `body` with each target the document names, in the order the rules read them: a
    /// branch's cases' results (and whether each is an `otherwise`), any other node's `next`. A
    /// branch's `next` is reported as a key it may not have, and followed by no rule.
    private static func forEachTarget(of document: NodeDocument, _ body: (SourceText, _ isOtherwise: Bool) -> Void) {
        if case .branch(let cases, _) = document.kind {
            for entry in cases { body(entry.result, entry.when == nil) }
        } else if let next = document.next {
            body(next, false)
        }
    }

    /// Whether the node's successors are the document's targets, text for text and in order (not
    /// so for a branch whose `otherwise` is not last, or an `end` given a `next`).
    private static func names(_ node: Node, asTargetsOf document: NodeDocument) -> Bool {
        var count = 0
        var same = true
        forEachTarget(of: document) { target, _ in
            if same, node.successor(at: count) != target.text { same = false }
            count += 1
        }
        return same && node.successor(at: count) == nil
    }
}
