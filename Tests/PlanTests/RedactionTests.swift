import DialogueCore
import Foundation
import Testing

/// `--redact` and `--redact all`: no hidden value appears anywhere in any format, whether it
/// was an answer in the profile, a reason, or text a template filled in.
struct RedactionTests {
    /// Each format as a reader sees it: HTML entities, Markdown backslashes and calendar
    /// folding and escapes undone, so that a value cannot hide behind its escaping.
    static func readable(_ plan: Plan) throws -> [String: String] {
        let html = HTMLExport.render(plan).replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
        let markdown = MarkdownExport.render(plan).replacingOccurrences(of: #"\\([!-/:-@\[-`{-~])"#, with: "$1", options: .regularExpression)
        let calendar = try ICSReader.read(ICSExport.render(plan))
        let ics = ([calendar] + calendar.components).flatMap(\.properties).map(\.value).joined(separator: "\n")
        return ["html": html, "markdown": markdown, "ics": ics]
    }

    /// Every way a hidden value can be written: as shown and as it reads in a sentence.
    /// Yes/no values are left out: `yes` is in every plan.
    static func forms(of variable: VariableDecl, session: Session, graph: DialogueGraph) -> [String] {
        guard let value = SessionValues(graph: graph, session: session).value(of: variable.name), value != .bool(true), value != .bool(false) else { return [] }
        return Array(Set([variable.display(value), variable.inlineText(value)]))
    }

    /// Words that only the users' hidden answers hold, so that part of a value cannot slip
    /// through either.
    static let hiddenWords = [
        "dana": ["Zebra", "Quokka", "biopsy", "Quimby"], "kim": ["Night-float", "handoff"], "hostile": ["Heading?", "fence"],
        "lee": ["Struggling"],
    ]

    static let users = PlanFixture.users + [PlanFixture.hostile, PlanFixture.sam]

    @Test(arguments: users, [RedactionLevel.sensitive, .all])
    func noHiddenValueAppearsInAnyFormat(_ user: PlanFixture.User, _ level: RedactionLevel) throws {
        let graph = try PlanFixture.graph()
        let transcript = PlanFixture.transcript(user, graph: graph)
        let session = try SessionRebuild.rebuild(transcript, with: Engine(graph: graph)).get().session
        let plan = try Plan.build(from: transcript, graph: graph, transcriptName: "t.jsonl", redaction: level).get()
        let hidden = graph.variables.filter { level.hides($0.redaction) }
        let shown = graph.variables.filter { $0.redaction == .identity && !level.hides($0.redaction) }
        let outputs = try Self.readable(plan)
        for variable in hidden {
            for form in Self.forms(of: variable, session: session, graph: graph) {
                for (format, text) in outputs {
                    #expect(!text.contains(form), "\(variable.name) shows '\(form)' in \(format)")
                }
            }
        }
        for word in Self.hiddenWords[user.id] ?? [] {
            for (format, text) in outputs {
                #expect(!text.contains(word), "'\(word)' shows in \(format)")
            }
        }
        for variable in shown {
            guard case .text(let value)? = session.bindings[variable.name]?.value else { continue }
            #expect(outputs["html"]?.contains(value) == true, "\(variable.name) is kept at this level")
        }
    }

    @Test(arguments: [RedactionLevel.sensitive, .all])
    func theRedactedPlanSaysSoAndShowsTheMark(_ level: RedactionLevel) throws {
        let plan = try PlanFixture.plan(PlanFixture.dana, redaction: level)
        #expect(plan.redaction == level)
        let markdown = MarkdownExport.render(plan)
        #expect(markdown.contains("*Redacted: "))
        #expect(HTMLExport.render(plan).contains("Redacted: "))
        #expect(plan.profile.contains(PlanFact(label: "Step 2 CK score", value: "[redacted]")))
        #expect(plan.guardrails.first?.text == "With [redacted], dermatology programs will want a reason to look twice: letters that call you a safe bet.\n")
        #expect(plan.mentorQuestions == .redacted)
        #expect(markdown.contains("The transcript holds every answer, including those redacted here."))
    }

    @Test func redactAllDropsWhoAndWhereButSensitiveKeepsThem() throws {
        let sensitive = try PlanFixture.plan(PlanFixture.dana, redaction: .sensitive)
        #expect(sensitive.personName == "Dana Quill")
        #expect(sensitive.templates.first?.text.contains("I am Dana Quill, a PGY-1 in a preliminary internal-medicine year at Mercy Vale Hospital.") == true)
        let all = try PlanFixture.plan(PlanFixture.dana, redaction: .all)
        #expect(all.identity.isEmpty)
        #expect(MarkdownExport.render(all).hasPrefix("# PrelimCoach plan\n"))
        #expect(all.templates.first?.text.contains("I am [redacted], a PGY-1 in a preliminary internal-medicine year at [redacted].") == true)
    }

    @Test func supportIsLeftOutOfARedactedPlan() throws {
        #expect(try PlanFixture.plan(PlanFixture.lee).support.count == 1)
        #expect(try PlanFixture.plan(PlanFixture.lee, redaction: .sensitive).support.isEmpty)
        #expect(!MarkdownExport.render(try PlanFixture.plan(PlanFixture.lee, redaction: .sensitive)).contains("wellbeing lead"))
    }

    @Test func aSectionOnAHiddenValueKeepsWhetherItWasGivenButNotTheValue() throws {
        let dana = try PlanFixture.plan(PlanFixture.dana, redaction: .sensitive)
        #expect(dana.recommendations.first?.text.contains("Build on [redacted].") == true)
        let lee = try PlanFixture.plan(PlanFixture.lee, redaction: .sensitive)
        #expect(lee.recommendations.first?.text.contains("Start one small project this month.") == true)
    }

    @Test func adviceWhoseNodeIsGoneCannotBeRedactedAndIsLeftOut() throws {
        let graph = try PlanFixture.graph()
        let transcript = PlanFixture.transcript(PlanFixture.dana, graph: graph)
        let without = DialogueGraph(start: graph.start, variables: graph.variables, nodes: graph.nodeOrder.compactMap { id in
            guard let node = graph.node(id) else { return nil }
            if id == "low_score" { return Node(id: id, kind: .say(try! Template.compile("Gone.").get(), next: "deadline")) }
            return node
        })
        let plan = try Plan.build(from: transcript, graph: without, transcriptName: "t.jsonl", redaction: .sensitive).get()
        #expect(plan.guardrails.first?.text.hasPrefix("(This advice came from an older version of the dialogues") == true)
        #expect(!MarkdownExport.render(plan).contains("238"))
    }
}
