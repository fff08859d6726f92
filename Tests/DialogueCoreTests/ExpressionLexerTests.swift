@testable import DialogueCore
import Testing

/// The lexer's fast path for ASCII text against its `Character` path, which it must match token
/// for token, offset for offset, error for error.
struct ExpressionLexerTests {
    @Test(arguments: [
        "", "   ", "score < 0", "v3 == 2 and target != 'derm'", "score >= 7", "a<=b>=c<d>e", "-12 + x - (y)",
        "days_between(today(), start_date) > 30", "target in [\"derm\", 'ortho']", "_x1 == x_2",
        "\tscore\n==\u{0B}1\u{0C}", "99999999999999999999999", "'never closed", "\"never closed",
        "a & b", "a | b", "!a", "a = 1", "a # b", "1a", "a1.b", "[1, 2,3]", "x == 'a \"b\" c'",
    ])
    func theASCIIPathGivesWhatTheCharacterPathGives(_ text: String) {
        #expect(ExpressionLexer.asciiTokens(in: text) == ExpressionLexer.characterTokens(in: text))
    }

    @Test func textOutsideASCIITakesTheCharacterPath() {
        // "é" is one `Character` of two bytes: the offset after it counts one.
        let tokens = try? ExpressionLexer.tokens(in: "'é' == x").get()
        #expect(tokens?.map(\.offset) == [0, 4, 7, 8])
    }
}
