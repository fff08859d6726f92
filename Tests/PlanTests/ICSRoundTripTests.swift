import DialogueCore
import Foundation
import Testing

/// The calendar read back as a calendar app would: valid lines, one all-day event per dated
/// milestone, with the plan's words, stable UIDs and a DTSTAMP.
struct ICSRoundTripTests {
    @Test(arguments: PlanFixture.users + [PlanFixture.hostile])
    func everyMilestoneComesBackAsAnAllDayEvent(_ user: PlanFixture.User) throws {
        let plan = try PlanFixture.plan(user)
        let calendar = try ICSReader.read(ICSExport.render(plan))
        #expect(calendar.value("VERSION") == "2.0")
        #expect(calendar.value("PRODID") != nil)
        let events = calendar.components.filter { $0.name == "VEVENT" }
        #expect(events.count == plan.datedMilestones.count)
        #expect(events.count == 3)
        for (event, milestone) in zip(events, plan.datedMilestones) {
            let day = try #require(milestone.date)
            #expect(event.property("DTSTART") == ICSReader.Property(name: "DTSTART", parameters: ["VALUE=DATE"], value: compact(day)))
            let next = try #require(CalendarDate(dayNumber: day.dayNumber + 1))
            #expect(event.property("DTEND")?.value == compact(next))
            #expect(event.value("SUMMARY") == milestone.title)
            #expect(event.value("DESCRIPTION")?.hasPrefix(milestone.text.trimmingCharacters(in: .whitespacesAndNewlines)) == true)
            #expect(event.value("DTSTAMP") == "20261125T142000Z", "the transcript's last write, in UTC")
        }
        let uids = events.compactMap { $0.value("UID") }
        #expect(Set(uids).count == events.count, "UIDs are unique")
        #expect(uids.allSatisfy { $0.hasPrefix(user.sessionID + "-") && $0.hasSuffix("@prelim-coach") })
    }

    @Test func exportingTheSameSessionAgainGivesTheSameUIDsAndBytes() throws {
        let first = ICSExport.render(try PlanFixture.plan(PlanFixture.dana))
        let again = ICSExport.render(try PlanFixture.plan(PlanFixture.dana))
        #expect(first == again)
        let redacted = ICSExport.render(try PlanFixture.plan(PlanFixture.dana, redaction: .all))
        let uids = { (text: String) in try ICSReader.read(text).components.compactMap { $0.value("UID") } }
        #expect(try uids(first) == uids(redacted), "redacting does not change which events they are")
    }

    @Test func textWithLineEndsCommasAndSemicolonsSurvivesTheRoundTrip() throws {
        let hostile = "Call Dr. O'Neil, then Smith; bring CV\r\nline two\nline three\\ done, \u{1B}[31mred"
        let long = String(repeating: "Ünïcödé ✓ ", count: 30)
        let plan = Plan(
            sessionID: "s1", day: CalendarDate(year: 2026, month: 11, day: 25), lastActivity: "2026-11-25T09:14:03-05:00",
            transcriptName: "s1.jsonl", isFinished: true, redaction: .none, personName: "A, B; C", identity: [PlanFact(label: "Name", value: "A, B; C")],
            profile: [], recommendations: [], guardrails: [],
            milestones: [PlanItem(node: "m", title: hostile, text: long, date: CalendarDate(year: 2026, month: 12, day: 31))],
            coaching: [], templates: [], mentorQuestions: nil, support: [])
        let text = ICSExport.render(plan)
        let event = try #require(try ICSReader.read(text).components.first)
        #expect(event.value("SUMMARY") == "Call Dr. O'Neil, then Smith; bring CV\nline two\nline three\\ done, [31mred")
        #expect(event.value("DESCRIPTION")?.hasPrefix(long.trimmingCharacters(in: .whitespaces)) == true,
                "long text folds on character boundaries and joins back whole")
        #expect(event.value("DTSTAMP") == "20261125T141403Z")
        #expect(event.property("DTEND")?.value == "20270101", "the day after the last day of the year")
        #expect(try ICSReader.read(text).value("X-WR-CALNAME") == "PrelimCoach plan for A, B; C")
    }

    private func compact(_ day: CalendarDate) -> String {
        String(format: "%04d%02d%02d", day.year, day.month, day.day)
    }
}
