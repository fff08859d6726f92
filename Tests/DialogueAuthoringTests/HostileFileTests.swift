import DialogueAuthoring
import DialogueCore
import Foundation
import Testing

/// Files no author writes, made to crash, hang or flood: each is refused with one diagnostic
/// at a file:line:column, quickly.
struct HostileFileTests {
    static let billionLaughs = """
        start: a
        lol0: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
        lol1: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
        lol2: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
        lol3: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
        lol4: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
        lol5: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
        lol6: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
        lol7: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
        lol8: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]
        ? [*i, *i, *i, *i, *i, *i, *i, *i, *i]
        : boom
        ? [*i, *i, *i, *i, *i, *i, *i, *i, *i]
        : boom

        """

    func compile(_ text: String) -> [String] {
        // PC008 (no start node) follows from the refusal; it is not what is tested.
        GraphCompiler.compile([DialogueSource(path: "x.yaml", text: text)]).errors.filter { $0.code != .startMissing }.map {
            "\($0.code.rawValue) \($0.location.line):\($0.location.column)"
        }
    }

    /// Seconds `work` takes: the limits must hold without a hang.
    func seconds(_ work: () -> Void) -> Double {
        let clock = ContinuousClock()
        let elapsed = clock.measure(work)
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    @Test func billionLaughsIsRefusedAtItsFirstAnchorAtOnce() {
        var found: [String] = []
        #expect(seconds { found = compile(Self.billionLaughs) } < 2)
        #expect(found == ["PC025 2:7"])
    }

    @Test func anAnchorWithoutAliasIsAlsoRefused() {
        #expect(compile("start: a\nnodes:\n  - &n\n    id: a\n    end: Bye.\n") == ["PC025 3:5"])
    }

    @Test(arguments: [
        ("flow", "start: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "\n"),
        ("block", (0..<200).map { String(repeating: " ", count: $0) + "k\($0):" }.joined(separator: "\n") + " x\n"),
        ("dashes", "start: a\nnodes:\n" + String(repeating: "- ", count: 50_000) + "x\n"),
    ])
    func deepNestingIsRefusedWithoutRecursion(_ name: String, _ text: String) {
        let found = compile(text)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("PC026 ") == true, "\(found)")
    }

    @Test func nestingAsDeepAsTheFormatNeedsIsAccepted() {
        let text = "start: a\nx: " + String(repeating: "[", count: YAMLGuard.maximumDepth - 1) + String(repeating: "]", count: YAMLGuard.maximumDepth - 1) + "\n"
        #expect(YAMLGuard.problem(in: text) == nil)
    }

    @Test func aFileOverOneMiBIsRefusedUnread() throws {
        let data = Data(("# " + String(repeating: "x", count: DialogueFileReader.maximumFileBytes) + "\n").utf8)
        let diagnostic = try #require(DialogueFileReader.source(path: "big.yaml", data: data).failure)
        #expect(diagnostic.description == "big.yaml:1:1: error: [PC027] the file is larger than 1 MiB, the limit for one dialogue file; split it into parts")
    }

    @Test func invalidUTF8IsRefusedWhereItIs() throws {
        let data = Data("start: a\nnodes: caf".utf8) + Data([0xC3, 0x28]) + Data("\n".utf8)
        let diagnostic = try #require(DialogueFileReader.source(path: "latin.yaml", data: data).failure)
        #expect(diagnostic.code == .notUTF8)
        #expect("\(diagnostic.location)" == "latin.yaml:2:11")
    }

    @Test func moreVariablesOrNodesThanAnyAuthorWritesAreRefusedAtTheFirstOneTooMany() {
        let variables = "start: a\nvariables:\n" + (0...500).map { "  v\($0):\n    type: yes_no\n" }.joined()
        #expect(compile(variables) == ["PC029 1003:3"])
        let nodes = "start: n0\nnodes:\n" + (0...5000).map { "  - id: n\($0)\n    end: Bye.\n" }.joined()
        #expect(compile(nodes) == ["PC029 10003:9"])
    }

    @Test func aLongChainOfSayNodesIsCheckedWithoutDeepRecursion() {
        let count = 4999  // one under the limit on nodes (PC029)
        let chain = "start: n0\nnodes:\n" + (0..<count).map { "  - id: n\($0)\n    say: Hi.\n    next: n\($0 + 1)\n" }.joined()
            + "  - id: n\(count)\n    end: Bye.\n"
        var found: [String] = ["not run"]
        #expect(seconds { found = compile(chain) } < 30)
        #expect(found == [])
    }

    @Test func aShippedFileReadsUnchanged() throws {
        let text = "start: a\nnodes:\n  - id: a\n    end: Café ☕.\n"
        let source = try DialogueFileReader.source(path: "ok.yaml", data: Data(text.utf8)).get()
        #expect(source.text == text)
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
