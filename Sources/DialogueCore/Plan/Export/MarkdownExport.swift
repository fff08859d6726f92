import FoundationEssentials

/// A plan as CommonMark that reads well as plain text in an email.
public enum MarkdownExport {
    public static func render(_ plan: Plan) -> String {
        var blocks: [String] = ["# " + MarkdownText.line(PlanWording.title(plan))]
        if !plan.isFinished {
            blocks.append("> **" + MarkdownText.line(PlanWording.unfinished) + "**\n> " + MarkdownText.line(PlanWording.resumeHint(plan)))
        }
        blocks.append(MarkdownText.line(PlanWording.sessionLine(plan)))
        if let note = PlanWording.redactionNote(plan.redaction) { blocks.append("*" + MarkdownText.line(note) + "*") }
        blocks.append(transcriptNote(plan))
        if !plan.identity.isEmpty {
            blocks.append(heading(PlanWording.whoAndWhere))
            blocks.append(plan.identity.map { "- " + MarkdownText.line("\($0.label): \($0.value)") }.joined(separator: "\n"))
        }
        if !plan.profile.isEmpty {
            blocks.append(heading(PlanWording.profile))
            blocks.append(table(plan.profile))
        }
        for section in PlanWording.adviceSections(plan) {
            blocks.append(heading(section.title))
            for item in section.items { blocks += self.item(item, kind: section.kind) }
        }
        if let questions = plan.mentorQuestions {
            blocks.append(heading(PlanWording.mentorQuestions))
            switch questions {
            case .given(let text): blocks += body(text)
            case .redacted: blocks.append("*" + MarkdownText.line(PlanWording.questionsRedacted) + "*")
            }
        }
        if !plan.support.isEmpty {
            blocks.append(heading(PlanWording.support))
            for item in plan.support { blocks += self.item(item, kind: .support) }
        }
        blocks.append(heading(PlanWording.mentorNotes))
        return blocks.joined(separator: "\n\n") + "\n"
    }

    private static func heading(_ title: String) -> String { "## " + MarkdownText.line(title) }

    private static func transcriptNote(_ plan: Plan) -> String {
        var note = MarkdownText.line(PlanWording.transcriptNote(plan)) + " `" + code(PlanWording.replayCommand(plan)) + "`."
        if plan.redaction != .none { note += " " + MarkdownText.line(PlanWording.transcriptHoldsEverything) }
        return note
    }

    private static func item(_ item: PlanItem, kind: EmissionKind) -> [String] {
        var blocks: [String] = []
        let title = kind == .milestone ? PlanWording.milestoneHeading(item) : item.title
        if let title { blocks.append("### " + MarkdownText.line(title)) }
        blocks += kind == .template ? [MarkdownText.fenced(TextBlock.verbatimLines(of: item.text))] : body(item.text)
        if let chart = item.chart { blocks.append(MarkdownText.fenced(chart.lines(width: 72))) }
        if !item.reasons.isEmpty {
            blocks.append(MarkdownText.line(PlanWording.because))
            blocks.append(item.reasons.map { "- " + MarkdownText.line("\($0.label): \($0.value)") }.joined(separator: "\n"))
        }
        return blocks
    }

    private static func body(_ text: String) -> [String] {
        TextBlock.blocks(of: text).map { block in
            switch block {
            case .paragraph(let lines): lines.map(MarkdownText.line).joined(separator: "\n")
            case .list(let items): items.map { "- " + MarkdownText.line($0) }.joined(separator: "\n")
            case .verbatim(let lines): MarkdownText.fenced(lines)
            }
        }
    }

    private static func table(_ facts: [PlanFact]) -> String {
        let (question, answer) = PlanWording.profileColumns
        let rows = facts.map { "| " + MarkdownText.inline($0.label) + " | " + MarkdownText.inline($0.value) + " |" }
        return (["| \(question) | \(answer) |", "| --- | --- |"] + rows).joined(separator: "\n")
    }

    /// Text inside a code span: backticks cannot close it early if there are none.
    private static func code(_ text: String) -> String {
        MarkdownText.flattened(text).replacingEvery("`", with: "'")
    }
}
