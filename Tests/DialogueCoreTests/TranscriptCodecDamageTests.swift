@testable import DialogueCore
import Foundation
import Testing

/// Damaged lines: the fast reader never takes a line Foundation's `JSONDecoder` refuses, nor reads
/// one differently; what it does not take, Foundation reads and reports as it always did.
struct TranscriptCodecDamageTests {
    /// One line of each shape: every kind of output, input and `resumed`.
    static func shapes() throws -> [Data] {
        var byShape: [String: Data] = [:]
        let lines = CodecSamples.events(around: "é\"\\🩺\n").map { Data(TranscriptCoding.line(for: $0).utf8) }
        for line in lines {
            guard let event = line.foundationEvent else { continue }
            byShape[shape(of: event.event)] = byShape[shape(of: event.event)] ?? line
        }
        return byShape.keys.sorted().compactMap { byShape[$0] }
    }

    private static func shape(of event: TranscriptEvent) -> String {
        switch event {
        case .output(.asked(let question)): "asked \(question.kind.typeName) \(question.help == nil)"
        case .output(let output): String(String(describing: output).prefix { $0 != "(" })
        case .input(let input, _, _): "input " + String(describing: input).prefix { $0 != "(" }
        case .resumed: "resumed"
        }
    }

    static let replacements: [UInt8] = [UInt8(ascii: "\""), UInt8(ascii: "}"), UInt8(ascii: "]"), UInt8(ascii: ","), UInt8(ascii: ":"),
                                        UInt8(ascii: "\\"), UInt8(ascii: "0"), UInt8(ascii: "n"), UInt8(ascii: " "), 0xFF, 0x01, 0xC3]

    @Test func noCutReplacementOrDeletionIsReadDifferentlyFromFoundation() throws {
        let lines = try Self.shapes()
        #expect(lines.count >= 15)
        var mutations = 0, acceptedByBoth = 0
        for line in lines {
            let bytes = [UInt8](line)
            for index in bytes.indices {
                var variants = [Data(bytes[..<index]), Data(bytes[..<index] + bytes[(index + 1)...])]
                for replacement in Self.replacements where replacement != bytes[index] {
                    var changed = bytes
                    changed[index] = replacement
                    variants.append(Data(changed))
                }
                for variant in variants {
                    mutations += 1
                    if let checked = variant.withUnsafeBytes({ TranscriptCoding.eventCheckingOutput($0.bindMemory(to: UInt8.self)) }) {
                        let reference = variant.foundationEvent
                        if case .output = checked.event {
                            guard case .output? = reference?.event else {
                                Issue.record("checked as an output: \(String(decoding: variant, as: UTF8.self))")
                                continue
                            }
                        } else {
                            #expect(checked == reference, "\(String(decoding: variant, as: UTF8.self))")
                        }
                    }
                    guard let fast = variant.fastEvent else { continue }
                    let reference = variant.foundationEvent
                    #expect(fast == reference, "\(String(decoding: variant, as: UTF8.self))")
                    if reference != nil { acceptedByBoth += 1 }
                }
            }
        }
        #expect(mutations > 10_000)
        // Changes inside strings still make events: the comparison above had something to compare.
        #expect(acceptedByBoth > 1_000)
    }

    /// `check --transcripts` reads without keeping outputs: the same files read, the same errors.
    @Test func readingWithoutOutputsAcceptsAndRefusesExactlyTheSameFiles() throws {
        let header = Data((TranscriptCoding.line(for: TranscriptTests.header) + "\n").utf8)
        var files = 0
        for line in try Self.shapes() {
            let bytes = [UInt8](line)
            for index in bytes.indices {
                for replacement in [UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "1"), 0xFF] {
                    var changed = bytes
                    changed[index] = replacement
                    for ending in [Data("\n".utf8), Data()] {
                        let file = header + Data(changed) + ending + Data(bytes) + ending
                        files += 1
                        switch (Transcript.read(file), Transcript.read(file, keepingOutputs: false)) {
                        case (.success(let kept), .success(let checked)):
                            #expect(checked.events.map(\.line) == kept.events.filter { !$0.event.event.isOutput }.map(\.line))
                            #expect(checked.tornLine == kept.tornLine)
                        case (.failure(let kept), .failure(let checked)):
                            #expect(checked == kept)
                        default:
                            Issue.record("read differently: \(String(decoding: changed, as: UTF8.self))")
                        }
                    }
                }
            }
        }
        #expect(files > 10_000)
        for (name, lines) in try CodecSamples.goldenFiles() {
            let data = lines.reduce(Data()) { $0 + $1 + Data("\n".utf8) }
            let kept = try Transcript.read(data).get(), checked = try Transcript.read(data, keepingOutputs: false).get()
            #expect(checked.events.map(\.line) == kept.events.filter { !$0.event.event.isOutput }.map(\.line), "\(name)")
            #expect(checked.events.map(\.event) == kept.events.filter { !$0.event.event.isOutput }.map(\.event), "\(name)")
        }
    }

    @Test func aDamagedLineIsReportedWithFoundationsReason() throws {
        let (_, data) = try TranscriptTests.recorded()
        let cases = [
            (#"{"at":"x","kind":"output","output":{"said":{"node":"a"}}}"#, "the line is not a transcript event (no 'text')"),
            (#"{"at":"x","kind":"output","output":{"said":{"node":"a","text":7}}}"#,
             "the line is not a transcript event (unexpected value at 'output.said.text')"),
            (#"{"at":"x","kind":"output"}"#, "the line is not a transcript event (the line has no 'output')"),
            (#"{"at":"x","kind":"bookmark"}"#, "the line is not a transcript event ('bookmark' is not a kind of transcript line)"),
            (#"{"at":"x","kind":"output","output":{"said":{"node":"a","text":"b"},"wentBack":{"node":"a"}}}"#,
             "the line is not a transcript event (unexpected value at 'output')"),
            (#"{"at":"x","kind":"input","input":{"action":"answered"},"source":"typed"}"#, "the line is not a transcript event (the line has no 'input')"),
            (#"{"at":"x","kind":"resumed","today":{"day":1.5,"month":1,"year":1}}"#, "the line is not a transcript event (not valid JSON)"),
            (#"{"at":"x","kind":"output","output":{"said":{"node":"a","text":"b"}}} x"#, "the line is not a transcript event (not valid JSON)"),
        ]
        let lineNumber = data.split(separator: UInt8(ascii: "\n")).count + 1
        for (line, message) in cases {
            for keepingOutputs in [true, false] {
                guard case .failure(let error) = Transcript.read(data + Data((line + "\n").utf8), keepingOutputs: keepingOutputs) else {
                    Issue.record("accepted: \(line)")
                    continue
                }
                #expect(error == TranscriptError(line: lineNumber, message), "\(line)")
            }
        }
    }
}

extension TranscriptEvent {
    var isOutput: Bool {
        if case .output = self { return true }
        return false
    }
}
