import ArgumentParser
import DialogueCore
import FoundationEssentials
import Glibc

/// `prelim-coach share [--format F] [-o FILE] [--redact [all]] ID|FILE`: a session as a plan
/// that a mentor can read in two minutes and answer by email.
struct ShareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "share",
        abstract: "Turn a session into a plan for a mentor: Markdown, HTML or a calendar.",
        discussion: """
            The plan holds who and where, the profile, the scenario and recommended path with \
            the answers behind it, the guardrails that fired, the decision deadline and the \
            dated milestones, the specialty plays, checklists and pivot options that apply, the \
            filled templates, the questions for the mentor, and room for the mentor's notes. \
            An unfinished session gives a plan of what is known so far, and says so.

            Formats: markdown (reads as plain text in an email), html (one self-contained file: \
            no scripts, nothing fetched, prints on A4 and Letter), ics (one all-day event per \
            dated milestone, for any calendar app).

            --redact shows scores, class standing, wellbeing and free-text answers as \
            [redacted] and leaves out support resources; '--redact all' also leaves out the \
            name and the hospital. The plan names the transcript to send along; it holds every \
            answer, redacted or not.

            Examples:
              prelim-coach share 20261125 > plan.md
              prelim-coach share --format html -o plan.html 20261125
              prelim-coach share --format ics -o milestones.ics --redact all 20261125
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown, html, ics
    }

    @Option(name: .long, help: "markdown (plain text for an email), html (one file for a browser or printing) or ics (a calendar).")
    var format: Format = .markdown

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp(
        "Write the plan to this file (atomically, owner-only 0600) instead of standard output.", valueName: "file"))
    var output: String?

    @Flag(name: .long, help: "Hide scores, class standing, wellbeing and free text; '--redact all' also hides name and hospital.")
    var redact = false

    @Argument(help: ArgumentHelp(
        "A session id (or its start), or a transcript file; after --redact, the word 'all'.", valueName: "id|file"))
    var words: [String]

    @OptionGroup var dialogueOptions: DialogueOptions

    func validate() throws {
        do {
            _ = try request()
        } catch {
            throw ValidationError(error.description)
        }
    }

    func run() throws {
        let (session, level) = try request()
        let file = try TranscriptFile.read(try SessionStore(paths: Paths()).resolve(session))
        if let notice = file.tornNotice { StandardStream.error(Sanitizer.clean(notice) + "\n") }
        let (graph, sourceHash) = try dialogueOptions.load()
        if level != .none, sourceHash != file.transcript.header.graphHash {
            StandardStream.error("note: the dialogue files changed since this session; the redacted plan's texts come from the current files\n")
        }
        let name = URL(fileURLWithPath: file.path).lastPathComponent
        let plan: Plan
        switch Plan.build(from: file.transcript, graph: graph, transcriptName: name, redaction: level) {
        case .success(let built): plan = built
        case .failure(let error): throw CoachError.transcriptInvalid(file.path, line: error.line, error.message)
        }
        let text: String
        switch format {
        case .markdown: text = MarkdownExport.render(plan)
        case .html: text = HTMLExport.render(plan)
        case .ics:
            guard !plan.datedMilestones.isEmpty else { throw CoachError.noDatedMilestones(file.path) }
            text = ICSExport.render(plan)
        }
        guard let output else {
            // The exporters drop control characters already; a terminal gets the usual cleaning too.
            let shown = isatty(STDOUT_FILENO) == 1 ? Sanitizer.clean(text) : text
            StandardStream.output(shown)
            return
        }
        try ExportFile.write(text, to: output)
        StandardStream.error(Sanitizer.clean("wrote \(output)\n"))
    }

    /// The session named and the redaction asked for: `--redact all` puts the word `all`
    /// beside the session, before or after it.
    private func request() throws(CoachError) -> (session: String, level: RedactionLevel) {
        guard redact else {
            guard words.count == 1, let session = words.first else { throw CoachError.shareArguments(Self.oneSession) }
            return (session, .none)
        }
        switch words.count {
        case 1: return (words[0], .sensitive)
        case 2 where words[0] == "all": return (words[1], .all)
        case 2 where words[1] == "all": return (words[0], .all)
        default: throw CoachError.shareArguments(Self.oneSession + "; '--redact' takes only the word 'all'")
        }
    }

    private static let oneSession = "share takes one session id or transcript file"
}
