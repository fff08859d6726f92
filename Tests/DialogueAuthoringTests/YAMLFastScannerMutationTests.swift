@testable import DialogueAuthoring
import Foundation
import Testing

/// The fast scanner against libyaml on the shipped dialogues with small random edits made where
/// YAML is most fragile (indentation, `:`, `-`, quotes, `#`, `|`, brackets, line breaks): each
/// edited text must give libyaml's events exactly, or make the scanner give up.
struct YAMLFastScannerMutationTests {
    /// The same edits on every run, so that a failure can be found again.
    struct SplitMix {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var mixed = state
            mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
            mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((mixed ^ (mixed >> 31)) % UInt64(bound))
        }
    }

    static let pieces: [String] = [
        " ", "  ", "\n", ":", ": ", "-", "- ", "#", " #", "'", "\"", "\\", "|", ">", "|-", ">+", "|2", "[", "]", "{", "}",
        ",", "?", "&a", "*a", "!", "---", "é", "\u{301}", "\t", "x", "key: v\n", "\n  ", "\n- ", "''", "\\n", "\\u00e9",
    ]

    static func mutate(_ text: String, _ random: inout SplitMix) -> String {
        var bytes = Array(text.utf8)
        for _ in 0..<(1 + random.next(3)) {
            let at = random.next(bytes.count + 1)
            switch random.next(3) {
            case 0: bytes.insert(contentsOf: Array(pieces[random.next(pieces.count)].utf8), at: at)
            case 1: if at < bytes.count { bytes.remove(at: at) }
            default: if at < bytes.count { bytes[at] = Array(pieces[random.next(pieces.count)].utf8)[0] }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func anEditedDialogueFileGivesLibYAMLsEventsOrFallsBack() {
        let texts = YAMLComposerDifferentialTests.repositoryTexts().filter { $0.name.contains("/dialogues/") || $0.name.contains("Fixtures") }
        #expect(texts.count >= 10)
        var random = SplitMix(state: 2026)
        var decided = 0
        for round in 0..<2000 {
            let (name, text) = texts[round % texts.count]
            let edited = Self.mutate(text, &random)
            guard let fast = YAMLFastScannerDifferentialTests.events(edited, fast: true) else { continue }
            decided += 1
            let slow = YAMLFastScannerDifferentialTests.events(edited, fast: false)
            #expect(fast == slow, "\(name), edit \(round): \(Self.firstDifference(fast, slow ?? []))")
        }
        // Most edits leave the file in the subset: the comparison is not vacuous.
        #expect(decided > 300, "\(decided) decided")
    }

    static func firstDifference(_ left: [String], _ right: [String]) -> String {
        for (index, pair) in zip(left, right).enumerated() where pair.0 != pair.1 {
            return "event \(index): fast \(pair.0) / libyaml \(pair.1)"
        }
        return "counts \(left.count) / \(right.count)"
    }
}
