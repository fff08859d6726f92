@testable import prelim_coach
import Testing

/// What reaches the terminal: escape sequences removed, prose wrapped, charts and letters kept.
struct TerminalTextTests {
    @Test(arguments: [
        ("plain \u{1B}[31mred\u{1B}[0m text", "plain red text"),
        ("title \u{1B}]0;owned\u{07}after", "title after"),
        ("osc \u{1B}]8;;http://x\u{1B}\\link", "osc link"),
        ("c1 \u{9B}2Jcsi and \u{9D}osc\u{9C}end", "c1 csi and end"),
        ("bell\u{07} and nul\u{0}", "bell^G and nul^@"),
        ("bare \u{1B}c reset", "bare  reset"),
        ("charset \u{1B}(B done", "charset  done"),
        ("keeps\nnewlines\tand tabs", "keeps\nnewlines\tand tabs"),
    ])
    func theSanitizerRemovesEscapesAndShowsControls(_ input: String, _ expected: String) {
        #expect(Sanitizer.clean(input) == expected)
    }

    @Test func proseIsReflowedAndListsHang() {
        let text = "One two three\nfour five.\n\n- a list item that is long\n  and continues\n- second"
        #expect(TextWrapper.wrap(text, width: 16) == """
            One two three
            four five.

            - a list item
              that is long
              and continues
            - second
            """)
    }

    @Test func fencedLinesAreKeptExactly() {
        let text = "Pay:\n```\nderm  ######  500\nIM    ###     250\n```\nafter"
        #expect(TextWrapper.wrap(text, width: 10) == "Pay:\nderm  ######  500\nIM    ###     250\nafter")
    }

    @Test func lettersKeepTheirLines() {
        let text = "Dear Dr. Smith,\n\nI am writing about a PGY-2 opening.\n\nBest regards,\nDana"
        #expect(TextWrapper.wrap(text, width: 80, preservingLines: true) == text)
    }
}
