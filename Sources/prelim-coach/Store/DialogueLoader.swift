import DialogueAuthoring
import Foundation

/// Reads every `*.yaml` file of a dialogues directory and compiles them into one graph.
enum DialogueLoader {
    /// - Parameter displayPath: how the directory is named in diagnostics, as the user gave it.
    static func load(_ directory: URL, displayPath: String) throws(CoachError) -> CompilationResult {
        let (sources, unreadable) = try read(directory, displayPath: displayPath)
        let result = GraphCompiler.compile(sources)
        guard !unreadable.isEmpty else { return result }
        return CompilationResult(
            graph: nil, diagnostics: unreadable + result.diagnostics, contentItems: result.contentItems, sourceHash: result.sourceHash)
    }

    /// The dialogue files' texts, and a diagnostic for each file that is not UTF-8.
    static func read(_ directory: URL, displayPath: String) throws(CoachError) -> ([DialogueSource], [Diagnostic]) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
                .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
                .sorted()
        } catch {
            throw CoachError.dialoguesUnreadable(displayPath, (error as NSError).localizedDescription)
        }
        guard !names.isEmpty else { throw CoachError.dialoguesUnreadable(displayPath, "it holds no .yaml files") }
        var sources: [DialogueSource] = []
        var unreadable: [Diagnostic] = []
        for name in names {
            let shownPath = displayPath.hasSuffix("/") ? displayPath + name : displayPath + "/" + name
            guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path) else {
                throw CoachError.dialoguesUnreadable(shownPath, "the file cannot be read")
            }
            guard let text = String(data: data, encoding: .utf8) else {
                unreadable.append(Diagnostic(.yamlSyntax, at: SourceLocation(file: shownPath, line: 1, column: 1), "the file is not UTF-8 text"))
                continue
            }
            sources.append(DialogueSource(path: shownPath, text: text))
        }
        return (sources, unreadable)
    }
}
