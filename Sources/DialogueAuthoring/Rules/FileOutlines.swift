import DialogueCore

/// What the graph rules read of one file's nodes as written (see `NodeOutlines`), each part with
/// where it is written: ids, targets, the variables each node binds, its texts and content ids.
///
/// Kept in a few flat arrays, node after node, not a record with lists per node: a large graph
/// has hundreds of thousands of nodes, and a list each is an allocation each.
struct FileOutlines: Sendable {
    typealias Shape = NodeOutlines.Shape

    /// Each node's id as written, by position.
    private var ids = PackedTexts()
    private var shapes: [Shape] = []
    /// Every node's targets, node after node: a branch's cases' results, any other node's `next`.
    /// Empty once their positions are known (`releaseTargetTexts`).
    private var targets = PackedTexts()
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

    var count: Int { ids.count }

    /// Where the node's targets stand among the file's.
    func targetRange(at position: Int) -> Range<Int> { targetEnds.range(of: position) }

    func id(at position: Int) -> SourceText { ids[position] }

    func idText(at position: Int) -> String { ids.text(at: position) }

    func shape(at position: Int) -> Shape { shapes[position] }

    /// The targets' texts alone, without making their `SourceText`s; read before they are let go.
    func targetTexts(at position: Int) -> LazyMapCollection<Range<Int>, String> {
        targetEnds.range(of: position).lazy.map { [targets] in targets.text(at: $0) }
    }

    /// The node's targets with the key that names each: all of them until the texts are let go,
    /// then those of the nodes kept (none for any other node).
    func namedTargets(at position: Int) -> [(key: String, target: SourceText)] {
        let isBranch = shapes[position] == .branch
        return targetEnds.range(of: position).compactMap { index in
            guard let target = keptTargets == nil ? targets[index] : keptTargets?[index] else { return nil }
            return (isBranch ? (isFallback[index] ? "otherwise" : "goto") : "next", target)
        }
    }

    /// Lets go of the targets' texts but those of the nodes at `positions`: once the rules have
    /// the positions the targets name, only a target that names no node is read again (PC012).
    /// On a large graph the texts are a tenth of what a load holds at its peak.
    mutating func releaseTargetTexts(keepingThoseOf positions: some Sequence<Int>) {
        var kept: [Int: SourceText] = [:]
        for position in positions {
            for index in targetEnds.range(of: position) { kept[index] = targets[index] }
        }
        keptTargets = kept
        targets = PackedTexts()
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

    /// - Parameter declaration: the position of a variable's declaration, if it is declared.
    mutating func append(_ document: NodeDocument, declaration: (String) -> Int?) {
        func bind(_ name: SourceText) { binds.append(Int32(declaration(name.text) ?? -1)) }
        let position = ids.count
        ids.append(document.id)
        switch document.kind {
        case .say(let text):
            shapes.append(.say)
            texts.append(text)
        case .ask(let variable, let prompt, let help):
            shapes.append(.ask)
            bind(variable)
            for text in [prompt, help] { if let text { texts.append(text) } }
        case .branch(let cases, _):
            shapes.append(.branch)
            for entry in cases {
                targets.append(entry.result)
                isFallback.append(entry.when == nil)
            }
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
        // A branch's `next` is reported as a key it may not have, and followed by no rule.
        if let next = document.next, shapes[position] != .branch {
            targets.append(next)
            isFallback.append(false)
        }
        if !document.covers.isEmpty { covers[position] = document.covers }
        targetCount = targets.count
        targetEnds.close(at: targetCount)
        bindEnds.close(at: binds.count)
        textEnds.close(at: texts.count)
    }
}
