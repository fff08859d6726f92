/// A plan as one self-contained HTML file: inline style, no scripts, nothing fetched.
public enum HTMLExport {
    public static func render(_ plan: Plan) -> String {
        var parts: [String] = [HTMLText.element("h1", PlanWording.title(plan))]
        if !plan.isFinished {
            parts.append("<p class=\"note\"><strong>\(HTMLText.escape(PlanWording.unfinished))</strong><br>"
                + "\(HTMLText.escape(PlanWording.resumeHint(plan)))</p>")
        }
        parts.append(HTMLText.element("p", PlanWording.sessionLine(plan), class: "meta"))
        if let note = PlanWording.redactionNote(plan.redaction) { parts.append(HTMLText.element("p", note, class: "note redacted")) }
        parts.append(transcriptNote(plan))
        if !plan.identity.isEmpty {
            parts.append(section(PlanWording.whoAndWhere, [table(plan.identity)]))
        }
        if !plan.profile.isEmpty {
            parts.append(section(PlanWording.profile, [table(plan.profile)]))
        }
        for advice in PlanWording.adviceSections(plan) {
            parts.append(section(advice.title, advice.items.map { item($0, kind: advice.kind) }))
        }
        if let questions = plan.mentorQuestions {
            let content: String = switch questions {
            case .given(let text): body(text)
            case .redacted: "<p><em>\(HTMLText.escape(PlanWording.questionsRedacted))</em></p>"
            }
            parts.append(section(PlanWording.mentorQuestions, [content]))
        }
        if !plan.support.isEmpty {
            parts.append(section(PlanWording.support, plan.support.map { item($0, kind: .support) }))
        }
        parts.append(section(PlanWording.mentorNotes, ["<div class=\"notes\"></div>"]))
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <title>\(HTMLText.escape(PlanWording.title(plan)))</title>
            <style>
            \(HTMLStyle.css)
            </style>
            </head>
            <body>
            <main>
            \(parts.joined(separator: "\n"))
            </main>
            </body>
            </html>

            """
    }

    private static func section(_ title: String, _ content: [String]) -> String {
        (["<section>", HTMLText.element("h2", title)] + content + ["</section>"]).joined(separator: "\n")
    }

    private static func transcriptNote(_ plan: Plan) -> String {
        var note = "<p class=\"meta\">\(HTMLText.escape(PlanWording.transcriptNote(plan))) "
            + "<code>\(HTMLText.escape(PlanWording.replayCommand(plan)))</code>."
        if plan.redaction != .none { note += " " + HTMLText.escape(PlanWording.transcriptHoldsEverything) }
        return note + "</p>"
    }

    private static func item(_ item: PlanItem, kind: EmissionKind) -> String {
        var parts = ["<div class=\"item\">"]
        let title = kind == .milestone ? PlanWording.milestoneHeading(item) : item.title
        if let title { parts.append(HTMLText.element("h3", title)) }
        parts.append(kind == .template ? HTMLText.element("pre", TextBlock.verbatimLines(of: item.text).joined(separator: "\n")) : body(item.text))
        if let chart = item.chart { parts.append(self.chart(chart)) }
        if !item.reasons.isEmpty {
            parts.append("<div class=\"reasons\">" + HTMLText.element("p", PlanWording.because) + "<ul>"
                + item.reasons.map { HTMLText.element("li", "\($0.label): \($0.value)") }.joined() + "</ul></div>")
        }
        parts.append("</div>")
        return parts.joined(separator: "\n")
    }

    private static func body(_ text: String) -> String {
        TextBlock.blocks(of: text).map { block in
            switch block {
            case .paragraph(let lines): HTMLText.element("p", lines.joined(separator: "\n"))
            case .list(let items): "<ul>" + items.map { HTMLText.element("li", $0) }.joined() + "</ul>"
            case .verbatim(let lines): HTMLText.element("pre", lines.joined(separator: "\n"))
            }
        }.joined(separator: "\n")
    }

    private static func table(_ facts: [PlanFact]) -> String {
        "<table>\n" + facts.map { "<tr>" + HTMLText.element("th", $0.label) + HTMLText.element("td", $0.value) + "</tr>" }
            .joined(separator: "\n") + "\n</table>"
    }

    /// Bars to scale against the largest, drawn with widths, so that they print and reflow.
    private static func chart(_ chart: Chart) -> String {
        let largest = max(1, chart.bars.map(\.value).max() ?? 1)
        let rows = chart.bars.map { bar in
            let percent = max(bar.value > 0 ? 1 : 0, Int((Double(bar.value) / Double(largest) * 100).rounded()))
            return "<tr>" + HTMLText.element("td", bar.label)
                + "<td class=\"bar\"><span style=\"width: \(percent)%\"></span></td>"
                + HTMLText.element("td", String(bar.value)) + HTMLText.element("td", bar.source, class: "source") + "</tr>"
        }
        return "<table class=\"chart\">\n" + HTMLText.element("caption", chart.unit) + "\n" + rows.joined(separator: "\n") + "\n</table>"
    }
}
