/// The words every format of a plan shares, so that Markdown, HTML and the calendar say the
/// same thing.
enum PlanWording {
    static func title(_ plan: Plan) -> String {
        plan.personName.map { "PrelimCoach plan for \($0)" } ?? "PrelimCoach plan"
    }

    static func sessionLine(_ plan: Plan) -> String {
        "Session \(plan.sessionID), \(plan.day.spelledOut)."
    }

    static let unfinished = "This session is not finished: the plan holds what was known when it stopped."

    static func resumeHint(_ plan: Plan) -> String {
        "Continue it with: prelim-coach resume \(plan.sessionID)"
    }

    static func redactionNote(_ level: RedactionLevel) -> String? {
        switch level {
        case .none: nil
        case .sensitive:
            "Redacted: scores, class standing, wellbeing and free-text answers show as \(RedactionLevel.mark), and support resources are left out."
        case .all:
            "Redacted: name and hospital are left out; scores, class standing, wellbeing and free-text answers show as \(RedactionLevel.mark), and support resources are left out."
        }
    }

    static func transcriptNote(_ plan: Plan) -> String {
        "The whole conversation is in the transcript \(plan.transcriptName): send it along, and read it with"
    }

    static func replayCommand(_ plan: Plan) -> String { "prelim-coach replay \(plan.transcriptName)" }

    static let transcriptHoldsEverything = "The transcript holds every answer, including those redacted here."

    static let whoAndWhere = "Who and where"
    static let profile = "Profile"
    static let profileColumns = ("Question", "Answer")
    static let recommendations = "Scenario and recommended path"
    static let guardrails = "Guardrails"
    static let milestones = "Decision deadline and milestones"
    static let coaching = "Specialty plays, checklists and options"
    static let templates = "Filled templates"
    static let mentorQuestions = "Questions for the mentor"
    static let questionsRedacted = "The questions were written in the session; they are left out of this redacted plan."
    static let support = "Support"
    static let mentorNotes = "Mentor's notes"
    static let because = "Because of these answers:"

    /// A milestone's heading: its day first, so that the list reads as a timeline.
    static func milestoneHeading(_ item: PlanItem) -> String {
        let title = item.title ?? firstLine(item.text)
        return item.date.map { "\($0.spelledOut): \(title)" } ?? title
    }

    static func firstLine(_ text: String) -> String {
        let line = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? text
        return line.count > 80 ? String(line.prefix(77)) + "..." : line
    }

    /// The sections that hold advice, in reading order, with their items.
    static func adviceSections(_ plan: Plan) -> [(title: String, items: [PlanItem], kind: EmissionKind)] {
        [
            (recommendations, plan.recommendations, .recommendation),
            (guardrails, plan.guardrails, .guardrail),
            (milestones, plan.milestones, .milestone),
            (coaching, plan.coaching, .coaching),
            (templates, plan.templates, .template),
        ].filter { !$0.1.isEmpty }
    }
}
