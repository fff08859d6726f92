@testable import DialogueCore
import Foundation
import Testing

/// The hand-written transcript codec against Foundation's `JSONEncoder` and `JSONDecoder`, the
/// reference: the same bytes written, the same events read, so that the format, its page and
/// every transcript already on disk stay valid unchanged.
struct TranscriptCodecTests {
    @Test func everyGoldenLineIsWrittenBackToItsOwnBytes() throws {
        let files = try CodecSamples.goldenFiles()
        #expect(files.count >= 10)
        var compared = 0
        for (name, lines) in files {
            let transcript = try Transcript.read(lines.reduce(Data()) { $0 + $1 + Data("\n".utf8) }).get()
            #expect(Data(TranscriptCoding.line(for: transcript.header).utf8) == lines[0], "\(name): header")
            for (number, timed) in transcript.events {
                #expect(Data(TranscriptCoding.line(for: timed).utf8) == lines[number - 1], "\(name):\(number)")
                #expect(TranscriptCoding.line(for: timed) == (try FoundationTranscriptCoding.line(for: timed)), "\(name):\(number)")
                compared += 1
            }
        }
        #expect(compared > 1000)
    }

    @Test(arguments: CodecSamples.hostileStrings)
    func hostileStringsAreWrittenAsJSONEncoderWritesThem(_ text: String) throws {
        for event in CodecSamples.events(around: text) {
            #expect(TranscriptCoding.line(for: event) == (try FoundationTranscriptCoding.line(for: event)), "\(event)")
        }
        let header = CodecSamples.header(around: text)
        #expect(TranscriptCoding.line(for: header) == (try FoundationTranscriptCoding.line(for: header)))
    }

    @Test func everyGoldenLineIsReadAsJSONDecoderReadsIt() throws {
        for (name, lines) in try CodecSamples.goldenFiles() {
            let header = try FoundationTranscriptCoding.header(from: lines[0])
            #expect(lines[0].fastHeader == header, "\(name): header")
            for (index, line) in lines.enumerated().dropFirst() {
                let fast = line.fastEvent
                #expect(fast != nil, "\(name):\(index + 1) was left to Foundation")
                #expect(fast == line.foundationEvent, "\(name):\(index + 1)")
            }
        }
    }

    @Test(arguments: CodecSamples.hostileStrings)
    func hostileStringsAreReadBackAsWritten(_ text: String) throws {
        for event in CodecSamples.events(around: text) {
            let line = Data(TranscriptCoding.line(for: event).utf8)
            #expect(line.fastEvent == event, "\(event)")
            #expect(line.foundationEvent == event, "\(event)")
        }
        let header = CodecSamples.header(around: "x" + text)
        let line = Data(TranscriptCoding.line(for: header).utf8)
        #expect(line.fastHeader == header)
        #expect(try FoundationTranscriptCoding.header(from: line) == header)
    }

    /// Another writer's spelling of the same lines: key order, white space, escapes, new fields.
    @Test(arguments: [
        JSONVariant.Style(reversedKeys: true),
        JSONVariant.Style(spacing: " \t "),
        JSONVariant.Style(escapeValues: true),
        JSONVariant.Style(unknownMembers: true),
        JSONVariant.Style(reversedKeys: true, spacing: "\r\n ", escapeValues: true, unknownMembers: true),
    ])
    func anotherWritersSpellingIsReadFastAndTheSame(_ style: JSONVariant.Style) throws {
        var lines = CodecSamples.hostileLines.filter { $0.count < 2_000 }
        // The hostile lines hold every kind of event; three golden files add the shipped dialogues' own texts.
        for (_, golden) in try CodecSamples.goldenFiles().prefix(3) { lines += golden.dropFirst() }
        for line in lines {
            let variant = Data(try JSONDecoder().decode(JSONVariant.self, from: line).text(style).utf8)
            let reference = variant.foundationEvent
            #expect(reference != nil, "Foundation refused the variant \(String(decoding: variant, as: UTF8.self))")
            #expect(variant.fastEvent == reference, "\(String(decoding: variant, as: UTF8.self))")
        }
    }

    /// What the fast reader leaves alone is still read, by Foundation.
    @Test(arguments: [
        JSONVariant.Style(escapeKeys: true),
        JSONVariant.Style(unknownMembersEverywhere: true),
    ])
    func spellingsTheFastReaderLeavesAloneAreStillRead(_ style: JSONVariant.Style) throws {
        let (_, data) = try TranscriptTests.recorded()
        for line in data.split(separator: UInt8(ascii: "\n")).dropFirst() {
            let variant = Data(try JSONDecoder().decode(JSONVariant.self, from: Data(line)).text(style).utf8)
            let reference = try #require(variant.foundationEvent)
            #expect(try TranscriptCoding.event(from: variant) == reference)
        }
    }

    @Test func numbersOutsideThePlainFormAreLeftToFoundation() throws {
        let resumed = #"{"at":"x","kind":"resumed","today":{"day":DAY,"month":12,"year":2026}}"#
        for day in ["1.0", "1e1", "-0", "01", "99999999999999999999", "1.5", "+1", ".5", "1e400"] {
            let line = Data(resumed.replacingOccurrences(of: "DAY", with: day).utf8)
            #expect(line.fastEvent == nil, "\(day)")
            #expect((try? TranscriptCoding.event(from: line)) == line.foundationEvent, "\(day)")
        }
        let plain = Data(resumed.replacingOccurrences(of: "DAY", with: "-31").utf8)
        #expect(plain.fastEvent == plain.foundationEvent)
        #expect(plain.fastEvent != nil)
    }
}
