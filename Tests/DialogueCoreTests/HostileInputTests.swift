import DialogueCore
import Foundation
import Testing

/// Transcripts, conditions and answers made to crash or hang the readers; and the committed
/// fuzz inputs (seeds and every input that once crashed), replayed without the fuzzer.
struct HostileInputTests {
    static let corpus = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fuzz/Corpus")

    static func inputs(_ target: String) -> [Data] {
        let folder = corpus.appendingPathComponent(target)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().compactMap { try? Data(contentsOf: folder.appendingPathComponent($0)) }
    }

    @Test func deeplyNestedJSONInATranscriptIsDamageNotACrash() throws {
        let (_, data) = try TranscriptTests.recorded()
        let nested = Data(("{\"kind\":\"output\",\"at\":" + String(repeating: "[", count: 100_000) + "\n").utf8)
        guard case .failure(let error) = Transcript.read(data + nested) else {
            Issue.record("a nested line was read as an event")
            return
        }
        #expect(error.message.hasPrefix("the line is not a transcript event"))
    }

    @Test func invalidUTF8InATranscriptIsDamageNotACrash() throws {
        let (_, data) = try TranscriptTests.recorded()
        let bad = Data("{\"kind\":\"input\",\"at\":\"x\",\"input\":{\"action\":\"answered\",\"text\":\"".utf8) + Data([0xFF, 0xFE]) + Data("\"}}\n".utf8)
        guard case .failure(let error) = Transcript.read(data + bad) else {
            Issue.record("invalid UTF-8 was read as an event")
            return
        }
        #expect(error.line == data.split(separator: UInt8(ascii: "\n")).count + 1)
    }

    @Test func aConditionNestedTenThousandDeepIsAnErrorNotACrash() {
        let text = String(repeating: "(", count: 10_000) + "willing" + String(repeating: ")", count: 10_000)
        guard case .failure(let error) = ExpressionParser.parse(text) else {
            Issue.record("a 10 000-deep condition parsed")
            return
        }
        #expect(error.message.contains("nested"))
    }

    @Test func everyCommittedTranscriptInputReadsOrNamesItsLine() {
        let inputs = Self.inputs("FuzzTranscript")
        #expect(inputs.count >= 3)
        for data in inputs {
            switch Transcript.read(data) {
            case .success(let transcript): _ = SessionRebuild.rebuild(transcript, with: Fixture.engine)
            case .failure(let error): #expect(error.line >= 1)
            }
        }
    }

    @Test func everyCommittedConditionParsesOrSaysWhere() {
        let inputs = Self.inputs("FuzzExpression")
        #expect(inputs.count >= 5)
        for data in inputs {
            let text = String(decoding: data, as: UTF8.self)
            if case .failure(let error) = ExpressionParser.parse(text) {
                #expect((0...text.utf8.count).contains(error.offset), "\(error)")
            }
        }
    }

    @Test func everyCommittedAnswerParsesOrSaysWhy() {
        let inputs = Self.inputs("FuzzAnswer")
        #expect(inputs.count >= 5)
        for data in inputs {
            for declaration in Fixture.variables where !declaration.isDerived {
                if case .failure(let error) = AnswerParser.parse(String(decoding: data, as: UTF8.self), for: declaration) {
                    #expect(!error.message.isEmpty)
                }
            }
        }
    }
}

/// Limits on conditions and templates that keep the recursive parsers off the stack's end.
struct DepthLimitTests {
    @Test func aLongFlatConditionIsRefusedBeforeParsing() {
        let text = (0..<600).map { _ in "step2_ck" }.joined(separator: " + ")
        guard case .failure(let error) = ExpressionParser.parse(text) else {
            Issue.record("a 1199-part condition parsed")
            return
        }
        #expect(error.message == "the condition is too long (more than 1000 parts); split it into derived values")
    }

    @Test func aConditionAsDeepAsAnAuthorWritesParses() {
        let text = "not " + String(repeating: "(", count: 20) + "willing" + String(repeating: ")", count: 20)
        guard case .success = ExpressionParser.parse(text) else {
            Issue.record("a 21-deep condition was refused")
            return
        }
    }

    @Test func deeplyNestedTemplateSectionsAreRefusedWhereTheyGoTooDeep() {
        let text = String(repeating: "{{#willing}}", count: 10_000) + "x" + String(repeating: "{{/willing}}", count: 10_000)
        guard case .failure(let error) = Template.compile(text) else {
            Issue.record("10 000 nested sections compiled")
            return
        }
        #expect(error.column == 16 * 12 + 1)
        #expect(error.message == "sections ('{{#') are nested more than 16 deep here")
    }
}
