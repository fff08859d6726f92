@testable import DialogueCore
import Foundation
import Testing

/// The lexer's fast path for ASCII text against its `Character` path, which it must match token
/// for token, offset for offset, error for error: columns in `check` depend on it.
struct ExpressionLexerTests {
    @Test(arguments: [
        "", "   ", "score < 0", "v3 == 2 and target != 'derm'", "score >= 7", "a<=b>=c<d>e", "-12 + x - (y)",
        "days_between(today(), start_date) > 30", "target in [\"derm\", 'ortho']", "_x1 == x_2",
        "\tscore\n==\u{0B}1\u{0C}", "99999999999999999999999", "'never closed", "\"never closed",
        "a & b", "a | b", "!a", "a = 1", "a # b", "1a", "a1.b", "[1, 2,3]", "x == 'a \"b\" c'", "a\u{01}b",
        "9223372036854775807", "9223372036854775808", "0", "007 == x", "x <", "x >", "x !", "=", "a==b!=c", "<=>",
    ])
    func theASCIIPathGivesWhatTheCharacterPathGives(_ text: String) {
        #expect(ExpressionLexer.asciiTokens(in: text) == ExpressionLexer.characterTokens(in: text))
    }

    /// Conditions and values as the shipped dialogues and the fuzzer's corpus write them.
    static var committed: [String] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let corpus = root.appendingPathComponent("Fuzz/Corpus/FuzzExpression")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []
        let fuzzed = names.compactMap { try? String(contentsOf: corpus.appendingPathComponent($0), encoding: .utf8) }
        let dialogues = root.appendingPathComponent("dialogues")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: dialogues.path)) ?? []
        let written = files.flatMap { name in
            ((try? String(contentsOf: dialogues.appendingPathComponent(name), encoding: .utf8)) ?? "")
                .split(separator: "\n").compactMap { line -> String? in
                    guard let colon = line.firstIndex(of: ":") else { return nil }
                    let key = line[..<colon].trimmingCharacters(in: .whitespaces)
                    return ["- when", "when", "value", "- value"].contains(key) ? String(line[line.index(after: colon)...]) : nil
                }
        }
        return fuzzed + written
    }

    @Test func everyCommittedASCIIConditionLexesAsTheCharacterPathDoes() {
        let ascii = Self.committed.filter { $0.utf8.allSatisfy { $0 < 0x80 && $0 != UInt8(ascii: "\r") } }
        #expect(ascii.count > 50)
        for text in ascii {
            #expect(ExpressionLexer.asciiTokens(in: text) == ExpressionLexer.characterTokens(in: text), "\(text.debugDescription)")
        }
    }

    @Test func textOutsideASCIITakesTheCharacterPath() {
        // "é" is one `Character` of two bytes: the offset after it counts one.
        let tokens = try? ExpressionLexer.tokens(in: "'é' == x").get()
        #expect(tokens?.map(\.offset) == [0, 4, 7, 8])
    }
}
