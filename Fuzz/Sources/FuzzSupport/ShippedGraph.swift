import DialogueAuthoring
import DialogueCore
import Foundation

/// The shipped dialogues, compiled once per fuzzing process: the targets that check input
/// against declarations use the real ones.
public let shippedGraph: DialogueGraph = {
    let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("dialogues")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    let sources = names.filter { $0.hasSuffix(".yaml") }.sorted().compactMap { name -> DialogueSource? in
        guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(name).path) else { return nil }
        return try? DialogueFileReader.source(path: name, data: data).get()
    }
    guard let graph = GraphCompiler.compile(sources).graph else {
        fatalError("the shipped dialogues in \(directory.path) do not compile")
    }
    return graph
}()

/// The fuzzer's bytes, copied.
public func fuzzData(_ start: UnsafeRawPointer, _ count: Int) -> Data {
    Data(UnsafeRawBufferPointer(start: start, count: count))
}
