import DialogueAuthoring
import DialogueCore
import Foundation

/// A dialogues directory read and compiled the way `prelim-coach` does it: every `*.yaml` in
/// name order, parsed and checked into one graph.
public enum DialogueDirectory {
    public static func sources(at path: String) throws(BenchError) -> [DialogueSource] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: path).filter { $0.hasSuffix(".yaml") }.sorted()
        } catch {
            throw BenchError("cannot list \(path): \(error)")
        }
        var sources: [DialogueSource] = []
        for name in names {
            let file = path + "/" + name
            guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8) else {
                throw BenchError("cannot read \(file) as UTF-8")
            }
            sources.append(DialogueSource(path: file, text: text))
        }
        return sources
    }

    /// From the files to a ready engine; every diagnostic is an error here.
    public static func engine(at path: String) throws(BenchError) -> (Engine, sourceHash: String) {
        let result = GraphCompiler.compile(try sources(at: path), limits: .generated)
        guard let graph = result.graph else {
            let shown = result.errors.prefix(5).map(\.description).joined(separator: "\n")
            throw BenchError("\(path) does not compile (\(result.errors.count) errors):\n\(shown)")
        }
        return (Engine(graph: graph), result.sourceHash)
    }
}
