import Foundation
import Testing

/// Sessions saved as they happen: files, permissions, listing, replaying, resuming, bad files.
struct TranscriptCommandTests {
    let home: URL
    var environment: [String: String] { ["PRELIM_COACH_HOME": home.path] }

    init() throws {
        home = try CLI.temporaryDirectory()
    }

    func coach(_ answers: [String], transcript: String, extra: [String] = []) throws -> CLI.Result {
        try CLI.run(["coach", "--dialogues", CLI.smallDialogues, "--today", "2026-11-25", "--transcript", transcript] + extra,
                    stdin: answers.map { $0 + "\n" }.joined(), environment: environment)
    }

    @Test func everyTurnIsSavedOwnerOnlyEvenWithAPermissiveUmask() throws {
        let data = home.appendingPathComponent("data")
        let answers = try CLI.write("target: derm\n", to: "answers.yaml", in: home)
        let result = try CLI.run(
            ["-c", "umask 000; exec \"$0\" coach --dialogues \"$1\" --answers \"$2\" < /dev/null", CLI.binary.path, CLI.smallDialogues, answers.path],
            environment: ["PRELIM_COACH_HOME": data.path], executable: URL(fileURLWithPath: "/bin/sh"))
        #expect(result.status == 1, "no typed answers: 'score' and 'willing' are missing")
        let sessions = data.appendingPathComponent("sessions")
        let files = try FileManager.default.contentsOfDirectory(atPath: sessions.path)
        #expect(files.count == 1)
        #expect(try FileManager.default.attributesOfItem(atPath: sessions.path)[.posixPermissions] as? Int == 0o700)
        let transcript = sessions.appendingPathComponent(files[0]).path
        #expect(try FileManager.default.attributesOfItem(atPath: transcript)[.posixPermissions] as? Int == 0o600)
        let lines = try CLI.transcriptLines(transcript)
        #expect(lines.first?["kind"] as? String == "header")
        #expect((lines.first?["answersInAdvance"] as? [String: String]) == ["target": "derm"])
        #expect(lines.contains { ($0["output"] as? [String: Any])?["answeredInAdvance"] != nil })
    }

    @Test func aFinishedSessionReplaysIdenticallyAndReadsAsItHappened() throws {
        let transcript = home.appendingPathComponent("t.jsonl").path
        #expect(try coach(CLI.smallAnswers, transcript: transcript).status == 0)
        let check = try CLI.run(["replay", "--check", "--dialogues", CLI.smallDialogues, transcript], environment: environment)
        #expect(check.status == 0)
        #expect(check.stdout.contains("identical"))
        let replay = try CLI.run(["replay", "--dialogues", CLI.smallDialogues, transcript], environment: environment)
        #expect(replay.status == 0)
        #expect(replay.stdout.contains("Target?\n  1. Dermatology\n  2. Anesthesiology"))
        #expect(replay.stdout.contains("> 251"))
        #expect(replay.stdout.contains("Dana at [your hospital]: Anesthesiology, 251, starting July 2026."))
    }

    @Test func replayCheckNamesTheFirstDivergence() throws {
        let transcript = home.appendingPathComponent("t.jsonl").path
        #expect(try coach(CLI.smallAnswers, transcript: transcript).status == 0)
        let changed = try copyOfSmallDialogues { $0.replacingOccurrences(of: "prompt: Score?", with: "prompt: Your score?") }
        let result = try CLI.run(["replay", "--check", "--dialogues", changed.path, transcript], environment: environment)
        #expect(result.status == 1)
        #expect(result.stdout.contains("the conversation diverges at node 'ask_score'"))
        #expect(result.stdout.contains("recorded: asks at 'ask_score': \"Score?\""))
        #expect(result.stdout.contains("now:      asks at 'ask_score': \"Your score?\""))
    }

    @Test func sessionsListsWhatWasSavedAndResumeContinuesTheLatestUnfinished() throws {
        let store = home.appendingPathComponent("sessions")
        let common = ["coach", "--dialogues", CLI.smallDialogues, "--today", "2026-11-25"]
        #expect(try CLI.run(common, stdin: CLI.smallAnswers.map { $0 + "\n" }.joined(), environment: environment).status == 0)
        Thread.sleep(forTimeInterval: 1.1)  // ids and activity times have one-second resolution
        #expect(try CLI.run(common, stdin: "Eve\n1\n", environment: environment).status == 1)
        let list = try CLI.run(["sessions", "--dialogues", CLI.smallDialogues], environment: environment)
        let rows = list.stdout.split(separator: "\n")
        #expect(rows.count == 3)
        #expect(rows[0].hasPrefix("ID"))
        #expect(rows[1].contains("Anesthesiology") && rows[1].contains("finished"))
        #expect(rows[2].contains("Dermatology") && rows[2].contains("in progress"))

        let resumed = try CLI.run(["resume", "--dialogues", CLI.smallDialogues], stdin: "99\nno\n\n\n", environment: environment)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stdout.contains("Resuming session"))
        #expect(resumed.stdout.contains("  Name    Eve\n  Target  Dermatology"))
        #expect(resumed.stdout.contains("Score?"))
        #expect(resumed.stdout.contains("Eve at [your hospital]: Dermatology, 99, starting July 2026."))
        let files = try FileManager.default.contentsOfDirectory(atPath: store.path).sorted()
        #expect(try CLI.typedAnswers(store.appendingPathComponent(files[1]).path) == ["Eve", "1", "99", "no", "", ""])
        let again = try CLI.run(["replay", "--check", "--dialogues", CLI.smallDialogues, store.appendingPathComponent(files[1]).path], environment: environment)
        #expect(again.status == 0, "\(again.stdout)")
        let nothing = try CLI.run(["resume", "--dialogues", CLI.smallDialogues], environment: environment)
        #expect(nothing.status == 1)
        #expect(nothing.stderr.contains("there is no unfinished session to resume"))
    }

    @Test func aSessionOpenInOneProcessCannotBeResumedByAnother() throws {
        let transcript = home.appendingPathComponent("t.jsonl").path
        let pty = try Pty(arguments: ["coach", "--dialogues", CLI.smallDialogues, "--transcript", transcript], environment: environment)
        try pty.expect("Your name?")
        let second = try CLI.run(["resume", "--dialogues", CLI.smallDialogues, transcript], environment: environment)
        #expect(second.status == 1)
        #expect(second.stderr.contains("is open in another PrelimCoach"))
    }

    @Test func checkTranscriptsProvesEveryTranscriptStillResumes() throws {
        let folder = home.appendingPathComponent("golden")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        #expect(try coach(Array(CLI.smallAnswers.prefix(4)), transcript: folder.appendingPathComponent("a.jsonl").path).status == 0)
        let renamed = try copyOfSmallDialogues {
            $0.replacingOccurrences(of: "id: ask_score", with: "id: ask_step2").replacingOccurrences(of: "next: ask_score", with: "next: ask_step2")
        }
        let broken = try CLI.run(["check", renamed.path, "--transcripts", folder.path])
        #expect(broken.status == 1)
        #expect(broken.stdout.contains("a.jsonl:8: the answer here was given at 'ask_score', which is no longer in the dialogues"))
        try "migrations:\n  renamed:\n    ask_score: ask_step2\n".write(to: renamed.appendingPathComponent("migrations.yaml"), atomically: true, encoding: .utf8)
        let mended = try CLI.run(["check", renamed.path, "--transcripts", folder.path])
        #expect(mended.status == 0, "\(mended.stdout)")
        #expect(mended.stdout.contains("1 transcript, 1 resume, 0 do not"))
    }

    /// `check --transcripts` rebuilds from the inputs, but every output line must still be an event.
    @Test func checkTranscriptsRefusesADamagedOutputLineByFileAndLine() throws {
        let folder = home.appendingPathComponent("golden")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("a.jsonl")
        #expect(try coach(CLI.smallAnswers, transcript: file.path).status == 0)
        var lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[1].contains("\"kind\":\"output\""))
        lines[1] = #"{"at":"2026-11-25T09:00:00Z","kind":"output","output":{"said":{"node":"hello"}}}"#
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        let result = try CLI.run(["check", CLI.smallDialogues, "--transcripts", folder.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("a.jsonl:2: the line is not a transcript event (no 'text')"), "\(result.stdout)")
        #expect(result.stdout.contains("1 transcript, 0 resume, 1 do not"))
    }

    @Test func sessionsShowsThePathChosenOnceTheSessionHasEnded() throws {
        let withPath = try copyOfSmallDialogues { text in
            text.replacingOccurrences(of: "\nnodes:", with: """

                derived:
                  path:
                    type: choice
                    label: Path
                    options:
                      - key: reapply
                        label: Reapply
                      - key: pivot
                        label: Pivot
                    cases:
                      - when: score >= 240
                        value: reapply
                      - otherwise: pivot

                nodes:
                """)
        }
        let common = ["coach", "--dialogues", withPath.path, "--today", "2026-11-25"]
        #expect(try CLI.run(common, stdin: CLI.smallAnswers.map { $0 + "\n" }.joined(), environment: environment).status == 0)
        let list = try CLI.run(["sessions", "--dialogues", withPath.path], environment: environment)
        let rows = list.stdout.split(separator: "\n")
        #expect(rows.first?.split(separator: " ", omittingEmptySubsequences: true) == ["ID", "STARTED", "LAST", "ACTIVITY", "TARGET", "STATUS", "PATH"])
        #expect(rows.count == 2 && rows[1].hasSuffix("Anesthesiology  finished  Reapply"), "\(list.stdout)")
    }

    @Test func aSessionStoppedEarlySaysExactlyHowToContinueIt() throws {
        let own = home.appendingPathComponent("my notes.jsonl").path
        let stopped = try coach(["Dana", ":quit"], transcript: own)
        #expect(stopped.stdout.contains("Your answers are saved in \(own). To continue: prelim-coach resume '\(own)'"))
        let stored = try CLI.run(["coach", "--dialogues", CLI.smallDialogues], stdin: "Eve\n:quit\n", environment: environment)
        let id = try #require(try FileManager.default.contentsOfDirectory(atPath: home.appendingPathComponent("sessions").path).first)
            .replacingOccurrences(of: ".jsonl", with: "")
        #expect(stored.stdout.contains("To continue: prelim-coach resume \(id)\n"))
        let resumed = try CLI.run(["resume", "--dialogues", CLI.smallDialogues, own], stdin: "1\n", environment: environment)
        #expect(resumed.stdout.contains("  Name  Dana"))
    }

    @Test func aDirectoryOrAMissingFolderIsNamedNotMisread() throws {
        let folder = home.appendingPathComponent("folder.jsonl")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let replay = try CLI.run(["replay", folder.path], environment: environment)
        #expect(replay.status == 1)
        #expect(replay.stderr.contains("cannot read \(folder.path): it is a directory, not a transcript"))
        let check = try CLI.run(["check", CLI.smallDialogues, "--transcripts", home.appendingPathComponent("nowhere").path])
        #expect(check.status == 1)
        #expect(check.stderr.contains("nowhere: no such directory"))
    }

    func copyOfSmallDialogues(_ change: (String) -> String) throws -> URL {
        let copy = try CLI.temporaryDirectory()
        for name in ["content.yaml", "small.yaml"] {
            let text = try String(contentsOfFile: CLI.smallDialogues + "/" + name, encoding: .utf8)
            try change(text).write(to: copy.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return copy
    }

    /// A session run to its end from an answers file (no typed input at all) lists its path too.
    @Test func sessionsShowsThePathOfASessionAnsweredFromAFile() throws {
        let answers = CLI.packageRoot.appendingPathComponent("Tests/Golden/answers/ortho-all-in.yaml")
        let run = try CLI.run(["--answers", answers.path, "--today", "2026-07-20"], environment: environment)
        #expect(run.status == 0, "\(run.stderr)")
        let list = try CLI.run(["sessions"], environment: environment)
        let rows = list.stdout.split(separator: "\n")
        #expect(rows.count == 2 && rows[1].hasSuffix("Orthopaedic surgery  finished  Reapply to the same specialty"), "\(list.stdout)")
    }
}
