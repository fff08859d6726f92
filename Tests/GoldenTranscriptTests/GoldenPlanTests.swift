import DialogueCore
import Foundation
import Testing

/// The shipped dialogues' plans for a mentor, from the golden conversations: what a mentor
/// reads in two minutes, every milestone in the calendar, and nothing redacted left behind.
struct GoldenPlanTests {
    func plan(_ user: String, _ redaction: RedactionLevel = .none) throws -> Plan {
        let engine = try #require(GoldenTranscriptTests.engine)
        let data = try Data(contentsOf: GoldenTranscriptTests.root.appendingPathComponent("Tests/Golden/\(user).jsonl"))
        let transcript = try Transcript.read(data).get()
        return try Plan.build(from: transcript, graph: engine.graph, transcriptName: "\(user).jsonl", redaction: redaction).get()
    }

    @Test func theProfileListsTheConclusionsNotTheSteps() throws {
        let markdown = MarkdownExport.render(try plan("derm-no-delay"))
        #expect(markdown.contains("| Recommended path | Pivot to a more attainable well-paid field |"))
        #expect(markdown.contains("| What decided the path | dermatology without years to spare |"))
        #expect(markdown.contains("| Decision deadline | 31 August 2026 |"))
        #expect(!markdown.contains("Weeks left to decide"), "a step of the date computation reached the plan")
        #expect(!markdown.contains("Where to find help"), "the support text is not a profile fact")
    }

    @Test func everyDatedMilestoneIsAnEventInTheCalendar() throws {
        let calendar = ICSExport.render(try plan("derm-reapply-ready"))
        #expect(calendar.components(separatedBy: "BEGIN:VEVENT").count - 1 == 9)
        #expect(calendar.contains("DTSTART;VALUE=DATE:20260831"), "the decision deadline")
        #expect(calendar.contains("DTSTART;VALUE=DATE:20270315"), "Match Week")
    }

    @Test(arguments: ["community-hopeless-neurosurgery", "distress-in-writing", "derm-reapply-ready"])
    func aRedactedPlanHoldsNoSensitiveAnswer(_ user: String) throws {
        let answers = try String(contentsOf: GoldenTranscriptTests.root.appendingPathComponent("Tests/Golden/answers/\(user).yaml"), encoding: .utf8)
        let secrets = answers.split(separator: "\n").compactMap { line -> String? in
            let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, ["step2_ck", "projects", "mentor_questions"].contains(parts[0]) else { return nil }
            return parts[1]
        }
        #expect(!secrets.isEmpty)
        let redacted = try plan(user, .sensitive)
        for text in [MarkdownExport.render(redacted), HTMLExport.render(redacted), ICSExport.render(redacted)] {
            for secret in secrets { #expect(!text.contains(secret), "\(user): '\(secret)' is in a redacted plan") }
            #expect(!text.contains("988"), "\(user): support lines reveal wellbeing in a redacted plan")
        }
    }
}
