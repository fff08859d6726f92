import DialogueAuthoring
import DialogueCore
import Foundation
import Testing

/// `--answers` files: every problem reported at once; hostile files refused whole.
struct AnswersReaderTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let graph: DialogueGraph = {
        let directory = root.appendingPathComponent("Tests/Fixtures/small-dialogues")
        let sources = ["content.yaml", "small.yaml"].map { name in
            DialogueSource(path: name, text: (try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)) ?? "")
        }
        guard let graph = GraphCompiler.compile(sources).graph else { fatalError("the small dialogues do not compile") }
        return graph
    }()

    func read(_ text: String) -> Result<[String: String], AnswersReader.Failure> {
        AnswersReader.read(Data(text.utf8), graph: Self.graph)
    }

    @Test func aGoodFileGivesEachAnswerAsText() throws {
        let answers = try read("target: derm\nscore: 251\nwilling: yes\nhospital:\n").get()
        #expect(answers == ["target": "derm", "score": "251", "willing": "yes", "hospital": ""])
    }

    @Test func everyBadEntryIsReportedByName() {
        #expect(read("targt: derm\nscore: 999\n").failure == .invalid([
            "targt: not a profile name; did you mean 'target'?",
            "score: '999' does not fit. Score must be from 1 to 300; 999 is out of range.",
        ]))
    }

    @Test func anAnswerOver4KBIsRefusedAndNotQuotedInFull() throws {
        let failure = try #require(read("name: " + String(repeating: "a", count: 5000) + "\n").failure)
        guard case .invalid(let problems) = failure else { Issue.record("\(failure)"); return }
        #expect(problems.count == 1)
        #expect(problems[0].contains("longer than 4096 bytes"))
        #expect(problems[0].count < 200)
    }

    @Test func billionLaughsIsRefusedBeforeItExpands() {
        #expect(read(HostileFileTests.billionLaughs).failure == .unreadable("anchors ('&name') are not allowed; write the value out"))
    }

    @Test func deepNestingIsRefused() {
        let failure = read("target: " + String(repeating: "[", count: 10_000) + "\n").failure
        #expect(failure == .unreadable("lists and mappings are nested more than 32 deep here"))
    }

    @Test func aHugeFileIsRefusedUnparsed() {
        let failure = AnswersReader.read(Data(repeating: UInt8(ascii: "#"), count: AnswersReader.maximumFileBytes + 1), graph: Self.graph).failure
        #expect(failure == .unreadable("it is larger than 64 KiB; an answers file is a short list of 'name: value' lines"))
    }

    @Test func invalidUTF8IsRefused() {
        let failure = AnswersReader.read(Data("name: caf".utf8) + Data([0xE9, 0x0A]), graph: Self.graph).failure
        #expect(failure == .unreadable("it is not UTF-8 text"))
    }
}
