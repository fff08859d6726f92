import DialogueAuthoring
import Foundation
import Testing

/// The complete example in `dialogues/README.md` must stay a valid dialogue.
struct GuideExampleTests {
    static let guide = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("dialogues/README.md")

    @Test func theGuidesExampleCompilesWithoutFindings() throws {
        let text = try String(contentsOf: Self.guide, encoding: .utf8)
        let blocks = text.components(separatedBy: "```yaml\n").dropFirst().map { $0.components(separatedBy: "```")[0] }
        let example = try #require(blocks.first { $0.contains("start:") })
        let result = GraphCompiler.compile([DialogueSource(path: "example.yaml", text: example)])
        #expect(result.diagnostics.map(\.description) == [])
        #expect(result.graph?.nodes.count == 7)
    }

    @Test func everyDiagnosticCodeIsExplainedInTheGuide() throws {
        let text = try String(contentsOf: Self.guide, encoding: .utf8)
        for code in DiagnosticCode.allCases {
            #expect(text.contains("| \(code.rawValue) |"), "\(code.rawValue) is not in the guide's table")
        }
    }
}
