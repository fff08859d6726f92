import Foundation
import Testing

/// Nothing lost: a session killed at any prompt resumes with every committed answer, once.
@Suite(.serialized)
struct CrashRecoveryTests {
    /// Answers typed before the kill; `partial` is typed without Enter just before it.
    @Test(arguments: [(1, ""), (3, ""), (5, ""), (2, "25")])
    func aSessionKilledAtAPromptResumesWithNoAnswerLostOrRepeated(_ answered: Int, _ partial: String) throws {
        let home = try CLI.temporaryDirectory()
        let environment = ["PRELIM_COACH_HOME": home.path]
        let common = ["--dialogues", CLI.smallDialogues, "--today", "2026-11-25"]

        let whole = home.appendingPathComponent("whole.jsonl").path
        let uninterrupted = try CLI.run(["coach", "--transcript", whole] + common,
                                        stdin: CLI.smallAnswers.map { $0 + "\n" }.joined(), environment: environment)
        #expect(uninterrupted.status == 0)

        let killed = home.appendingPathComponent("killed.jsonl").path
        let pty = try Pty(arguments: ["coach", "--transcript", killed] + common, environment: environment)
        for answer in CLI.smallAnswers.prefix(answered) {
            try pty.expect("> ")
            pty.send(answer + "\r")
        }
        try pty.expect("> ")  // the next prompt: the last answer has been saved
        if !partial.isEmpty {
            pty.send(partial)
            try pty.expect(partial)
        }
        pty.signal(SIGKILL)
        _ = try pty.waitForExit()

        let rest = CLI.smallAnswers.dropFirst(answered).map { $0 + "\n" }.joined()
        let resumed = try CLI.run(["resume", killed] + common, stdin: rest, environment: environment)
        #expect(resumed.status == 0, "\(resumed.stdout)\(resumed.stderr)")
        #expect(try CLI.typedAnswers(killed) == CLI.typedAnswers(whole))
        #expect(try finalSummary(killed) == finalSummary(whole))
        let check = try CLI.run(["replay", "--check", "--dialogues", CLI.smallDialogues, killed], environment: environment)
        #expect(check.status == 0, "\(check.stdout)")
    }

    func finalSummary(_ path: String) throws -> String? {
        try CLI.transcriptLines(path).compactMap { line -> String? in
            guard let emitted = (line["output"] as? [String: Any])?["emitted"] as? [String: Any] else { return nil }
            return (emitted["_0"] as? [String: Any])?["text"] as? String
        }.last
    }

    /// The coach on the small fixture dialogue, stdin and stdout pipes, saving to a new transcript.
    static func coachOnPipes() throws -> (process: Process, input: Pipe, output: Pipe, transcript: String) {
        let home = try CLI.temporaryDirectory()
        let transcript = home.appendingPathComponent("t.jsonl").path
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = ["coach", "--dialogues", CLI.smallDialogues, "--transcript", transcript]
        process.environment = ["PRELIM_COACH_HOME": home.path, "PATH": "/usr/bin:/bin"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        return (process, input, output, transcript)
    }

    @Test func sigtermOnAPipeEndsCleanlyWithTheTranscriptIntact() throws {
        let (process, input, output, transcript) = try Self.coachOnPipes()
        input.fileHandleForWriting.write(Data("Dana\n".utf8))
        // poll and read: FileHandle.availableData can block past the data that is there.
        var seen: [UInt8] = []
        let descriptor = output.fileHandleForReading.fileDescriptor
        let deadline = Date().addingTimeInterval(10)
        while !String(decoding: seen, as: UTF8.self).contains("Target?"), Date() < deadline {
            var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&ready, 1, 100) > 0 else { continue }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let count = read(descriptor, &chunk, chunk.count)
            if count > 0 { seen += chunk[..<count] }
        }
        #expect(String(decoding: seen, as: UTF8.self).contains("Target?"))
        process.terminate()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 128 + SIGTERM)
        #expect(try CLI.typedAnswers(transcript) == ["Dana"])
    }

    /// A signal that lands while the coach is busy (here: blocked writing to a full pipe) must
    /// still end the session at the next wait for input, not be missed by a blocking read.
    @Test func aSignalWhileTheCoachIsBusyIsNotMissed() throws {
        let (process, input, output, transcript) = try Self.coachOnPipes()
        // Each refused answer shows the question again: far more than a pipe holds, unread.
        input.fileHandleForWriting.write(Data(("Dana\n" + String(repeating: "x\n", count: 600)).utf8))
        Thread.sleep(forTimeInterval: 1)
        process.terminate()
        Thread.sleep(forTimeInterval: 0.3)
        let descriptor = output.fileHandleForReading.fileDescriptor
        let deadline = Date().addingTimeInterval(20)
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while process.isRunning, Date() < deadline {
            var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            if poll(&ready, 1, 100) > 0 { _ = read(descriptor, &chunk, chunk.count) }
        }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            Issue.record("the coach missed SIGTERM and kept waiting for input")
        }
        process.waitUntilExit()
        #expect(process.terminationStatus == 128 + SIGTERM)
        #expect(try CLI.typedAnswers(transcript).count == 601)
    }
}

/// Files received from someone else, or damaged: reported, never obeyed, never overwritten.
struct HostileTranscriptTests {
    static let header = "{\"answersInAdvance\":{},\"appVersion\":\"0.1.0\",\"format\":\"prelim-coach-transcript\",\"formatVersion\":1,"
        + "\"graphHash\":\"x\",\"kind\":\"header\",\"minimumReaderVersion\":1,\"sessionID\":\"\\u001b]0;evil\\u0007id\","
        + "\"startedAt\":\"2026-11-25T09:00:00Z\",\"timeZone\":\"UTC\",\"today\":{\"day\":25,\"month\":11,\"year\":2026}}\n"

    static func said(_ text: String) -> String {
        let escaped = text.unicodeScalars.map { scalar -> String in
            scalar.value < 0x20 || scalar == "\"" || scalar == "\\" ? String(format: "\\u%04x", scalar.value) : String(scalar)
        }.joined()
        return "{\"at\":\"x\",\"kind\":\"output\",\"output\":{\"said\":{\"node\":\"n\",\"text\":\"\(escaped)\"}}}\n"
    }

    @Test func escapeSequencesAndHugeLinesNeverReachTheTerminal() throws {
        let home = try CLI.temporaryDirectory()
        let hostile = Self.header + Self.said("clear \u{1B}[2J\u{1B}[3J and title \u{1B}]0;pwned\u{07} and \u{9B}31m c1 \u{7}")
            + Self.said(String(repeating: "long ", count: 200_000))
            + "{\"at\":\"x\",\"kind\":\"input\",\"node\":\"n\",\"source\":\"typed\",\"input\":{\"action\":\"answered\",\"text\":\"\\u001b[31mred\"}}\n"
        let file = try CLI.write(hostile, to: "hostile.jsonl", in: home)
        let result = try CLI.run(["replay", file.path], environment: ["PRELIM_COACH_HOME": home.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("clear and title and c1 ^G"))
        #expect(result.stdout.contains("> red"))
        #expect(result.stdout.utf8.count > 1_000_000)
        #expect(!result.stdout.contains("\u{1B}") && !result.stdout.contains("\u{9B}") && !result.stdout.contains("\u{07}"))
    }

    @Test(arguments: [
        ("garbage", Data("not a transcript\n".utf8), "garbage.jsonl:1: this is not a PrelimCoach transcript"),
        ("newer", Data("{\"format\":\"prelim-coach-transcript\",\"formatVersion\":2,\"minimumReaderVersion\":2}\n".utf8),
         "newer.jsonl:1: the transcript was written by a newer PrelimCoach (format 2)"),
        ("invalid-utf8", Data(header.utf8) + Data([0x7B, 0x22, 0xFF, 0xFE, 0x22, 0x7D, 0x0A]) + Data(said("after").utf8),
         "invalid-utf8.jsonl:2: the line is not a transcript event"),
        ("edited", Data((header + "{\"at\":\"x\",\"kind\":\"output\",\"output\":{\"sad\":{}}}\n" + said("after")).utf8),
         "edited.jsonl:2: the line is not a transcript event"),
    ])
    func aBadFileIsReportedByLineAndLeftUntouched(_ name: String, _ bytes: Data, _ message: String) throws {
        let home = try CLI.temporaryDirectory()
        let file = home.appendingPathComponent(name + ".jsonl")
        try bytes.write(to: file)
        for command in [["replay"], ["resume", "--dialogues", CLI.smallDialogues], ["replay", "--check", "--dialogues", CLI.smallDialogues]] {
            let result = try CLI.run(command + [file.path], environment: ["PRELIM_COACH_HOME": home.path])
            #expect(result.status == 1)
            #expect(result.stderr.contains(message), "\(command): \(result.stderr)")
            #expect(!result.stderr.contains("\u{1B}"))
        }
        #expect(try Data(contentsOf: file) == bytes)
    }

    @Test func aTornLastLineIsNotedAndTheSessionStillResumes() throws {
        let home = try CLI.temporaryDirectory()
        let transcript = home.appendingPathComponent("t.jsonl")
        _ = try CLI.run(["coach", "--dialogues", CLI.smallDialogues, "--transcript", transcript.path], stdin: "Dana\n2\n", environment: ["PRELIM_COACH_HOME": home.path])
        let handle = try FileHandle(forWritingTo: transcript)
        handle.seekToEndOfFile()
        handle.write(Data("{\"at\":\"x\",\"kind\":\"inp".utf8))
        try handle.close()
        let result = try CLI.run(["resume", "--dialogues", CLI.smallDialogues, transcript.path], stdin: "251\nyes\n\n\n", environment: ["PRELIM_COACH_HOME": home.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("was cut off mid-write (a crash or kill); it is left out"))
        #expect(try CLI.typedAnswers(transcript.path) == ["Dana", "2", "251", "yes", "", ""])
    }
}
