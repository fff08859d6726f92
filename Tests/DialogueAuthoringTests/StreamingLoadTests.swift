@testable import DialogueAuthoring
import DialogueCore
import Testing

/// A load compiles each file's nodes as they are read, once the files that may declare variables
/// are read: what it finds and builds must not depend on which file declares, which file comes
/// first, or which thread reads it.
struct StreamingLoadTests {
    static let declarations = """
        start: a
        variables:
          mood:
            type: choice
            options: [calm, tense]

        """
    static let nodes = """
        nodes:
          - id: a
            ask: mood
            prompt: How do you feel?
            next: b
          - id: b
            say: You said {{mood}}.
            next: c
          - id: c
            end: Done.

        """

    /// Serial, then on two threads: every finding as printed, and the graph's node ids.
    static func compiled(_ sources: [DialogueSource]) -> [(findings: [String], nodes: [NodeID]?)] {
        [nil, 0].map { parallelFromBytes in
            let result = GraphCompiler.compile(sources, limits: .authored, parallelFromBytes: parallelFromBytes, helper: true)
            return (result.diagnostics.map(\.description), result.graph?.nodeOrder)
        }
    }

    @Test func aFileMayDeclareWhenItNamesADeclaringKeyOrEscapesAnything() {
        #expect(DeclarationScan.mayDeclare("variables:\n  x: {type: yes_no}\n"))
        #expect(DeclarationScan.mayDeclare("derived: {}\n"))
        #expect(DeclarationScan.mayDeclare("{start: a, variables: {}}"))
        #expect(DeclarationScan.mayDeclare("\"\\x76ariables\": {}\n"))
        #expect(DeclarationScan.mayDeclare("nodes:\n  - id: a\n    say: a word ending the file: variables"))
        #expect(!DeclarationScan.mayDeclare(Self.nodes))
        #expect(!DeclarationScan.mayDeclare("variable: x\nderive: y\nvariable"))
        #expect(!DeclarationScan.mayDeclare(""))
        // Across the eight-byte steps of the scan, and in its last few bytes.
        for prefix in 0..<12 {
            let padding = String(repeating: "x", count: prefix)
            #expect(DeclarationScan.mayDeclare(padding + "variables: {}"), "\(prefix)")
            #expect(DeclarationScan.mayDeclare(padding + "derived"), "\(prefix)")
            #expect(DeclarationScan.mayDeclare(padding + "\\"), "\(prefix)")
            #expect(!DeclarationScan.mayDeclare(padding + "vvariablederive vvv derivevariable"), "\(prefix)")
        }
    }

    /// The nodes come first, in a file that declares nothing; the declarations after, in a file
    /// whose key is spelt with an escape, which only YAML reads as `variables`.
    @Test func declarationsInALaterFileAreKnownToTheNodesBeforeThem() {
        let escaped = Self.declarations.replacingOccurrences(of: "variables:", with: "\"\\x76ariables\":")
        for declaring in [Self.declarations, escaped] {
            let sources = [DialogueSource(path: "d/10-nodes.yaml", text: Self.nodes), DialogueSource(path: "d/90-vars.yaml", text: declaring)]
            for (findings, nodes) in Self.compiled(sources) {
                #expect(findings == [])
                #expect(nodes == ["a", "b", "c"])
            }
        }
    }

    /// The fast scanner gives up on the file of nodes halfway (a plain text on two lines), and
    /// libyaml reads it again from its start: the nodes compiled before are not kept twice.
    @Test func aFileOfNodesReadAgainByLibYAMLIsCompiledOnce() {
        let nodes = Self.nodes.replacingOccurrences(of: "    say: You said {{mood}}.\n", with: "    say: You said\n      {{mood}}.\n")
        #expect(YAMLFastScannerDifferentialTests.events(nodes, fast: true) == nil)
        let sources = [DialogueSource(path: "d/10-vars.yaml", text: Self.declarations), DialogueSource(path: "d/20-nodes.yaml", text: nodes)]
        for (findings, nodes) in Self.compiled(sources) {
            #expect(findings == [])
            #expect(nodes == ["a", "b", "c"])
        }
    }

    /// A repeat of an id in another file than its first, read on the other thread, is reported
    /// once (PC007), and what its own body has wrong is not.
    @Test func anIDRepeatedInAnotherFileIsReportedAndItsBodyIsNot() {
        let repeated = """
            nodes:
              - id: b
                say: "{{#broken}"
                next: nowhere
              - id: d
                end: Unreached.

            """
        let sources = [
            DialogueSource(path: "d/10-vars.yaml", text: Self.declarations), DialogueSource(path: "d/20-nodes.yaml", text: Self.nodes),
            DialogueSource(path: "d/30-more.yaml", text: repeated),
        ]
        for (findings, _) in Self.compiled(sources) {
            #expect(findings == [
                "d/30-more.yaml:2:9: error: [PC007] node id 'b' is already used at d/20-nodes.yaml:6:9",
                "d/30-more.yaml:5:9: error: [PC015] node 'd' cannot be reached from the start; nothing leads to it",
            ])
        }
    }

    /// Far along its line a text's place does not pack into a word; the outlines keep it whole,
    /// and a finding there is placed exactly.
    @Test func aTargetFarAlongItsLineIsPlacedExactly() {
        let padding = String(repeating: "x", count: 5_000)
        let nodes = "nodes:\n  - {id: a, say: \"\(padding)\", next: nowhere}\n"
        let sources = [DialogueSource(path: "d/10-vars.yaml", text: Self.declarations), DialogueSource(path: "d/20-nodes.yaml", text: nodes)]
        for (findings, _) in Self.compiled(sources) {
            #expect(findings == ["d/20-nodes.yaml:2:\(5_000 + 28): error: [PC012] 'next' names 'nowhere', which is not a node"])
        }
    }

    /// Each declaring file's declarations are compiled alone, on either thread: a name declared
    /// again in another file is reported once (PC006), and what its repeat has wrong is not; a
    /// derived value reads a variable declared in a later file.
    @Test func declarationsAreJoinedAcrossFilesInFileOrder() {
        let derived = "derived:\n  tense:\n    type: yes_no\n    value: mood == tense\n"
        let again = "variables:\n  mood:\n    type: feeling\n"
        let sources = [
            DialogueSource(path: "d/10-derived.yaml", text: derived), DialogueSource(path: "d/20-vars.yaml", text: Self.declarations),
            DialogueSource(path: "d/25-again.yaml", text: again), DialogueSource(path: "d/30-nodes.yaml", text: Self.nodes),
        ]
        for (findings, nodes) in Self.compiled(sources) {
            #expect(findings == ["d/25-again.yaml:2:3: error: [PC006] 'mood' is already declared at d/20-vars.yaml:3:3"])
            #expect(nodes == nil)
        }
    }

    /// On two threads each half of the nodes resolves its own targets into one list: targets that
    /// name no node, in both halves, are reported and left out, and what they would reach is
    /// found from the nodes they most likely mean, as on one thread.
    @Test func targetsThatNameNoNodeInBothHalvesAreFoundAlike() {
        let nodes = """
            nodes:
              - id: a
                ask: mood
                prompt: How do you feel?
                next: bb
              - id: b
                say: First.
                next: c
              - id: c
                say: Second.
                next: dd
              - id: d
                end: Done.
              - id: e
                end: Never reached.

            """
        let sources = [DialogueSource(path: "d/10-vars.yaml", text: Self.declarations), DialogueSource(path: "d/20-nodes.yaml", text: nodes)]
        for (findings, nodes) in Self.compiled(sources) {
            #expect(findings == [
                "d/20-nodes.yaml:5:11: error: [PC012] 'next' names 'bb', which is not a node; did you mean 'b'?",
                "d/20-nodes.yaml:11:11: error: [PC012] 'next' names 'dd', which is not a node; did you mean 'd'?",
                "d/20-nodes.yaml:14:9: error: [PC015] node 'e' cannot be reached from the start; nothing leads to it",
            ])
            #expect(nodes == nil)
        }
    }

    /// Once the edges are known the targets go, but for the nodes that name a missing
    /// node, whose texts and places the finding needs (PC012).
    @Test func theTargetsGoButThoseOfTheNodesKept() throws {
        let (document, found) = DocumentReader.read(file: "d/20-nodes.yaml", source: Self.nodes)
        #expect(found.isEmpty)
        var file = FileOutlines()
        for node in document.nodes { file.append(node) { _ in nil } }
        var outlines = NodeOutlines()
        outlines.append(file)
        #expect(outlines.namedTargets(at: 0).map(\.target.text) == ["b"])
        outlines.releaseTargets(keepingThoseOf: [1])
        #expect(outlines.namedTargets(at: 0).isEmpty)
        let kept = try #require(outlines.namedTargets(at: 1).first)
        #expect(kept.key == "next")
        #expect(kept.target.text == "c")
        #expect(kept.target.location.description == "d/20-nodes.yaml:8:11")
        // Where each node's targets stand is known still.
        #expect(outlines.targetCount == 2)
        #expect(outlines.targetRange(at: 1) == 1..<2)
    }

    /// The outlines read a node's id and targets from its compiled node, where the node holds
    /// them as written; a branch whose `otherwise` is not last holds them in another order, and
    /// its targets are kept as written, each finding at its own target.
    @Test func aTargetIsReportedAtItsOwnPlaceWhateverTheOrderOfTheCompiledNode() {
        let nodes = """
            nodes:
              - {id: a, ask: mood, prompt: "How do you feel?", next: b}
              - id: b
                branch:
                  - when: mood == calm
                    goto: c
                  - otherwise: c
                  - when: mood == tense
                    goto: nowhere
              - {id: c, end: Done.}

            """
        let sources = [DialogueSource(path: "d/10-vars.yaml", text: Self.declarations), DialogueSource(path: "d/20-nodes.yaml", text: nodes)]
        for (findings, _) in Self.compiled(sources) {
            #expect(findings.contains("d/20-nodes.yaml:9:15: error: [PC012] 'goto' names 'nowhere', which is not a node"), "\(findings)")
            #expect(!findings.contains { $0.contains("names 'c'") }, "\(findings)")
        }
    }

    @Test func eachValueIsTakenOnceAndPeekingLeavesIt() {
        let values = TakeOnce(["first", nil, "third"])
        #expect(values.count == 3)
        #expect(values.peek(0) == "first")
        #expect(values.take(0) == "first")
        #expect(values.take(0) == nil)
        #expect(values.peek(0) == nil)
        #expect(values.take(1) == nil)
        #expect(values.peek(2) == "third")
        #expect(values.take(2) == "third")
    }
}
