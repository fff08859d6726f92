import DialogueCore
import Foundation
import Testing

/// Transcripts: lines written and read back, damage reported by line, replays compared.
struct TranscriptTests {
    static let header = TranscriptHeader(
        appVersion: "test", graphHash: "fnv1a64:0", sessionID: "s1", startedAt: "2026-11-25T09:00:00-05:00",
        timeZone: "America/New_York", today: Fixture.today, answersInAdvance: ["willing": "yes"])
    static let inputs: [Input] = [.answered("2"), .backRequested, .answered("ty"), .recapRequested, .answered("251"), .skipRequested]

    static func recorded() throws -> (Transcript, Data) {
        let (transcript, _) = TranscriptRecording.record(Fixture.engine, header: header, inputs: inputs)
        return (transcript, Data(TranscriptRecording.lines(of: transcript).utf8))
    }

    @Test func everyEventSurvivesWritingAndReading() throws {
        let (transcript, data) = try Self.recorded()
        let read = try Transcript.read(data).get()
        #expect(read.header == Self.header)
        #expect(read.events.map(\.event) == transcript.events.map(\.event))
        #expect(read.tornLine == nil)
        let resumed = TimedEvent(.resumed(today: CalendarDate(year: 2026, month: 12, day: 1)), at: "x")
        #expect(try TranscriptCoding.event(from: Data(TranscriptCoding.line(for: resumed).utf8)) == resumed)
    }

    @Test func aTornLastLineIsLeftOutWithItsLineNumber() throws {
        let (transcript, data) = try Self.recorded()
        let torn = data + Data("{\"at\":\"2026\",\"kind\":\"inp".utf8)
        let read = try Transcript.read(torn).get()
        #expect(read.tornLine == transcript.events.count + 2)
        #expect(read.events.count == transcript.events.count)
    }

    @Test(arguments: [
        ("not json at all\n", 1, "this is not a PrelimCoach transcript (no transcript header)"),
        ("", 1, "the file is empty"),
        ("{\"format\":\"prelim-coach-transcript\",\"formatVersion\":7,\"minimumReaderVersion\":7}\n", 1,
         "the transcript was written by a newer PrelimCoach (format 7); this version reads format 1: update PrelimCoach"),
        ("{\"answersInAdvance\":{},\"appVersion\":\"0.1.0\",\"format\":\"prelim-coach-tran", 1,
         "the header line is cut off (the file was truncated before its first line was complete); it holds no session"),
    ])
    func aFileThatIsNotATranscriptIsNamedByLine(_ text: String, _ line: Int, _ message: String) {
        guard case .failure(let error) = Transcript.read(Data(text.utf8)) else {
            Issue.record("accepted")
            return
        }
        #expect(error == TranscriptError(line: line, message))
    }

    @Test func damageInTheMiddleIsAnErrorAtItsLine() throws {
        let (_, data) = try Self.recorded()
        var lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[3] = "{\"kind\":\"output\",\"at\":\"x\",\"output\":{\"said\":"
        guard case .failure(let error) = Transcript.read(Data(lines.joined(separator: "\n").utf8)) else {
            Issue.record("accepted")
            return
        }
        #expect(error.line == 4)
        #expect(error.message.hasPrefix("the line is not a transcript event"))
    }

    @Test func aBlankLineLeftByAnEditorIsNamedByLine() throws {
        let (transcript, data) = try Self.recorded()
        guard case .failure(let error) = Transcript.read(data + Data("\n".utf8)) else {
            Issue.record("accepted")
            return
        }
        #expect(error == TranscriptError(line: transcript.events.count + 2, "the line is empty; a transcript has no blank lines"))
    }

    /// The minimum-reader rule: a newer file this version may read can hold kinds of line it does not know.
    @Test func aNewerFormatThatAllowsThisReaderHasItsUnknownLinesPassedOver() throws {
        let (transcript, data) = try Self.recorded()
        var text = String(decoding: data, as: UTF8.self)
        text += "{\"at\":\"x\",\"kind\":\"bookmark\",\"label\":\"later\"}\n"
        guard case .failure = Transcript.read(Data(text.utf8)) else {
            Issue.record("an unknown kind of line was accepted in a format-1 file")
            return
        }
        text = text.replacingOccurrences(of: "\"formatVersion\":1", with: "\"formatVersion\":2")
        let read = try Transcript.read(Data(text.utf8)).get()
        #expect(read.header.formatVersion == 2)
        #expect(read.events.map(\.event) == transcript.events.map(\.event))
    }

    @Test func aLineOverOneMebibyteIsRefused() throws {
        let (_, data) = try Self.recorded()
        let huge = Data(("{\"kind\":\"output\",\"at\":\"" + String(repeating: "x", count: 1 << 20) + "\"}\n").utf8)
        guard case .failure(let error) = Transcript.read(data + huge) else {
            Issue.record("accepted")
            return
        }
        #expect(error.message.contains("longer than 1 MiB"))
    }

    @Test func theSameDialoguesReplayIdentically() throws {
        let (transcript, session) = TranscriptRecording.record(Fixture.engine, header: Self.header, inputs: Self.inputs)
        guard case .identical(let replayed) = Replay.check(transcript, with: Fixture.engine) else {
            Issue.record("diverged")
            return
        }
        #expect(replayed == session)
    }

    @Test func aRewordedQuestionIsTheFirstDivergence() throws {
        let (transcript, _) = TranscriptRecording.record(Fixture.engine, header: Self.header, inputs: Self.inputs)
        let changed = Engine(graph: Fixture.graph(rewording: "ask_score", to: "Your Step 2 CK?"))
        guard case .diverged(let divergence) = Replay.check(transcript, with: changed) else {
            Issue.record("identical")
            return
        }
        #expect(divergence.node == "ask_score")
        #expect(divergence.recorded == "asks at 'ask_score': \"Score?\"")
        #expect(divergence.found == "asks at 'ask_score': \"Your Step 2 CK?\"")
        #expect(divergence.line == 5, "the first time 'ask_score' is asked")
    }
}

/// Resuming against changed dialogues: reworded, added, renamed, removed.
struct SessionRebuildTests {
    static let inputs: [Input] = [.answered("ty"), .answered("251"), .answered("Mercy")]

    func rebuild(with graph: DialogueGraph) -> Result<SessionRebuild.Rebuilt, TranscriptError> {
        var header = TranscriptTests.header
        header.answersInAdvance = [:]
        let (transcript, _) = TranscriptRecording.record(Fixture.engine, header: header, inputs: Self.inputs)
        return SessionRebuild.rebuild(transcript, with: Engine(graph: graph))
    }

    @Test func aRewordedGraphResumesWhereTheSessionStopped() throws {
        let rebuilt = try rebuild(with: Fixture.graph(rewording: "ask_score", to: "New words?")).get()
        #expect(rebuilt.session.awaitedNode == "ask_start")
        #expect(rebuilt.session.bindings["hospital"]?.value == .text("Mercy"))
        #expect(rebuilt.notes.isEmpty)
    }

    @Test func aQuestionAddedBeforeRecordedAnswersIsAskedAndTheAnswersAreKept() throws {
        let rebuilt = try rebuild(with: Fixture.graph(insertingBefore: "ask_score")).get()
        #expect(rebuilt.session.awaitedNode == "ask_new")
        #expect(rebuilt.session.answersInAdvance["step2_ck"] == "251")
        #expect(rebuilt.session.answersInAdvance["hospital"] == "Mercy")
        #expect(rebuilt.notes.count == 1)
    }

    @Test func aRenamedNodeFollowsTheMigrationMap() throws {
        let graph = Fixture.graph(renaming: "ask_score", to: "ask_step2", migrations: NodeMigrations(renamed: ["ask_score": "ask_step2"]))
        let rebuilt = try rebuild(with: graph).get()
        #expect(rebuilt.session.awaitedNode == "ask_start")
        #expect(rebuilt.session.bindings["step2_ck"]?.value == .integer(251))
    }

    @Test func aRenamedNodeWithoutAMigrationIsAnErrorAtItsLine() {
        guard case .failure(let error) = rebuild(with: Fixture.graph(renaming: "ask_score", to: "ask_step2")) else {
            Issue.record("resumed")
            return
        }
        #expect(error.message.contains("'ask_score', which is no longer in the dialogues"))
        #expect(error.line == 6)
    }
}
