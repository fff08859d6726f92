import DialogueAuthoring
import Foundation
import Testing

/// The pictures of a graph whose texts hold every character that could break a label.
struct GraphRenderingTests {
    static let files = [
        DialogueSource(path: "dialogues/10-first.yaml", text: """
            start: ask_target
            variables:
              target:
                type: choice
                options: [derm, ortho]
              note:
                type: text
                optional: true
            nodes:
              - id: ask_target
                ask: target
                prompt: "Which \\"target\\"?"
                next: route
              - id: route
                branch:
                  - when: 'target == derm and note != ''a "quoted" \\ <b>|#x'''
                    goto: closing
                  - otherwise: ask_note
            """),
        DialogueSource(path: "dialogues/20-second.yaml", text: """
            nodes:
              - id: ask_note
                ask: note
                prompt: A note?
                next: closing
              - id: closing
                end: Done.
            content:
              coverage: warning
              items: {}
            """),
    ]

    static func dialogue() throws -> AuthoredDialogue {
        let (dialogue, result) = AuthoredDialogue.load(files)
        #expect(result.errors.isEmpty, "\(result.errors.map(\.description))")
        return try #require(dialogue)
    }

    @Test func dotParsesBackToTheSameNodesEdgesAndLabels() throws {
        let dot = DotRenderer.render(GraphPicture(try Self.dialogue()))
        let parsed = try DotReader.read(dot)
        #expect(parsed.clusters == ["10-first.yaml": ["n0", "n1"], "20-second.yaml": ["n2", "n3"]])
        #expect(parsed.labels["n1"] == "route\nbranch")
        #expect(parsed.labels["n0"] == "ask_target\nask: target")
        #expect(parsed.edges == [
            DotReader.Edge(from: "start", to: "n0", label: nil),
            DotReader.Edge(from: "n0", to: "n1", label: "target"),
            DotReader.Edge(from: "n1", to: "n3", label: "target == derm and note != 'a \"quoted\" \\ <b>|#x'"),
            DotReader.Edge(from: "n1", to: "n2", label: "otherwise"),
            DotReader.Edge(from: "n2", to: "n3", label: "note"),
        ])
    }

    @Test func dotRendersWithGraphvizWithoutWarnings() throws {
        guard let dot = ["/usr/bin/dot", "/usr/local/bin/dot", "/opt/homebrew/bin/dot"].first(where: FileManager.default.isExecutableFile)
        else { return }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: dot)
        process.arguments = ["-Tsvg"]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data(DotRenderer.render(GraphPicture(try Self.dialogue())).utf8))
        try input.fileHandleForWriting.close()
        let svg = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let warnings = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(warnings == "")
        #expect(svg.contains("<svg"))
        #expect(svg.contains("route"))
    }

    @Test func mermaidHasOneSubgraphPerFileAndEscapedLabels() throws {
        let mermaid = MermaidRenderer.render(GraphPicture(try Self.dialogue()))
        let lines = mermaid.split(separator: "\n").map(String.init)
        #expect(lines.first == "flowchart TD")
        #expect(lines.filter { $0.hasPrefix("    subgraph ") } == [
            "    subgraph file0[\"10-first.yaml\"]", "    subgraph file1[\"20-second.yaml\"]",
        ])
        #expect(lines.contains("        n1{\"route<br/>branch\"}"))
        #expect(lines.contains("        n3([\"closing<br/>end\"])"))
        #expect(lines.contains(
            "    n1 -->|\"target == derm and note != 'a #quot;quoted#quot; \\ #lt;b#gt;#124;#35;x'\"| n3"))
        #expect(lines.contains("    n1 -->|\"otherwise\"| n2"))
        // Every quoted label is closed on its line: no raw quote is left inside one.
        for line in lines where line.contains("\"") {
            #expect(line.filter { $0 == "\"" }.count % 2 == 0, "\(line)")
        }
    }
}

/// Just enough of the DOT language to read back what `DotRenderer` writes: quoted ids,
/// attribute lists, subgraphs and edges, with the quoting rules Graphviz applies.
enum DotReader {
    struct Edge: Hashable {
        let from: String
        let to: String
        let label: String?
    }

    struct Graph {
        var clusters: [String: [String]] = [:]
        var labels: [String: String] = [:]
        var edges: [Edge] = []
    }

    struct Malformed: Error {
        let reason: String
    }

    enum Token: Equatable {
        case word(String)
        case quoted(String)
        case symbol(Character)
    }

    static func tokens(_ text: String) throws -> [Token] {
        var tokens: [Token] = []
        var characters = Array(text)[...]
        while let character = characters.popFirst() {
            if character.isWhitespace { continue }
            if character == "\"" {
                var value = ""
                while true {
                    guard let next = characters.popFirst() else { throw Malformed(reason: "an unclosed string") }
                    if next == "\"" { break }
                    if next == "\\" {
                        guard let escaped = characters.popFirst() else { throw Malformed(reason: "a dangling backslash") }
                        value.append(escaped == "n" ? "\n" : escaped)
                    } else {
                        guard next != "\n" else { throw Malformed(reason: "a raw line break in a string") }
                        value.append(next)
                    }
                }
                tokens.append(.quoted(value))
            } else if character == "-", characters.first == ">" {
                characters.removeFirst()
                tokens.append(.symbol(">"))
            } else if "{}[];=,".contains(character) {
                tokens.append(.symbol(character))
            } else {
                var word = String(character)
                while let next = characters.first, next.isLetter || next.isNumber || next == "_" { word.append(characters.removeFirst()) }
                tokens.append(.word(word))
            }
        }
        return tokens
    }

    static func read(_ text: String) throws -> Graph {
        var tokens = try tokens(text)[...]
        guard tokens.popFirst() == .word("digraph"), case .quoted? = tokens.popFirst(), tokens.popFirst() == .symbol("{") else {
            throw Malformed(reason: "no 'digraph \"name\" {' header")
        }
        var graph = Graph()
        var cluster: String?
        var clusterNodes: [String] = []
        var clusterTitle: String?
        while let token = tokens.popFirst() {
            switch token {
            case .word("subgraph"):
                guard case .quoted(let name)? = tokens.popFirst(), tokens.popFirst() == .symbol("{") else { throw Malformed(reason: "a bad subgraph") }
                cluster = name
            case .word("label") where cluster != nil:
                guard tokens.popFirst() == .symbol("="), case .quoted(let title)? = tokens.popFirst() else { throw Malformed(reason: "a bad label") }
                clusterTitle = title
            case .symbol("}"):
                if cluster != nil, let clusterTitle { graph.clusters[clusterTitle] = clusterNodes }
                cluster = nil
                clusterNodes = []
                clusterTitle = nil
            case .word("node"), .word("edge"), .word("rankdir"):
                _ = try attributes(&tokens)
            case .quoted(let id):
                if tokens.first == .symbol(">") {
                    tokens.removeFirst()
                    guard case .quoted(let target)? = tokens.popFirst() else { throw Malformed(reason: "an edge without a quoted target") }
                    graph.edges.append(Edge(from: id, to: target, label: try attributes(&tokens)["label"]))
                } else {
                    let attributes = try attributes(&tokens)
                    if cluster != nil { clusterNodes.append(id) }
                    graph.labels[id] = attributes["label"]
                }
            case .symbol(";"):
                continue
            default:
                throw Malformed(reason: "an unexpected \(token)")
            }
        }
        return graph
    }

    /// `[key="value", ...]` (optional), or `=value` for a graph attribute; then `;`.
    private static func attributes(_ tokens: inout ArraySlice<Token>) throws -> [String: String] {
        var found: [String: String] = [:]
        if tokens.first == .symbol("=") {
            tokens.removeFirst()
            guard case .quoted? = tokens.popFirst() else { throw Malformed(reason: "an unquoted graph attribute") }
        } else if tokens.first == .symbol("[") {
            tokens.removeFirst()
            while let token = tokens.popFirst(), token != .symbol("]") {
                guard case .word(let key) = token, tokens.popFirst() == .symbol("="), case .quoted(let value)? = tokens.popFirst() else {
                    throw Malformed(reason: "an attribute that is not key=\"value\"")
                }
                found[key] = value
                if tokens.first == .symbol(",") { tokens.removeFirst() }
            }
        }
        guard tokens.popFirst() == .symbol(";") else { throw Malformed(reason: "a statement without ';'") }
        return found
    }
}
