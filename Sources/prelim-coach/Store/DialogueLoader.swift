import DialogueAuthoring
import FoundationEssentials
import Glibc

/// Reads every `*.yaml` file of a dialogues directory and compiles them into one graph.
enum DialogueLoader {
    /// - Parameter displayPath: how the directory is named in diagnostics, as the user gave it.
    static func load(_ directory: URL, displayPath: String) throws(CoachError) -> CompilationResult {
        let (sources, refused) = try read(directory, displayPath: displayPath)
        let result = GraphCompiler.compile(sources)
        guard !refused.isEmpty else { return result }
        // Without the refused files the graph is incomplete: what the others lack would only be noise.
        return CompilationResult(graph: nil, diagnostics: refused, contentItems: result.contentItems, sourceHash: result.sourceHash)
    }

    /// The dialogue files' texts, and a diagnostic for each file refused as untrusted input
    /// (too large, not UTF-8; the total over its limit).
    static func read(_ directory: URL, displayPath: String) throws(CoachError) -> ([DialogueSource], [Diagnostic]) {
        if FileErrorText.notAFile(directory.path) == nil {
            throw CoachError.dialoguesUnreadable(displayPath, "it is a file, not a directory")
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
                .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
                .sorted()
        } catch {
            throw CoachError.dialoguesUnreadable(displayPath, FileErrorText.describe(error))
        }
        guard !names.isEmpty else { throw CoachError.dialoguesUnreadable(displayPath, "it holds no .yaml files") }
        var sources: [DialogueSource] = []
        var refused: [Diagnostic] = []
        var total = 0
        for name in names {
            let shownPath = displayPath.hasSuffix("/") ? displayPath + name : displayPath + "/" + name
            let data = try read(directory.appendingPathComponent(name).path, shownAs: shownPath)
            total += data.count
            guard total <= DialogueFileReader.maximumTotalBytes else {
                refused.append(DialogueFileReader.totalTooLarge(path: shownPath))
                break
            }
            switch DialogueFileReader.source(path: shownPath, data: data) {
            case .success(let source): sources.append(source)
            case .failure(let diagnostic): refused.append(diagnostic)
            }
        }
        return (sources, refused)
    }

    /// Reads at most one byte past the limit, so a huge file (or a device) is never read whole.
    private static func read(_ path: String, shownAs shownPath: String) throws(CoachError) -> Data {
        do {
            return try BoundedFile.read(path, atMost: DialogueFileReader.maximumFileBytes + 1)
        } catch {
            switch error {
            case .cannotOpen: throw CoachError.dialoguesUnreadable(shownPath, "the file cannot be read")
            case .unreadable(let reason): throw CoachError.dialoguesUnreadable(shownPath, reason)
            }
        }
    }
}
