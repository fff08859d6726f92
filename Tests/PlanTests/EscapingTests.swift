import DialogueCore
import Foundation
import Testing

/// Hostile names and texts show as text in every format: no tags, no markup, no template
/// expansion, no broken calendar lines.
struct EscapingTests {
    static let name = "<script>alert(1)</script> {{name}} *B*_x_ `c` | # [l](http://e.x) &amp; <b>"
    static let hospital = "St. Mary's, Dept; \"A\" & <img src=x onerror=alert(1)> \\ end"

    @Test func theHostileSessionRunsToItsEnd() throws {
        let plan = try PlanFixture.plan(PlanFixture.hostile)
        #expect(plan.isFinished)
        #expect(plan.personName == Self.name)
    }

    @Test func htmlShowsEveryTagAsText() throws {
        let html = HTMLExport.render(try PlanFixture.plan(PlanFixture.hostile))
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<b>"))
        #expect(!html.contains("<i>"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("St. Mary&#39;s, Dept; &quot;A&quot; &amp; &lt;img src=x onerror=alert(1)&gt; \\ end"))
        #expect(html.contains("&amp;amp;"), "an entity typed by the user stays as typed")
        let tags = Set(html.matches(of: /<\/?([a-z0-9]+)/).map { String($0.output.1) })
        #expect(tags.isSubset(of: ["html", "head", "meta", "title", "style", "body", "main", "section", "h1", "h2", "h3", "p", "br",
                                   "strong", "em", "code", "pre", "ul", "li", "table", "tr", "th", "td", "caption", "div", "span"]),
                "only the plan's own elements: \(tags.sorted())")
    }

    @Test func htmlIsSelfContained() throws {
        let html = HTMLExport.render(try PlanFixture.plan(PlanFixture.dana))
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("http://") && !html.contains("https://") && !html.contains("src="), "nothing is fetched")
        #expect(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"))
        #expect(html.contains("default-src 'none'"))
        #expect(html.contains("@media print") && html.contains("@page"))
    }

    @Test func mustacheBracesInAnswersAreNeverExpanded() throws {
        for level in RedactionLevel.allCases {
            let plan = try PlanFixture.plan(PlanFixture.hostile, redaction: level)
            let markdown = MarkdownExport.render(plan)
            #expect(!markdown.contains("I am Dana"), "no other user's value leaks in")
            #expect(plan.templates.first?.text.contains("{{name}} *B*") == (level != .all),
                    "the braces are the user's own text, kept as typed, never rendered")
        }
        let template = try #require(try PlanFixture.plan(PlanFixture.hostile).templates.first)
        #expect(template.text.contains("I am \(Self.name), a PGY-1"))
    }

    @Test func markdownEscapesMarkupAndKeepsLinesIntact() throws {
        let markdown = MarkdownExport.render(try PlanFixture.plan(PlanFixture.hostile))
        #expect(markdown.contains("# PrelimCoach plan for \\<script>alert(1)\\</script> {{name}} \\*B\\*\\_x\\_ \\`c\\` \\| \\# \\[l](http://e.x) \\&amp; \\<b>\n"))
        #expect(markdown.contains("| Projects this year | 1. a list? - or + not; {{\\#projects}}x{{/projects}} \\`\\`\\`fence\\`\\`\\` \\~\\~\\~ |"))
        #expect(markdown.contains("\\# Heading?\\\\n\\<i>tag\\</i>, a;b"), "questions: no heading, no tag")
        #expect(!markdown.contains("\n#  "), "no heading made by an answer")
        for line in markdown.split(separator: "\n") where line.hasPrefix("#") {
            #expect(line.hasPrefix("# ") || line.hasPrefix("## ") || line.hasPrefix("### "))
        }
    }

    @Test func aLineStartingLikeMarkupIsEscaped() throws {
        let plan = Plan(
            sessionID: "s", day: CalendarDate(year: 2026, month: 1, day: 1), lastActivity: "", transcriptName: "s.jsonl",
            isFinished: true, redaction: .none, personName: nil, identity: [], profile: [],
            recommendations: [PlanItem(node: "r", title: "1. Title", text: "2. not a list\n+ nor this\n> nor a quote\n=== nor a heading\n    not code\n[x]: http://e.x\n- a real item\n```\nkept ```` inside\n```", reasons: [])],
            guardrails: [], milestones: [], coaching: [], templates: [PlanItem(node: "t", title: nil, text: "```\nDear ``` PD,\r\nline\u{7}two")],
            mentorQuestions: .given("- question one\n- question two"), support: [])
        let markdown = MarkdownExport.render(plan)
        #expect(markdown.contains("### 1\\. Title"))
        #expect(markdown.contains("2\\. not a list\n\\+ nor this\n\\> nor a quote\n\\=== nor a heading\nnot code\n\\[x]: http://e.x"))
        #expect(markdown.contains("- a real item"))
        #expect(markdown.contains("\n`````\nkept ```` inside\n`````\n"), "a fence longer than any backtick run inside")
        #expect(markdown.contains("````\n```\nDear ``` PD,\nlinetwo\n````"), "the bell is dropped, CRLF is a line end")
        #expect(markdown.contains("- question one\n- question two"))
    }
}
