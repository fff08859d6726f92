import ArgumentParser
import DialogueCore
import FoundationEssentials
import Glibc

/// `prelim-coach sessions`: the saved sessions, newest last.
struct SessionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sessions",
        abstract: "List saved sessions: id, started, last activity, target, status and the path chosen.",
        discussion: """
            Lists the transcripts in the data directory's sessions/, oldest first. Target and path \
            are read by replaying each transcript through the current dialogues; the path (the \
            recommendation) appears once a session has finished. A damaged file is listed as \
            such: 'prelim-coach replay ID' names its bad line.
            """
    )

    @OptionGroup var dialogueOptions: DialogueOptions

    func run() throws {
        let store = SessionStore(paths: Paths())
        let files = store.all()
        guard !files.isEmpty else {
            print("No saved sessions yet. Start one with 'prelim-coach'.")
            return
        }
        let graph = try? dialogueOptions.load().graph
        var rows = [["ID", "STARTED", "LAST ACTIVITY", "TARGET", "STATUS", "PATH"]]
        for url in files {
            let id = url.deletingPathExtension().lastPathComponent
            guard let file = try? TranscriptFile.read(url) else {
                rows.append([id, "-", "-", "-", "damaged (see 'prelim-coach replay \(id)')", "-"])
                continue
            }
            let session = graph.flatMap { graph in
                try? SessionRebuild.rebuild(file.transcript, with: Engine(graph: graph)).get().session
            }
            rows.append([
                id, Self.minutes(file.transcript.header.startedAt), Self.minutes(file.lastActivity),
                Self.display("target", in: session, graph: graph, finished: file.isFinished),
                file.isFinished ? "finished" : "in progress",
                Self.display("path", in: session, graph: graph, finished: file.isFinished),
            ])
        }
        print(Self.table(rows.map { $0.map(Sanitizer.clean) }))
    }

    /// `2026-11-25T09:14:03-05:00` → `2026-11-25 09:14`.
    static func minutes(_ timestamp: String) -> String {
        let text = timestamp.replacingEvery("T", with: " ")
        return text.count >= 16 ? String(text.prefix(16)) : text
    }

    /// A derived value (the path) is shown only for a finished session: half the answers would
    /// give a misleading recommendation. The transcript, not the rebuilt session, says whether
    /// the session finished.
    static func display(_ variable: String, in session: Session?, graph: DialogueGraph?, finished: Bool) -> String {
        guard let session, let graph, let declaration = graph.variable(variable),
            let value = SessionValues(graph: graph, session: session).value(of: variable)
        else { return "-" }
        if declaration.isDerived, !finished { return "-" }
        return declaration.display(value)
    }

    static func table(_ rows: [[String]]) -> String {
        let widths = (0..<(rows.first?.count ?? 0)).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            zip(row, widths).map { $0.padded(to: $1) }
                .joined(separator: "  ").trimmingWhitespace()
        }.joined(separator: "\n")
    }
}
