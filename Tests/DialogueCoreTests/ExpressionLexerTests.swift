@testable import DialogueCore
import Foundation
import Testing

/// The byte-level lexer that reads ASCII conditions must agree with the general one, token for
/// token and offset for offset, errors included: columns in `check` depend on it.
struct ExpressionLexerTests {
    static let written: [String] = [
        "target == 'derm' and step2_ck >= 250",
        "not (a != b) or c <= -3 + 4",
        "weeks_until(deadline_day) < 6",
        "mentions(projects, 'burnt out', \"hopeless\")",
        "x in ['a', 'b'] ,",
        "  \t\n spaced\u{0B}\u{0C}out  ",
        "a = b", "a & b", "a | b", "!a", "a ~ b", "'never closed", "99999999999999999999999",
        "_under_score9 == 12abc", "", "a\u{01}b",
    ]

    /// Conditions and values as the shipped dialogues and the fuzzer's corpus write them.
    static var committed: [String] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let corpus = root.appendingPathComponent("Fuzz/Corpus/FuzzExpression")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []
        let fuzzed = names.compactMap { try? String(contentsOf: corpus.appendingPathComponent($0), encoding: .utf8) }
        let dialogues = root.appendingPathComponent("dialogues")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: dialogues.path)) ?? []
        let lines = files.flatMap { name in
            ((try? String(contentsOf: dialogues.appendingPathComponent(name), encoding: .utf8)) ?? "")
                .split(separator: "\n").compactMap { line -> String? in
                    guard let colon = line.firstIndex(of: ":") else { return nil }
                    let key = line[..<colon].trimmingCharacters(in: .whitespaces)
                    return ["- when", "when", "value", "- value"].contains(key) ? String(line[line.index(after: colon)...]) : nil
                }
        }
        return fuzzed + lines
    }

    @Test func asciiTextsLexAsTheGeneralLexerDoes() {
        let texts = Self.written + Self.committed
        #expect(texts.count > 60)
        var compared = 0
        for text in texts {
            guard let fast = ExpressionLexer.asciiTokens(in: text) else { continue }
            compared += 1
            #expect(fast == ExpressionLexer.graphemeTokens(in: text), "\(text.debugDescription)")
        }
        #expect(compared > 50)
    }

    @Test func otherTextsAreLeftToTheGeneralLexer() {
        #expect(ExpressionLexer.asciiTokens(in: "città == 'é'") == nil)
        #expect(ExpressionLexer.asciiTokens(in: "a\r\n== b") == nil)
        #expect(ExpressionLexer.tokens(in: "é == x") == ExpressionLexer.graphemeTokens(in: "é == x"))
    }
}
