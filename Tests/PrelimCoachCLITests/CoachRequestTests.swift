import ArgumentParser
import DialogueCore
import Testing
@testable import prelim_coach

/// A session started with no option skips ArgumentParser; it must be the session the parser
/// would have started, and every other command line must still reach the parser.
@Suite struct CoachRequestTests {
    @Test func noOptionIsTheParsersDefaultSession() throws {
        for arguments in [[], ["coach"]] {
            let parsed = try #require(try PrelimCoach.parseAsRoot(arguments) as? CoachCommand)
            #expect(CoachRequest(unparsed: arguments) == parsed.request)
        }
    }

    @Test func parsedOptionsReachTheRequest() throws {
        let parsed = try #require(try PrelimCoach.parseAsRoot(
            ["coach", "--answers", "a.yaml", "--transcript", "t.jsonl", "--today", "2026-03-20", "--dialogues", "d"]) as? CoachCommand)
        #expect(parsed.request == CoachRequest(
            answers: "a.yaml", transcript: "t.jsonl", today: CalendarDate(year: 2026, month: 3, day: 20), dialogues: "d"))
    }

    @Test(arguments: [
        ["--help"], ["-h"], ["help"], ["--version"], ["coach", "--help"], ["--generate-completion-script"],
        ["--generate-completion-script", "bash"], ["--dialogues", "d"], ["coach", "--today", "2026-03-20"],
        ["resume"], ["check"], ["coach", "coach"], [""], ["--"],
    ])
    func anyOtherCommandLineGoesToTheParser(arguments: [String]) {
        #expect(CoachRequest(unparsed: arguments) == nil)
    }
}
