import Benchmark
import BenchSupport
import DialogueAuthoring
import DialogueCore
import Foundation

// In-process benchmarks of load, check, engine step and replay on a converted peer graph.
// `make bench` prepares the inputs; PRELIM_BENCH_DIR names their directory (`dlg-1000/`,
// `walks-1000.txt`, and `dlg-replay/` with its `transcripts/`).
let benchmarks: @Sendable () -> Void = {
    let root = ProcessInfo.processInfo.environment["PRELIM_BENCH_DIR"] ?? ".build-bench/out"
    let directory = root + "/dlg-1000"
    let configuration = Benchmark.Configuration(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident], maxDuration: .seconds(3))

    Benchmark("load: YAML parsed and checked, 1,000-node graph", configuration: configuration) { benchmark in
        let sources = try DialogueDirectory.sources(at: directory)
        benchmark.startMeasurement()
        blackHole(GraphCompiler.compile(sources))
    }

    // A thousand answers a sample: one is below the clock's resolution and the sampling cost.
    let perAnswer = Benchmark.Configuration(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal], scalingFactor: .kilo, maxDuration: .seconds(3))
    Benchmark("engine step: one answer", configuration: perAnswer) { benchmark in
        let (engine, _) = try DialogueDirectory.engine(at: directory)
        let player = WalkPlayer(engine: engine)
        let (session, _) = engine.start(today: player.today)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(engine.handle(.answered("1"), in: session))
        }
    }

    Benchmark("play: 1,000 recorded walks", configuration: configuration) { benchmark in
        let (engine, _) = try DialogueDirectory.engine(at: directory)
        let player = WalkPlayer(engine: engine)
        let walksText = try String(contentsOfFile: root + "/walks-1000.txt", encoding: .utf8)
        let walks = try Walk.parse(walksText)
        benchmark.startMeasurement()
        blackHole(walks.reduce(0) { $0 &+ player.play($1) })
    }

    Benchmark("replay: rebuild 100 transcripts", configuration: configuration) { benchmark in
        let (engine, _) = try DialogueDirectory.engine(at: root + "/dlg-replay")
        let folder = root + "/transcripts"
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".jsonl") }.sorted().prefix(100)
        let files = names.compactMap { FileManager.default.contents(atPath: folder + "/" + $0) }
        benchmark.startMeasurement()
        for data in files {
            // As `check --transcripts` reads them: every output line checked, its texts not kept.
            guard case .success(let transcript) = Transcript.read(data, keepingOutputs: false) else {
                throw BenchError("unreadable transcript")
            }
            blackHole(SessionRebuild.rebuild(transcript, with: engine))
        }
    }
}
