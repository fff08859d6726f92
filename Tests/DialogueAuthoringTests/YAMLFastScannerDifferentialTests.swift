@testable import DialogueAuthoring
import Foundation
import Testing

/// The fast scanner against libyaml: on every text, either it gives up (and libyaml reads the
/// text) or it gives exactly libyaml's events, with the same texts, styles, tags, marks and
/// content positions. The shipped dialogues and the benchmark graph must not fall back.
struct YAMLFastScannerDifferentialTests {
    static let snippets: [String] = [
        "", "\n\n", "# only a comment\n", "a: 1", "a: 1\n", "a:\n", "a:", "- a\n- b\n", "- a\n-\n", "hello\n",
        "a: \"x \\\" y \\\\ z \\n \\t \\u00e9 \\x41 \\U0001F600 \\/ \\N \\_ \\L \\P \\0 \\e \\ \"\n",
        "a: \"bad \\q\"\n", "a: \"\\ud800\"\n", "a: \"\\x4\"\n", "a: \"tail \\\n  next\"\n",
        "a: 'it''s'\nb: 'ab'''\nc: ''''\nd: ''\ne: \"\"\n", "a: 'x: y'\nb: \"k: v # not a comment\"\n",
        "a: \"folded\n  over lines\"\n", "a: 'folded\n\n  twice'\n",
        "a: plain\n  continued\nb: 1\n", "a: plain # comment\n  more\n", "a: plain\n  # comment\nb: 2\n",
        "a: |\n  one\n  two\n", "a: |-\n  one\n\n", "a: |+\n  one\n\n\nb: 1\n", "a: |\n  one\n\n\n",
        "a: >\n  one\n  two\n\n  three\n    indented\n  four\n", "a: >-\n  x\n  y\n", "a: >+\n  x\n\n",
        "a: |2\n   three\n  two\n", "a: |-2\n    x\n", "a: |2-\n    x\n", "a: |0\n x\n", "a: |x\n  y\n",
        "a: |\n\n  after blank\n", "a: |\n     \n  short\n", "a: |\n  x\n   \n  y\n", "a: |\nb: 1\n", "a: |",
        "a: | # comment\n  text\n", "a: |#c\n  text\n", "- |\n  item\n- >\n  folded\n", "- a: |\n    x\n  b: 2\n",
        "a: 1 # comment\nb: value   \nc:   spaced   # c\n", "key with spaces: v\n'quoted key': 1\n\"dq key\" : 2\n",
        "a: x:y\nb: http://x.y/z\nc: a#b\nd: -1\n", "e: - x\n", "a: b: c\n", "a: Note:\n", "a:b\n",
        "a:\n- x\n- y\nb: 1\n", "a:\n  - x\n  - y\nb:\n- z\n", "- a: 1\n  b:\n  - x\n  c: 2\n- d: 3\n",
        "nodes:\n  - id: n\n    branch:\n      - when: a == 1\n        goto: b\n      - otherwise: c\n",
        "a: [x, 'y', \"z w\", v 1]\nb: []\nc: {}\nd: [ ]\ne: { }\n", "a: [x,]\n", "a: [x, [y]]\n",
        "a: [x\n  , y]\n", "a: [a: b]\n", "a: {b: c}\n", "a: [x] # c\n", "a: [x] y\n", "a: [-1]\n",
        "- {label: A b, value: 500, source: X 2026}\n- {'q': \"v\", k:  v  }\n", "a: {k: v,}\n", "a: {k}\n", "a: {k:v}\n",
        "a: {k: [v]}\n", "a: {k: v: w}\n", "a: {\"k\":v}\n", "a: {k: v, k: w}\n", "a: {k: }\n", "a: {k: v] }\n",
        "a: é\nü: \"ö {{x}}\"\n日本: [語, 'é']\nb: é # c\n", "a: \u{301}x\n", "a: |\n  \u{301}x\n",
        "a: 1\n---\nb: 2\n", "---\na: 1\n", "a: 1\n...\n", "%YAML 1.1\n---\na: 1\n", "? a\n: 1\n",
        "a: &x 1\nb: *x\n", "a: !!str 1\n", "!x a: 1\n", "a: @x\n", "a: `x\n", "a:\t1\n", "a: 1\r\n",
        "\u{FEFF}a: 1\n", "a: \u{85}\n", "a: x\u{2028}y\n", "a: \u{01}\n", "  a: 1\n  b: 2\n",
        "a:\n    b: 1\n  c: 2\n", "a: 1\n b: 2\n", "a: 1\n- b\n", "- a\nb: 1\n", "a: 1\na: 2\n",
        "a:\n  b:\n    c:\n      d: [1]\n", String(repeating: "- ", count: 40) + "x\n",
        (0..<34).map { String(repeating: " ", count: $0 * 2) + "k\($0):\n" }.joined() + String(repeating: " ", count: 68) + "v: 1\n",
        (0..<31).map { String(repeating: " ", count: $0 * 2) + "k\($0):\n" }.joined() + String(repeating: " ", count: 62) + "v: [1]\n",
        (0..<30).map { String(repeating: " ", count: $0 * 2) + "k\($0):\n" }.joined() + String(repeating: " ", count: 60) + "v: [1]\n",
        "a: " + String(repeating: "x", count: 1100) + "\n", String(repeating: "k", count: 1100) + ": 1\n",
        "a: x\n\n\n# trailing\n", "a: x\n  \n", "a: \"x\" # c\n", "b: 'y'#c\n", "a: \"x\"y\n", "- \"q\": 1\n  r: 2\n",
    ]

    @Test func everyYAMLFileOfTheRepositoryGivesLibYAMLsEventsOrFallsBack() throws {
        let texts = YAMLComposerDifferentialTests.repositoryTexts() + (try Self.benchmarkTexts())
        #expect(texts.count >= 43)
        for (name, text) in texts { expectSameAsLibYAML(text, name) }
    }

    @Test(arguments: snippets)
    func aTrickyTextGivesLibYAMLsEventsOrFallsBack(_ text: String) {
        expectSameAsLibYAML(text, text)
    }

    /// A scanner that gave up on everything would pass the tests above.
    @Test func theShippedDialoguesAndTheBenchmarkGraphAreReadWithoutLibYAML() throws {
        let dialogues = AnswersReaderTests.root.appendingPathComponent("dialogues")
        let names = try FileManager.default.contentsOfDirectory(atPath: dialogues.path).filter { $0.hasSuffix(".yaml") }
        #expect(names.count >= 10)
        for name in names {
            let text = try String(contentsOf: dialogues.appendingPathComponent(name), encoding: .utf8)
            #expect(Self.events(text, fast: true) != nil, "\(name) fell back to libyaml near line \(Self.lineReached(text))")
        }
        for (name, text) in try Self.benchmarkTexts() {
            #expect(Self.events(text, fast: true) != nil, "\(name) fell back to libyaml near line \(Self.lineReached(text))")
        }
        #expect(Self.events("a: 1\n---\nb: 2\n", fast: true) == nil)
    }

    /// The reader starts again on libyaml's events when the fast scanner gives up halfway
    /// through a file: what it read before is not kept twice.
    @Test func aFileTheScannerGivesUpOnHalfwayIsReadOnceAsLibYAMLReadsIt() {
        let text = "start: a\nnodes:\n  - id: a\n    say: hello\n    colour: red\n    next: b\n  - id: b\n    say: hello\n      there\n    next: a\n"
        #expect(Self.events(text, fast: true) == nil)
        let (document, diagnostics) = DocumentReader.read(file: "x.yaml", source: text)
        #expect(document.nodes.count == 2)
        #expect(diagnostics.map(\.code) == [.unknownKey])
        #expect(diagnostics.first?.location.line == 5)
    }

    func expectSameAsLibYAML(_ text: String, _ name: String) {
        guard let fast = Self.events(text, fast: true) else { return }
        let slow = Self.events(text, fast: false)
        #expect(fast == slow, "\(name)")
    }

    /// The events of `text` as lines of text, a failure as its diagnostic; `nil` if the fast
    /// scanner gave up.
    static func events(_ text: String, fast: Bool) -> [String]? {
        var text = text
        return text.withUTF8 { bytes in
            var lines: [String] = []
            let outcome = YAMLEventStream.readOnce(bytes, fast: fast) { (stream) throws(YAMLFailure) in
                while true {
                    let event = try stream.next()
                    lines.append(describe(event))
                    if case .streamEnd = event { return }
                }
            }
            guard let outcome else { return nil }
            if case .failure(let failure) = outcome { lines.append(failure.diagnostic(file: "x").description) }
            return lines
        }
    }

    static func describe(_ event: YAMLEvent) -> String {
        switch event {
        case .streamStart: "stream"
        case .streamEnd: "end of stream"
        case .documentStart(let line, let column): "document \(line):\(column)"
        case .documentEnd: "end of document"
        case .sequenceStart(let line, let column, let tag): "list \(line):\(column) \(tag ?? "-")"
        case .sequenceEnd: "end of list"
        case .mappingStart(let line, let column, let tag): "mapping \(line):\(column) \(tag ?? "-")"
        case .mappingEnd: "end of mapping"
        case .scalar(let scalar):
            "scalar \(scalar.line):\(scalar.column) \(scalar.tag ?? "-") \(scalar.style) \(scalar.text.debugDescription) at "
                + "\(scalar.contentLine):\(scalar.contentColumn) \(scalar.isMappable)"
        }
    }

    static func lineReached(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var line = 0
            _ = YAMLEventStream.readOnce(bytes, fast: true) { (stream) throws(YAMLFailure) in
                defer { line = stream.fastLineReached ?? 0 }
                while true {
                    if case .streamEnd = try stream.next() { return }
                }
            }
            return line
        }
    }

    /// The benchmark graph of 1,000 spec nodes as the converter writes it.
    static func benchmarkTexts() throws -> [(name: String, text: String)] {
        let root = AnswersReaderTests.root
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("fast-scanner-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", root.appendingPathComponent("Benchmarks/Tools/spec_to_dialogues.py").path,
            root.appendingPathComponent("Benchmarks/Fixtures/spec-1000.json").path,
            output.appendingPathComponent("dlg").path, output.appendingPathComponent("walks.txt").path,
        ]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let directory = output.appendingPathComponent("dlg")
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        return try names.map { name in
            (name, try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8))
        }
    }
}
