@testable import DialogueAuthoring
import Foundation
import Testing
import Yams

/// The dialogue reader's own composer (one libyaml pass into a light tree) against
/// `Yams.compose` with the basic resolver, which it replaced: the same tree (texts, styles,
/// tags, positions) and the same syntax error, worded and placed the same, on every YAML file
/// of the repository and on texts written to reach each error path.
struct YAMLComposerDifferentialTests {
    static let snippets: [String] = [
        "", "# only a comment\n", "---\n", "- a\n- b\n", "hello\n",
        "start: a\nstart: b\n", "start: a\nb: 1\na: 2\nb: 3\n'start': 4\n",
        "start: a\nstart: b\nx: [\n", "nodes:\n  - id: a\n    id: b\n  - id: c\n    end: [\n",
        "a: 1\n" + (0..<20).map { "v\($0): 1\n" }.joined() + "v3: 2\n",
        "start: a\n!!str x: 1\nx: 2\n!foo y: 1\ny: 2\n", "? [a, b]\n: 1\n? [a, b]\n: 2\n", "? {a: 1}\n: 1\nb: 2\n",
        "a: 1\n---\nb: 2\n", "a: 1\n---\nb: [\n", "a: 1\n...\n", "%YAML 1.1\n---\na: 1\n",
        "start: a\nnodes:\n\t- id: a\n", "start: 'a\nnodes: []\n", "start: a\u{01}\n", "\u{FEFF}start: a\n",
        "a: 1\r\nb: 'x'\r\nc: |\r\n  text\r\n", "a: 1\rb: 2\r",
        "start: é\nsay: \"ü {{zz}} ö\"\nwhen: ü == 3\n",
        "when: zz ==\n  3 and\nsay: \"hello\n  {{x}} there\"\n",
        "a: |\n\n  Hello {{ zz\n  more\nb: >-\n    folded {{q\nc: |\nd: |\n   \n\n",
        "a: |\n  \u{301}x {{ y\n", "a: 'zz == == 3'\nb: \"q ===\"\nc: ''\nd: \"\"\n",
        "nodes: [{id: a, say: 'hi {{x}}', next: b}, {id: b, end: ~}]\n", "end:\nx: ~\n",
    ]

    static func repositoryTexts() -> [(name: String, text: String)] {
        let root = AnswersReaderTests.root
        var texts: [(String, String)] = []
        for folder in ["dialogues", "Tests/Fixtures", "Tests/Golden", "Fuzz/Corpus"] {
            let url = root.appendingPathComponent(folder)
            guard let files = FileManager.default.enumerator(at: url, includingPropertiesForKeys: nil) else { continue }
            for case let file as URL in files where ["yaml", "yml"].contains(file.pathExtension) || folder == "Fuzz/Corpus" {
                guard let data = try? Data(contentsOf: file), let text = String(validating: data, as: UTF8.self) else { continue }
                texts.append((file.path, text))
            }
        }
        return texts
    }

    @Test func everyYAMLFileOfTheRepositoryComposesAsYamsDid() {
        let texts = Self.repositoryTexts()
        #expect(texts.count >= 40)
        for (name, text) in texts { expectSameAsYams(text, name) }
    }

    @Test(arguments: snippets)
    func aTextMadeToReachAnErrorPathComposesAsYamsDid(_ text: String) {
        expectSameAsYams(text, text)
    }

    /// Refusals (anchors, aliases, deep nesting) are the guard's, tested in `HostileFileTests`;
    /// Yams accepts those texts, so they are not compared here.
    func expectSameAsYams(_ text: String, _ name: String) {
        guard YAMLGuard.problem(in: text) == nil else { return }
        let lines = OldPositions(text)
        switch (Result { try Yams.compose(yaml: text, .basic) }, Result { () throws(YAMLFailure) in try YAMLComposer.root(of: text) }) {
        case let (.success(expected), .success(found)):
            #expect((expected == nil) == (found == nil), "\(name)")
            if let expected, let found { expectSame(expected, found, lines, name) }
        case let (.failure(expected), .failure(found)):
            #expect(Self.oldMessage(expected) == found.diagnostic(file: "x").description, "\(name)")
        case let (expected, found):
            Issue.record("\(name): Yams gave \(expected), the composer \(found)")
        }
    }

    func expectSame(_ expected: Yams.Node, _ found: YAMLNode, _ lines: OldPositions, _ name: String) {
        #expect(expected.mark?.line == found.line && expected.mark?.column == found.column, "\(name): mark of \(expected)")
        #expect(Self.resolvedTag(expected) == Self.resolvedTag(found), "\(name): tag of \(expected)")
        switch (expected, found.content) {
        case let (.scalar(scalar), .scalar(foundScalar)):
            #expect(scalar.string == foundScalar.string, "\(name)")
            #expect("\(scalar.style)" == "\(foundScalar.style)", "\(name): style of \(scalar.string)")
            let position = lines.content(of: scalar, at: found.line, found.column)
            #expect(position.line == foundScalar.contentLine && position.column == foundScalar.contentColumn
                && position.isMappable == foundScalar.isMappable, "\(name): position of \(scalar.string)")
        case let (.sequence(sequence), .sequence(items)):
            #expect(sequence.count == items.count, "\(name)")
            for (left, right) in zip(sequence, items) { expectSame(left, right, lines, name) }
        case let (.mapping(mapping), .mapping(pairs)):
            #expect(mapping.count == pairs.count, "\(name)")
            for (left, right) in zip(mapping, pairs) {
                expectSame(left.key, right.key, lines, name)
                expectSame(left.value, right.value, lines, name)
            }
        default:
            Issue.record("\(name): Yams gave \(expected), the composer \(found.content)")
        }
    }

    /// Yams resolves an untagged node's tag when it is first compared, so both sides name the
    /// tag an untagged node gets with no implicit typing.
    static func resolvedTag(_ node: Yams.Node) -> String {
        guard node.tag.rawValue.isEmpty else { return node.tag.rawValue }
        switch node {
        case .scalar: return Tag.Name.str.rawValue
        case .sequence: return Tag.Name.seq.rawValue
        default: return Tag.Name.map.rawValue
        }
    }

    static func resolvedTag(_ node: YAMLNode) -> String {
        if let tag = node.tag { return tag }
        switch node.content {
        case .scalar: return Tag.Name.str.rawValue
        case .sequence: return Tag.Name.seq.rawValue
        case .mapping: return Tag.Name.map.rawValue
        }
    }

    /// How the reader worded Yams' errors before.
    static func oldMessage(_ error: Error) -> String {
        func located(_ mark: Mark, _ problem: String) -> String {
            "x:\(mark.line):\(mark.column): error: [PC001] YAML: \(problem)"
        }
        switch error {
        case YamlError.scanner(_, let problem, let mark, _), YamlError.parser(_, let problem, let mark, _),
            YamlError.composer(_, let problem, let mark, _):
            return located(mark, problem)
        case YamlError.duplicatedKeysInMapping(let duplicates, let context):
            return located(context.mark, "the key '\(duplicates.joined(separator: "', '"))' appears twice in one mapping")
        case YamlError.reader(let problem, _, _, _):
            return "x:1:1: error: [PC001] YAML: \(problem)"
        default:
            return "x:1:1: error: [PC001] YAML: \(error)"
        }
    }
}

/// Where a scalar's text lies, as the reader found it before, from a table of the file's lines.
struct OldPositions {
    let lines: [Substring]

    init(_ source: String) {
        // On bytes, as the reader did: a "\r\n" is one `Character`, which a split on "\n" would miss.
        lines = source.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { Substring($0) }
    }

    func content(of scalar: Yams.Node.Scalar, at line: Int, _ column: Int) -> (line: Int, column: Int, isMappable: Bool) {
        switch scalar.style {
        case .literal, .folded:
            var index = line
            while index < lines.count, lines[index].allSatisfy({ $0 == " " }) { index += 1 }
            guard index < lines.count else { return (line + 1, 1, true) }
            return (index + 1, lines[index].prefix { $0 == " " }.count + 1, true)
        case .singleQuoted, .doubleQuoted:
            return (line, column + 1, fits(scalar.string, line, column))
        default:
            return (line, column, fits(scalar.string, line, column - 1))
        }
    }

    private func fits(_ text: String, _ line: Int, _ skipped: Int) -> Bool {
        guard line - 1 < lines.count, !text.utf8.contains(UInt8(ascii: "\n")) else { return false }
        let scalars = lines[line - 1].unicodeScalars
        guard let from = scalars.index(scalars.startIndex, offsetBy: skipped, limitedBy: scalars.endIndex) else { return false }
        return lines[line - 1].unicodeScalars[from...].starts(with: text.unicodeScalars)
    }
}
