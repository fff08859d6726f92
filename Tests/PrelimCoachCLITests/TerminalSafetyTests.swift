import Foundation
import Testing

/// Every command, fed dialogue files, transcripts, answers files and arguments full of escape
/// sequences: none of ESC, BEL or a C1 control reaches standard output or standard error.
struct TerminalSafetyTests {
    static let evil = "\u{1B}]0;pwned\u{07}\u{1B}[2J\u{9B}31m\u{9D}8;;http://x\u{9C}\u{90}q\u{9C}\u{1B}c"

    let home: URL
    var environment: [String: String] { ["PRELIM_COACH_HOME": home.path] }

    init() throws {
        home = try CLI.temporaryDirectory()
    }

    func expectClean(_ result: CLI.Result, _ command: String) {
        for stream in [result.stdout, result.stderr] {
            let bad = stream.unicodeScalars.filter { $0.value == 0x1B || $0.value == 0x07 || (0x80...0x9F).contains($0.value) }
            #expect(bad.isEmpty, "\(command) printed \(bad.map { String($0.value, radix: 16) })")
        }
    }

    /// YAML double quotes write ESC as \e, BEL as \a and C1 controls as \x9b.
    static let yamlEvil = "\\e]0;pwned\\a\\e[2J\\x9b31m\\x9d8;;http://x\\x9c\\x90q\\x9c\\ec"

    /// The small dialogues with escapes in a said text, a prompt, an option label and a variable label.
    func hostileDialogues() throws -> URL {
        let copy = home.appendingPathComponent("dialogues")
        try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
        let small = try String(contentsOfFile: CLI.smallDialogues + "/small.yaml", encoding: .utf8)
            .replacingOccurrences(of: "say: Hello. Six questions.", with: "say: \"Hello \(Self.yamlEvil) there\"")
            .replacingOccurrences(of: "prompt: Target?", with: "prompt: \"Target \(Self.yamlEvil)?\"")
            .replacingOccurrences(of: "label: Dermatology", with: "label: \"Derm \(Self.yamlEvil)\"")
            .replacingOccurrences(of: "label: Hospital", with: "label: \"Hospital \(Self.yamlEvil)\"")
        try small.write(to: copy.appendingPathComponent("small.yaml"), atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(atPath: CLI.smallDialogues + "/content.yaml", toPath: copy.appendingPathComponent("content.yaml").path)
        return copy
    }

    @Test func coachAndItsAnswersAndTabListsAreClean() throws {
        let dialogues = try hostileDialogues().path
        let typed = ["Dana", "\(Self.evil)1", "1", "251", "yes", "", ""]
        let result = try CLI.run(["coach", "--dialogues", dialogues, "--today", "2026-11-25"], stdin: typed.map { $0 + "\n" }.joined(), environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(" there"))
        #expect(result.stdout.contains("Derm"))
        expectClean(result, "coach")
    }

    @Test func resumeSessionsReplayAndCheckOfAHostileSessionAreClean() throws {
        let dialogues = try hostileDialogues().path
        let transcript = home.appendingPathComponent("s.jsonl").path
        let started = try CLI.run(["coach", "--dialogues", dialogues, "--today", "2026-11-25", "--transcript", transcript],
                                  stdin: "\(Self.evil)Dana\n\(Self.evil)\n", environment: environment)
        #expect(started.status == 1)
        expectClean(started, "coach (piped, ended early)")
        // A received transcript: a hostile session id and start time in the header too.
        let text = try String(contentsOfFile: transcript, encoding: .utf8)
        let hostileID = text.replacingOccurrences(of: "\"sessionID\":\"", with: "\"sessionID\":\"\\u001b]0;id\\u0007")
            .replacingOccurrences(of: "\"startedAt\":\"", with: "\"startedAt\":\"\\u009b2J")
        let received = home.appendingPathComponent("sessions")
        try FileManager.default.createDirectory(at: received, withIntermediateDirectories: true)
        let file = received.appendingPathComponent("received.jsonl").path
        try hostileID.write(toFile: file, atomically: true, encoding: .utf8)

        for (arguments, shown) in [
            (["sessions", "--dialogues", dialogues], "in progress"),
            (["replay", file], "> Dana"),
            (["replay", "--check", "--dialogues", dialogues, file], "identical"),
            (["replay", "--check", "--dialogues", CLI.smallDialogues, file], "diverges"),
            (["check", dialogues, "--transcripts", received.path], "1 transcript, 1 resume"),
            (["resume", "--dialogues", dialogues, file], "Resuming session"),
        ] {
            let result = try CLI.run(arguments, stdin: "1\n251\n", environment: environment)
            #expect(result.stdout.contains(shown), "\(arguments[0]): \(result.stdout)\(result.stderr)")
            expectClean(result, arguments.joined(separator: " "))
        }
    }

    @Test func checkDiagnosticsQuotingHostileNamesAreClean() throws {
        let folder = home.appendingPathComponent("dir\u{1B}]0;x\u{07}")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "start: \"a\(Self.yamlEvil)\"\n\"k\(Self.yamlEvil)\": 1\nnodes:\n  - id: a\n    next: \"b\(Self.yamlEvil)\"\n"
            .write(to: folder.appendingPathComponent("bad.yaml"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["check", folder.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("[PC003]"))
        expectClean(result, "check")
        let coach = try CLI.run(["coach", "--dialogues", folder.path], environment: environment)
        #expect(coach.status == 1)
        expectClean(coach, "coach with broken dialogues")
    }

    @Test(arguments: [
        ["--today", "\u{1B}]0;pwned\u{07}2026"],
        ["resume", "no-such-\u{1B}[2J-session"],
        ["replay", "/no/such/\u{9B}31m.jsonl"],
        ["--answers", "/no/such/\u{1B}]0;x\u{07}.yaml"],
        ["--no-such-\u{1B}[31m-option"],
    ])
    func argumentsQuotedInErrorsAreClean(_ arguments: [String]) throws {
        let result = try CLI.run(arguments, environment: environment)
        #expect(result.status != 0)
        #expect(!result.stderr.isEmpty)
        expectClean(result, arguments.joined(separator: " "))
    }
}
