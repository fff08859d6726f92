@testable import DialogueCore
import Foundation

/// Transcript lines for the codec tests: every line of the golden transcripts, and every kind
/// of event built around strings chosen to break a JSON writer or reader.
enum CodecSamples {
    static let golden = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Golden")

    /// Each golden file's lines (without newlines), header first.
    static func goldenFiles() throws -> [(name: String, lines: [Data])] {
        let names = try FileManager.default.contentsOfDirectory(atPath: golden.path).filter { $0.hasSuffix(".jsonl") }.sorted()
        return try names.map { name in
            let data = try Data(contentsOf: golden.appendingPathComponent(name))
            return (name, data.split(separator: UInt8(ascii: "\n")).map { Data($0) })
        }
    }

    /// Every control character, quotes, backslashes, slashes, DEL, composed and decomposed
    /// accents, non-BMP characters, U+FFFD, separators that end a JavaScript line, a BOM, NUL.
    static let hostileStrings: [String] = [
        "",
        "plain",
        "quote \" backslash \\ slash / escaped-looking \\/ \\u0041 \\n",
        String(String.UnicodeScalarView((0..<0x20).compactMap(Unicode.Scalar.init))),
        "\u{7F} DEL and \u{80} C1 \u{9F}",
        "caf\u{E9} and cafe\u{301}",
        "stethoscope 🩺, clef 𝄞, flag 🇺🇸, family 👩‍👩‍👧",
        "\u{FFFD} replacement \u{FFFF} \u{FFFE}",
        "\u{2028}line\u{2029}paragraph",
        "\u{0}NUL in the middle\u{0}",
        "\u{FEFF}BOM",
        "tab\there\nnewline\r\nCRLF",
        "</script><b>&amp;</b>",
        String(repeating: "long é🩺\"\\\n", count: 500),
    ]

    static func events(around text: String) -> [TimedEvent] {
        let options = [ChoiceOption(key: text, label: text, text: text, aliases: [text, ""]), ChoiceOption(key: "k", label: "L")]
        let kinds: [VariableKind] = [.choice(options), .choice([]), .integer(min: Int.min, max: Int.max), .integer(min: -5, max: 0),
                                     .yesNo, .text(maxLength: 0), .yearMonth, .date]
        let recap = [RecapLine(variable: text, label: text, text: text), RecapLine(variable: "v", label: "l", text: "")]
        var outputs: [Output] = [
            .said(node: text, text: text),
            .answeredInAdvance(node: text, variable: text, answer: text),
            .rejected(node: text, answer: text, reason: text),
            .skipped(node: text, variable: text, value: text),
            .skipped(node: text, variable: text, value: nil),
            .recap(recap), .recap([]),
            .wentBack(node: text),
            .notice(text),
            .ended(node: text, text: text, reason: .finished),
            .ended(node: nil, text: nil, reason: .missingAnswers([text, "x"])),
            .ended(node: text, text: nil, reason: .missingAnswers([])),
            .ended(node: nil, text: text, reason: .finished),
        ]
        for kind in kinds {
            outputs.append(.asked(Question(node: text, variable: text, prompt: text, help: text, kind: kind, isOptional: true, defaultText: text)))
            outputs.append(.asked(Question(node: text, variable: text, prompt: text, help: nil, kind: kind, isOptional: false, defaultText: nil)))
        }
        for kind in EmissionKind.allCases {
            outputs.append(.emitted(Message(node: text, kind: kind, title: text, text: text, covers: [text, "C1"], because: recap,
                                            date: CalendarDate(year: 2027, month: 3, day: 1),
                                            chart: Chart(unit: text, bars: [Chart.Bar(label: text, value: -3, source: text),
                                                                            Chart.Bar(label: "b", value: 250_000, source: "s")]))))
            outputs.append(.emitted(Message(node: text, kind: kind, title: nil, text: text, covers: [])))
        }
        outputs.append(.emitted(Message(node: "n", kind: .milestone, title: "t", text: "x", covers: [], chart: Chart(unit: "u", bars: []))))
        let inputs: [Input] = [.answered(text), .skipRequested, .backRequested, .recapRequested, .inputEnded]
        var events = outputs.map { TranscriptEvent.output($0) }
        events += inputs.flatMap { input in [TranscriptEvent.input(input, node: text, source: .typed), .input(input, node: nil, source: .typed)] }
        events.append(.resumed(today: CalendarDate(year: 2026, month: 12, day: 31)))
        return events.map { TimedEvent($0, at: text) }
    }

    static func header(around text: String) -> TranscriptHeader {
        // Keys that sort differently by bytes, by case, by numbers and by locale.
        let answers = [text: text, "a10": "x", "a9": "y", "B": "", "b": "", "_b": "", "\u{E9}": "", "e\u{301}x": "", "Z": text]
        return TranscriptHeader(appVersion: text, graphHash: text, sessionID: text, startedAt: text, timeZone: text,
                                today: CalendarDate(year: 1, month: 1, day: 1), answersInAdvance: answers)
    }

    /// The lines of every hostile event, as the hand-written writer makes them.
    static var hostileLines: [Data] {
        hostileStrings.flatMap { text in events(around: text).map { Data(TranscriptCoding.line(for: $0).utf8) } }
    }
}

extension Data {
    /// The fast reader on these bytes: `nil` when it leaves the line to Foundation.
    var fastEvent: TimedEvent? {
        withUnsafeBytes { raw in try? TranscriptCoding.fastEvent(raw.bindMemory(to: UInt8.self)) }
    }

    var fastHeader: TranscriptHeader? {
        withUnsafeBytes { raw in try? TranscriptCoding.fastHeader(raw.bindMemory(to: UInt8.self)) }
    }

    /// Foundation's reading of the line, the reference.
    var foundationEvent: TimedEvent? { try? FoundationTranscriptCoding.event(from: self) }
}
