import BenchSupport
import DialogueCore
import Foundation
import Yams

/// `prelim-bench play DIR WALKS [--repeat R] [--plays P] [--sample-seconds S]`: loads the
/// dialogues, checks that every walk is reproduced, then times R loads and R samples of play;
/// prints one JSON line in the peers' shape. A sample plays every walk over and over, at least
/// P times (1) and for at least S seconds (0), and its time per play is its mean: a play of
/// PrelimCoach lasts tens of milliseconds, one of a peer half a second, and a sample as long as
/// the peer's is as exposed to the machine's other jobs. A large P with R = 1 leaves a profile
/// of the play, not of the load.
/// `prelim-bench transcripts DIR WALKS OUTDIR`: writes one transcript per walk.
/// `prelim-bench replay DIR TRANSCRIPTS [--repeat R]`: times what `check --transcripts` adds to
/// `check`, in process: every file read, its lines decoded (outputs checked, not kept) and the
/// session rebuilt; the graph's load and analysis are left out.
/// `prelim-bench yaml DIR`: times Yams composing the files alone, the floor under loading.
let usage = """
    usage: prelim-bench play DIR WALKS [--repeat R] [--plays P] [--sample-seconds S]
           prelim-bench transcripts DIR WALKS OUTDIR
           prelim-bench replay DIR TRANSCRIPTS [--repeat R]
           prelim-bench yaml DIR
    """

func readWalks(_ path: String) throws -> [Walk] {
    guard let data = FileManager.default.contents(atPath: path) else { throw BenchError("cannot read \(path)") }
    return try Walk.parse(String(decoding: data, as: UTF8.self))
}

func json(_ fields: KeyValuePairs<String, Any>) -> String {
    let parts = fields.map { key, value -> String in
        let shown: String
        switch value {
        case let text as String: shown = "\"\(text)\""
        case let number as Double: shown = String(format: "%.6g", number)
        default: shown = "\(value)"
        }
        return "\"\(key)\": \(shown)"
    }
    return "{" + parts.joined(separator: ", ") + "}"
}

func play(directory: String, walksPath: String, repeat count: Int, plays: Int, sampleSeconds: Double) throws {
    let baseRSS = Measure.peakRSSMegabytes()
    let ((engine, _), firstLoad) = try Measure.timed { try DialogueDirectory.engine(at: directory) }
    let loadedRSS = Measure.peakRSSMegabytes()
    let walks = try readWalks(walksPath)
    let player = WalkPlayer(engine: engine)
    for (index, walk) in walks.enumerated() {
        if let mismatch = player.mismatch(walk) { throw BenchError("walk \(index + 1) is not reproduced: \(mismatch)") }
    }
    var playTimes: [Double] = []
    // The first play of each sample on its own: the measure before samples were made longer.
    var firstPlayTimes: [Double] = []
    var playsPerSample: [Int] = []
    var shown = 0
    for _ in 0..<count {
        var played = 0
        let start = Measure.now()
        var elapsed = 0.0
        while played < plays || elapsed < sampleSeconds {
            shown = walks.reduce(0) { $0 &+ player.play($1) }
            played += 1
            elapsed = Measure.now() - start
            if played == 1 { firstPlayTimes.append(elapsed) }
        }
        playTimes.append(elapsed / Double(played))
        playsPerSample.append(played)
    }
    let peakRSS = Measure.peakRSSMegabytes()
    var loadTimes = [firstLoad]
    for _ in 1..<max(1, count) {
        let (_, seconds) = try Measure.timed { try DialogueDirectory.engine(at: directory) }
        loadTimes.append(seconds)
    }
    let turns = walks.reduce(0) { $0 + $1.steps }
    let answers = walks.reduce(0) { $0 + $1.answers.count }
    let bestPlay = playTimes.min() ?? 0
    print(json([
        "engine": "prelimcoach", "nodes": engine.graph.nodes.count, "paths": walks.count, "turns": turns,
        "answers": answers, "walks_reproduced": walks.count,
        "load_best_s": loadTimes.min() ?? 0, "load_median_s": Measure.median(loadTimes),
        "play_best_s": bestPlay, "play_median_s": Measure.median(playTimes),
        "turns_per_s": bestPlay > 0 ? Double(turns) / bestPlay : 0,
        "answers_per_s": bestPlay > 0 ? Double(answers) / bestPlay : 0,
        "samples": count, "plays_per_sample": playsPerSample.min() ?? 0, "sample_seconds": sampleSeconds,
        "turns_per_s_one_play": (firstPlayTimes.min() ?? 0) > 0 ? Double(turns) / (firstPlayTimes.min() ?? 1) : 0,
        "rss_base_mb": baseRSS, "rss_after_load_mb": loadedRSS, "rss_peak_mb": peakRSS, "characters_shown": shown,
    ]))
}

func writeTranscripts(directory: String, walksPath: String, output: String) throws {
    let (engine, hash) = try DialogueDirectory.engine(at: directory)
    let writer = TranscriptWriter(player: WalkPlayer(engine: engine), sourceHash: hash)
    try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
    var turns = 0
    let walks = try readWalks(walksPath)
    for (index, walk) in walks.enumerated() {
        let (text, answered) = try writer.transcript(of: walk, number: index + 1)
        turns += answered
        let name = output + "/walk-" + String(format: "%05d", index + 1) + ".jsonl"
        guard FileManager.default.createFile(atPath: name, contents: Data(text.utf8)) else { throw BenchError("cannot write \(name)") }
    }
    print(json(["transcripts": walks.count, "turns": turns, "directory": output]))
}

func replay(directory: String, transcripts: String, repeat count: Int) throws {
    let (engine, _) = try DialogueDirectory.engine(at: directory)
    let names = try FileManager.default.contentsOfDirectory(atPath: transcripts).filter { $0.hasSuffix(".jsonl") }.sorted()
    let rssBefore = Measure.peakRSSMegabytes()
    var times: [Double] = []
    var turns = 0
    for _ in 0..<count {
        let (answered, seconds) = try Measure.timed { try names.reduce(0) { $0 + (try rebuild(transcripts + "/" + $1, with: engine)) } }
        turns = answered
        times.append(seconds)
    }
    let best = times.min() ?? 0
    print(json([
        "figure": "replay_in_process", "transcripts": names.count, "turns": turns,
        "replay_best_s": best, "replay_median_s": Measure.median(times), "turns_per_s": best > 0 ? Double(turns) / best : 0,
        "rss_before_mb": rssBefore, "rss_peak_mb": Measure.peakRSSMegabytes(),
    ]))
}

/// The typed inputs of one transcript, after reading and rebuilding it as `check --transcripts` does.
func rebuild(_ path: String, with engine: Engine) throws -> Int {
    guard let handle = FileHandle(forReadingAtPath: path), let data = try handle.readToEnd() else { throw BenchError("cannot read \(path)") }
    try handle.close()
    guard case .success(let transcript) = Transcript.read(data, keepingOutputs: false) else { throw BenchError("\(path) does not read") }
    guard case .success = SessionRebuild.rebuild(transcript, with: engine) else { throw BenchError("\(path) does not resume") }
    return transcript.events.reduce(0) { count, entry in
        if case .input = entry.event.event { return count + 1 }
        return count
    }
}

/// What composing the dialogue files into Yams nodes costs before any of PrelimCoach's code runs.
func composeOnly(directory: String) throws {
    let sources = try DialogueDirectory.sources(at: directory)
    let (nodes, seconds) = try Measure.timed { try sources.map { try Yams.compose(yaml: $0.text, .basic) } }
    print(json(["figure": "yaml_compose_only", "files": nodes.count, "compose_s": seconds, "rss_peak_mb": Measure.peakRSSMegabytes()]))
}

/// The value after `name` in `arguments` (a whole number, seconds), if it is there and reads as one.
func option<Value: LosslessStringConvertible>(_ name: String, in arguments: [String]) -> Value? {
    arguments.firstIndex(of: name).flatMap { arguments.indices.contains($0 + 1) ? Value(arguments[$0 + 1]) : nil }
}

do {
    let arguments = Array(CommandLine.arguments.dropFirst())
    switch arguments.first {
    case "play" where arguments.count >= 3:
        let count: Int = option("--repeat", in: arguments) ?? 3
        let plays: Int = option("--plays", in: arguments) ?? 1
        let sampleSeconds: Double = option("--sample-seconds", in: arguments) ?? 0
        try play(directory: arguments[1], walksPath: arguments[2], repeat: max(1, count), plays: max(1, plays),
                 sampleSeconds: max(0, sampleSeconds))
    case "replay" where arguments.count >= 3:
        let count: Int = option("--repeat", in: arguments) ?? 3
        try replay(directory: arguments[1], transcripts: arguments[2], repeat: max(1, count))
    case "yaml" where arguments.count == 2:
        try composeOnly(directory: arguments[1])
    case "transcripts" where arguments.count == 4:
        try writeTranscripts(directory: arguments[1], walksPath: arguments[2], output: arguments[3])
    default:
        FileHandle.standardError.write(Data((usage + "\n").utf8))
        exit(64)
    }
} catch {
    FileHandle.standardError.write(Data("prelim-bench: \(error)\n".utf8))
    exit(1)
}
