import CMalloc
@testable import DialogueAuthoring
@testable import DialogueCore
import Testing

/// What keeps a large load's memory down, where a test can see it: compact scalars and options
/// with no spare room. Each test fails if that part is undone.
struct LoadMemoryTests {
    @Test func aScalarIsThirtyTwoBytesAndKeepsItsPlaceInTheFile() {
        #expect(MemoryLayout<SourceText>.stride == 32)
        let file = SourceFilePath("dialogues/10-intake.yaml")
        let quoted = SourceText(text: "when it is", file: file, line: 7, column: 12, contentLine: 7, contentColumn: 13)
        #expect(quoted.location.description == "dialogues/10-intake.yaml:7:12")
        #expect(quoted.location(atOffset: 5).description == "dialogues/10-intake.yaml:7:18")
        #expect(quoted.location(line: 2, column: 3).description == "dialogues/10-intake.yaml:8:15")
        // A folded text maps every position to where it starts, at line 0 of its content too.
        for contentLine in [0, 1, 9] {
            let folded = SourceText(text: "a b", file: file, line: 3, column: 4, contentLine: contentLine, contentColumn: 5, isMappable: false)
            #expect(!folded.isMappable)
            #expect(folded.contentLine == contentLine)
            #expect(folded.location(atOffset: 2).description == "dialogues/10-intake.yaml:3:4")
        }
        let atLineZero = SourceText(text: "", file: file, line: 3, column: 4, contentLine: 0, contentColumn: 0)
        #expect(atLineZero.isMappable)
        #expect(atLineZero.contentLine == 0)
    }

    /// Places at the edges of the packed word and past them (kept in a box): each reads back as given.
    @Test(arguments: [
        (line: 4_194_303, column: 1_048_575, contentLine: 4_194_303 + 510, contentColumn: 4095, packs: true),
        (line: 4_194_304, column: 1, contentLine: 4_194_304, contentColumn: 2, packs: false),
        (line: 3, column: 1_048_576, contentLine: 3, contentColumn: 1, packs: false),
        (line: 3, column: 4, contentLine: 3 + 511, contentColumn: 1, packs: false),
        (line: 10, column: 4, contentLine: 9, contentColumn: 5, packs: false),
        (line: 3, column: 4, contentLine: 3, contentColumn: 4096, packs: false),
        (line: 10, column: 4, contentLine: 0, contentColumn: 0, packs: true),
        (line: 0, column: 0, contentLine: 0, contentColumn: 0, packs: true),
    ])
    func aScalarFarIntoItsFileKeepsItsPlace(_ place: (line: Int, column: Int, contentLine: Int, contentColumn: Int, packs: Bool)) {
        let file = SourceFilePath("dialogues/big.yaml")
        for isMappable in [true, false] {
            let numbers = ScalarPlace(line: Int32(place.line), column: Int32(place.column), contentLine: Int32(place.contentLine),
                                      contentColumn: Int32(place.contentColumn), isMappable: isMappable)
            #expect((PackedPlace(numbers) != nil) == place.packs)
            if place.packs { #expect(PackedPlace(numbers)?.place == numbers) }
            let text = SourceText(text: "a b", file: file, line: place.line, column: place.column, contentLine: place.contentLine,
                                  contentColumn: place.contentColumn, isMappable: isMappable)
            #expect(text.location == SourceLocation(file: "dialogues/big.yaml", line: place.line, column: place.column))
            #expect(text.contentLine == place.contentLine)
            #expect(text.contentColumn == place.contentColumn)
            #expect(text.isMappable == isMappable)
            let inside = isMappable ? SourceLocation(file: "dialogues/big.yaml", line: place.contentLine + 1, column: place.contentColumn + 2) : text.location
            #expect(text.location(line: 2, column: 3) == inside)
            let again = SourceText(text: "a b", file: SourceFilePath("dialogues/big.yaml"), line: place.line, column: place.column,
                                   contentLine: place.contentLine, contentColumn: place.contentColumn, isMappable: isMappable)
            #expect(text == again)
            #expect(text.hashValue == again.hashValue)
        }
    }

    @Test func scalarsOfTheSameFileAndPlaceAreEqualWhicheverNameTheyShare() {
        let one = SourceText(text: "x", file: SourceFilePath("a.yaml"), line: 1, column: 1, contentLine: 1, contentColumn: 1)
        let other = SourceText(text: "x", file: SourceFilePath("a.yaml"), line: 1, column: 1, contentLine: 1, contentColumn: 1)
        let elsewhere = SourceText(text: "x", file: SourceFilePath("b.yaml"), line: 1, column: 1, contentLine: 1, contentColumn: 1)
        #expect(one == other)
        #expect(one.hashValue == other.hashValue)
        #expect(one != elsewhere)
    }

    @Test func aChoiceKeepsNoRoomBeyondItsOptions() throws {
        let yaml = """
            start: pick
            variables:
              pick:
                type: choice
                label: A pick
                options: [a, b, c, d, e]
            nodes:
              - id: pick
                ask: pick
                prompt: Which?
                next: done
              - id: done
                end: Done.
            """
        let result = GraphCompiler.compile([DialogueSource(path: "dialogues/one.yaml", text: yaml)])
        let graph = try #require(result.graph, "\(result.diagnostics)")
        guard case .choice(let options)? = graph.variable("pick")?.kind else {
            Issue.record("pick is not a choice")
            return
        }
        #expect(options.count == 5)
        // Grown one by one, five options had room for eight, in each of a large graph's questions.
        #expect(options.capacity < 8)
    }

    /// Most nodes of a large graph are `set` and `branch` nodes: their list and id are kept in
    /// the node, three words, where a box of 48 bytes each was allocated before.
    @Test func aSetOrABranchNeedsNoBoxOfItsOwn() {
        #expect(MemoryLayout<NodeKind>.size == 3 * MemoryLayout<Int>.size)
        #expect(MemoryLayout<Node>.stride == 6 * MemoryLayout<Int>.size)
    }

    /// A text without tags, as most are, is kept as written and nothing more: every `say` and
    /// `ask` node of a large graph holds one or two, where a template was six words.
    @Test func aTemplateIsThreeWords() throws {
        #expect(MemoryLayout<Template>.size == 3 * MemoryLayout<Int>.size)
        #expect(MemoryLayout<Template?>.size == 3 * MemoryLayout<Int>.size)
        let plain = try Template.compile("Plain prose, long enough to need a text of its own.").get()
        #expect(plain.fixedText == plain.source && plain.placeholders.isEmpty)
        let commented = try Template.compile("Shown {{! not this }}as is.").get()
        #expect(commented.fixedText == "Shown as is." && commented.placeholders.isEmpty)
        let reading = try Template.compile("Hello {{name}}, {{#late}}late{{/late}}").get()
        #expect(reading.fixedText == nil && reading.placeholders == ["name", "late"])
    }

    /// A declaration keeps its default, placeholder, derivation and redaction apart, as most
    /// have none: eight words, where a large graph declares tens of thousands of choices. They
    /// read, compare and hash as given.
    @Test func aDeclarationIsEightWordsAndReadsAsGiven() {
        #expect(MemoryLayout<VariableDecl>.stride == 8 * MemoryLayout<Int>.size)
        let plain = VariableDecl(name: "home_state", label: "Home state", kind: .text(maxLength: 40))
        #expect(plain.placeholder == "home state" && plain.defaultValue == nil && plain.derivation == nil)
        #expect(plain.redaction == .none && !plain.isInPlan)
        let spelledOut = VariableDecl(name: "home_state", label: "Home state", kind: .text(maxLength: 40), placeholder: "home state")
        #expect(spelledOut == plain && spelledOut.hashValue == plain.hashValue)
        let rare = VariableDecl(
            name: "score", label: "Score", kind: .integer(min: 1, max: 300), isOptional: true, defaultValue: .value(.integer(240)),
            placeholder: "your score", derivation: nil, redaction: .sensitive, isInPlan: true)
        #expect(rare.defaultValue == .value(.integer(240)) && rare.placeholder == "your score")
        #expect(rare.redaction == .sensitive && rare.isInPlan && rare.isOptional)
        let other = VariableDecl(
            name: "score", label: "Score", kind: .integer(min: 1, max: 300), isOptional: true, defaultValue: .value(.integer(240)),
            placeholder: "your score", redaction: .identity, isInPlan: true)
        #expect(rare != other)
    }

    /// A question's plan keeps what the engine reads of the node and the declaration at every
    /// visit, not copies of both (408 bytes a plan before, for each of a large graph's
    /// questions), nor the label and default it reads from the declaration when needed (184).
    @Test func aQuestionsPlanKeepsNoCopyOfItsNodeOrDeclaration() throws {
        let yaml = """
            start: pick
            variables:
              pick:
                type: choice
                label: A pick with a label long enough to need a text of its own
                options: [a, b, c]
                default: b
              name:
                type: text
                label: Your name
                optional: true
            nodes:
              - id: pick
                ask: pick
                prompt: Which one of the three would you pick, if you had to pick one today?
                help: Any of them will do; this is only a test of the plan.
                next: name
              - id: name
                ask: name
                prompt: "And your name, {{pick}} picker?"
                next: done
              - id: done
                end: Done.
            """
        let result = GraphCompiler.compile([DialogueSource(path: "dialogues/one.yaml", text: yaml)])
        let graph = try #require(result.graph, "\(result.diagnostics)")
        let plans = graph.storage.table.questions
        #expect(plans.count == 2)
        let fixed = try #require(plans.first)
        #expect(fixed.fixedQuestion != nil)
        #expect(fixed.defaultText == "b")
        #expect(plans.last?.fixedQuestion == nil)
        #if os(Linux)
        let bytes = malloc_usable_size(Unmanaged.passUnretained(fixed).toOpaque())
        #expect(bytes <= 152, "a plan takes \(bytes) bytes")
        #endif
    }

    /// A branch on a choice keeps its variable, its keys and its targets, not a comparison of 48
    /// bytes a case; the keys' list is kept once for the file's branches on the same keys.
    @Test func aBranchOnAChoiceKeepsNoConditionOfItsOwn() throws {
        let yaml = """
            start: pick
            variables:
              pick: {type: choice, label: A pick, options: [a, b]}
              again: {type: choice, label: Again, options: [a, b]}
            nodes:
              - id: pick
                ask: pick
                prompt: Which?
                next: route
              - id: route
                branch:
                  - when: pick == a
                    goto: again
                  - when: pick == b
                    goto: done
                  - otherwise: done
              - {id: again, ask: again, prompt: Again?, next: reroute}
              - id: reroute
                branch: [{when: again == a, goto: done}, {when: again == b, goto: pick}, {otherwise: done}]
              - id: done
                end: Done.
            """
        let result = GraphCompiler.compile([DialogueSource(path: "dialogues/one.yaml", text: yaml)])
        let graph = try #require(result.graph, "\(result.diagnostics)")
        guard case .branch(let route, _)? = graph.node("route")?.kind, case .branch(let reroute, _)? = graph.node("reroute")?.kind else {
            Issue.record("route and reroute are not branches")
            return
        }
        #expect(route.isKeptOnOneVariable && reroute.isKeptOnOneVariable)
        let kept = try #require(route.onOneVariable)
        #expect(kept.variable == "pick")
        #expect(kept.literals == [.choice("a"), .choice("b")])
        let keys = try #require(reroute.onOneVariable?.literals)
        #expect(kept.literals.withUnsafeBufferPointer { $0.baseAddress } == keys.withUnsafeBufferPointer { $0.baseAddress })
        // Read as cases, they are what the conditions would have made.
        #expect(route.map(\.target) == ["again", "done"])
        #expect(route[1].condition == .compare(.equal, .variable("pick"), .literal(.choice("b"))))
    }
}
