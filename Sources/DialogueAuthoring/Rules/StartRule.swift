/// PC008: exactly one file names the start node. PC012: and it exists.
enum StartRule {
    static func check(_ starts: [SourceText], ids: NodeOutlines.IDs, firstFile: String) -> (start: String?, [Diagnostic]) {
        guard let start = starts.first else {
            let location = SourceLocation(file: firstFile, line: 1, column: 1)
            return (nil, [Diagnostic(.startMissing, at: location, "no file says where the conversation starts; add 'start: <node id>' to one file")])
        }
        var diagnostics = starts.dropFirst().map {
            Diagnostic(.startMissing, at: $0.location, "'start' is already given at \(start.location); only one file may name the start")
        }
        if !ids.contains(where: { $0.text == start.text }) {
            diagnostics.append(UnknownTargetRule.diagnostic(for: start, key: "start", ids: ids.map(\.text)))
        }
        return (start.text, diagnostics)
    }
}
