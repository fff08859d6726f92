@testable import DialogueAuthoring
import Testing

/// The source hash recorded in every transcript header stays the one earlier versions wrote, or
/// every transcript would read as recorded against other dialogues.
struct SourceHashTests {
    @Test func theHashIsFNV1aOfTheFileNamesAndTextsInNameOrder() {
        let sources = [
            DialogueSource(path: "dialogues/20-b.yaml", text: "nodes: []\n"),
            DialogueSource(path: "other/10-a.yaml", text: "start: é\n"),
        ]
        // Worked out apart from the code: FNV-1a 64 over each name and text, each followed by a
        // 0 byte, in the order of the files' names (not their directories).
        #expect(SourceHash.of(sources) == "fnv1a64:7d13c282863d04fa")
        #expect(SourceHash.of(sources.reversed()) == "fnv1a64:7d13c282863d04fa")
    }
}
