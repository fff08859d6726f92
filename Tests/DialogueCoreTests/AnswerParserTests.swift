import DialogueCore
import Testing

struct AnswerParserTests {
    let month = VariableDecl(name: "m", label: "Month", kind: .yearMonth)
    let flag = VariableDecl(name: "f", label: "Flag", kind: .yesNo)
    let name = VariableDecl(name: "n", label: "Name", kind: .text(maxLength: 10))

    @Test(arguments: ["2026-07", "2026/7", "07/2026", "July 2026", "jul 2026", " 7-2026 "])
    func monthsInTheFormsPeopleWrite(_ typed: String) throws {
        #expect(try AnswerParser.parse(typed, for: month).get() == .yearMonth(YearMonth(year: 2026, month: 7)))
    }

    @Test(arguments: [("yes", true), ("Y", true), ("true", true), ("no", false), ("n", false), ("FALSE", false)])
    func yesAndNo(_ typed: String, _ expected: Bool) throws {
        #expect(try AnswerParser.parse(typed, for: flag).get() == .bool(expected))
    }

    @Test func textIsStrippedOfControlCharactersAndLimited() throws {
        #expect(try AnswerParser.parse("Dr\u{1B}[31m Who\u{07}", for: name).get() == .text("Dr[31m Who"))
        #expect((try? AnswerParser.parse("A very long name indeed", for: name).get()) == nil)
    }

    @Test(arguments: ["7", " 7", "7 ", "\t7\n", "\u{00A0}7\u{2003}"])
    func whiteSpaceAroundAnAnswerDoesNotMatter(_ typed: String) throws {
        let steps = VariableDecl(name: "s", label: "Steps", kind: .integer(min: 1, max: 9))
        #expect(try AnswerParser.parse(typed, for: steps).get() == .integer(7))
    }

    @Test func anAnswerOverFourKilobytesIsRefused() {
        let long = String(repeating: "x", count: 5000)
        guard case .failure(let error) = AnswerParser.parse(long, for: VariableDecl(name: "t", label: "T", kind: .text(maxLength: 10_000))) else {
            Issue.record("accepted")
            return
        }
        #expect(error.message.contains("4096 bytes"))
    }
}
