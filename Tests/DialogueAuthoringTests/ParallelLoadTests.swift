@testable import DialogueAuthoring
import DialogueCore
import Foundation
import Testing

/// A large dialogue's files are read by two threads; what the compiler finds and builds must be
/// exactly what it finds and builds reading them one after another.
struct ParallelLoadTests {
    /// Serial and parallel, on the same files: the same graph, findings, catalogue and hash.
    static func expectSameCompilation(_ sources: [DialogueSource], limits: DialogueLimits = .authored) {
        let serial = GraphCompiler.compile(sources, limits: limits, parallelFromBytes: nil)
        let parallel = GraphCompiler.compile(sources, limits: limits, parallelFromBytes: 0, helper: true)
        #expect(parallel.diagnostics.map(\.description) == serial.diagnostics.map(\.description))
        #expect(parallel.sourceHash == serial.sourceHash)
        #expect(parallel.contentItems.map(\.id) == serial.contentItems.map(\.id))
        #expect(parallel.graph?.start == serial.graph?.start)
        // Compared as booleans: a failure would print both graphs whole.
        let sameVariables = parallel.graph?.variables == serial.graph?.variables
        let sameNodes = parallel.graph?.nodes == serial.graph?.nodes
        #expect(sameVariables, "the variables differ, or their order")
        #expect(sameNodes, "the nodes differ, or their order")
        #expect(parallel.graph?.migrations == serial.graph?.migrations)
    }

    @Test func eachPieceIsDoneOnceAndTheResultsKeepTheirOrder() {
        for count in [0, 1, 2, 3, 7, 40] {
            let calls = CallCounts(count)
            let results = ParallelWork.map(count: count, helper: true) { index in
                calls.add(index)
                return "piece \(index)"
            }
            #expect(results == (0..<count).map { "piece \($0)" })
            #expect(calls.counts == [Int](repeating: 1, count: count))
        }
    }

    @Test func theTwoEndsOfTheRangeTakeEveryIndexOnceAndMeet() {
        for count in [0, 1, 2, 5, 8] {
            let range = TwoEndedRange(count: count)
            var taken: [Int] = []
            var fromFront = true
            while let index = fromFront ? range.takeFirst() : range.takeLast() {
                taken.append(index)
                fromFront.toggle()
            }
            #expect(taken.sorted() == Array(0..<count), "count \(count): \(taken)")
            #expect(range.takeFirst() == nil && range.takeLast() == nil)
            // The front takes 0, 1, 2…; the back count - 1, count - 2…
            #expect(taken.enumerated().allSatisfy { $0.offset % 2 == 0 ? $0.element == $0.offset / 2 : $0.element == count - 1 - $0.offset / 2 })
        }
    }

    /// The first piece this thread takes waits until the helper has done the last one, so that
    /// both threads surely take pieces and meet somewhere in between. The helper runs on the
    /// dispatch pool, which other tests running alongside may keep busy for a while (it once
    /// took more than 10 seconds to start): the wait is long, and costs nothing when it starts.
    @Test func bothThreadsTakePiecesAndEachIsDoneOnce() {
        let count = 24
        let calls = CallCounts(count)
        let helperStarted = DispatchSemaphore(value: 0)
        let results = ParallelWork.map(count: count, helper: true) { index in
            if index == count - 1 { helperStarted.signal() }
            if index == 0 { _ = helperStarted.wait(timeout: .now() + 120) }
            calls.add(index)
            return (index, pthread_self())
        }
        #expect(results.map(\.0) == Array(0..<count))
        #expect(calls.counts == [Int](repeating: 1, count: count))
        #expect(Set(results.map(\.1)).count == 2, "not two threads: \(results.map(\.1))")
    }

    /// The files of `dialogues/`, as the CLI reads them.
    static func shippedSources() throws -> [DialogueSource] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let directory = root.appendingPathComponent("dialogues")
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".yaml") }.sorted()
        return try names.map { DialogueSource(path: "dialogues/" + $0, text: try String(contentsOf: directory.appendingPathComponent($0), encoding: .utf8)) }
    }

    @Test func theShippedDialoguesCompileTheSameWhenTheirFilesAreReadSideBySide() throws {
        let sources = try Self.shippedSources()
        #expect(sources.count > 5)
        let serial = GraphCompiler.compile(sources, limits: .authored, parallelFromBytes: nil)
        #expect(serial.graph != nil)
        Self.expectSameCompilation(sources)
    }

    /// Findings that depend on which file comes first: a variable and a node declared in two
    /// files, a target in another file, and a file that is not YAML.
    @Test func findingsAcrossFilesAreTheSameAndInTheSameOrder() {
        let first = """
            start: a
            variables:
              score: {type: integer, label: Score, min: 0, max: 10}
              target: {type: choice, label: Target, options: [{key: derm, label: Dermatology}]}
            nodes:
              - id: a
                ask: target
                prompt: Which specialty?
                next: b
              - id: twice
                say: First of two.
                next: nowhere
            """
        let second = """
            variables:
              score: {type: integer, label: Score again, min: 0, max: 5}
              extra: {type: text, label: Extra}
            nodes:
              - id: b
                branch:
                  - when: target == derm
                    goto: twice
                  - otherwise: c
              - id: twice
                say: Second of two.
                next: c
              - id: c
                end: Done {{extra}}
            """
        let broken = "nodes:\n  - id: d\n    say: [unclosed\n"
        let sources = [
            DialogueSource(path: "dialogues/10-first.yaml", text: first),
            DialogueSource(path: "dialogues/20-second.yaml", text: second),
            DialogueSource(path: "dialogues/30-broken.yaml", text: broken),
        ]
        let serial = GraphCompiler.compile(sources, limits: .authored, parallelFromBytes: nil)
        #expect(serial.errors.count >= 3)
        Self.expectSameCompilation(sources)
        Self.expectSameCompilation(Array(sources.prefix(2)))
    }

    /// A generated graph of 300 questions, its variables and its nodes each cut into `files` files.
    static func generatedGraph(inFilesOfEach files: Int) -> [DialogueSource] {
        var variables = [String](repeating: "variables:\n", count: files)
        var nodes = [String](repeating: "nodes:\n", count: files)
        variables[0] = "start: n0\n" + variables[0]
        for index in 0..<300 {
            let file = index * files / 300
            variables[file] += "  a\(index):\n    type: choice\n    label: answer \(index)\n    options:\n      - key: c1\n        label: \"yes\"\n      - key: c2\n        label: \"no\"\n"
            nodes[file] += "  - id: n\(index)\n    ask: a\(index)\n    prompt: Question \(index)?\n    next: b\(index)\n"
            nodes[file] += "  - id: b\(index)\n    branch:\n      - when: a\(index) == c1\n        goto: n\(index + 1)\n      - otherwise: n\(index + 1)\n"
        }
        nodes[files - 1] += "  - id: n300\n    end: Done.\n"
        return variables.enumerated().map { DialogueSource(path: "g/10-variables-\($0.offset).yaml", text: $0.element) }
            + nodes.enumerated().map { DialogueSource(path: "g/20-nodes-\($0.offset).yaml", text: $0.element) }
    }

    /// In two files, as a generated graph was written, and in many, as a graph larger than a
    /// file may be must be (the reading joins many lists then, each given its room at once).
    @Test(arguments: [1, 7])
    func aGeneratedGraphBuildsTheSameGraph(inFilesOfEach files: Int) {
        let sources = Self.generatedGraph(inFilesOfEach: files)
        let serial = GraphCompiler.compile(sources, limits: .generated, parallelFromBytes: nil)
        #expect(serial.errors.isEmpty)
        #expect(serial.graph?.nodes.count == 601)
        #expect(serial.graph?.variables.count == 300)
        #expect(serial.graph?.nodes.first?.id == "n0" && serial.graph?.nodes.last?.id == "n300")
        Self.expectSameCompilation(sources, limits: .generated)
    }

    /// On two threads the graph is built while PC019 still runs: when PC019 is the only rule
    /// that finds an error, the graph built meanwhile must not be given.
    @Test func aGraphThatOnlyPlaceholderBindingFindsWrongIsNotGiven() {
        var sources = Self.generatedGraph(inFilesOfEach: 2)
        let last = sources.count - 1
        sources[last] = DialogueSource(
            path: sources[last].path,
            text: sources[last].text.replacingOccurrences(of: "    end: Done.\n", with: "    end: Done {{late}}.\n"))
        sources[0] = DialogueSource(path: sources[0].path, text: sources[0].text + "  late:\n    type: text\n    label: Late\n")
        for parallelFromBytes in [nil, 0] {
            let result = GraphCompiler.compile(sources, limits: .generated, parallelFromBytes: parallelFromBytes, helper: true)
            #expect(result.errors.map(\.code) == [.unboundPlaceholder], "\(result.diagnostics)")
            #expect(result.graph == nil)
        }
    }

    @Test func workLeftForTheHelperIsDoneWhenWaitedForAndDeferredWorkOnlyThen() {
        let runs = CallCounts(1)
        let started = HelperTask(onHelper: true) { runs.add(0); return "helper" }
        #expect(started.wait() == "helper")
        #expect(runs.counts == [1])
        let deferred = HelperTask(onHelper: false) { runs.add(0); return "here" }
        #expect(runs.counts == [1], "deferred work ran before it was waited for")
        #expect(deferred.wait() == "here")
        #expect(runs.counts == [2])
        HelperTask(onHelper: false) { runs.add(0); return "unused" }.discard()
        HelperTask(onHelper: true) { runs.add(0); return "let go" }.discard()
        #expect(runs.counts == [3], "discarded deferred work ran, or started work was not waited for")
    }

    /// A node whose id is already used is reported (PC007) and not compiled: its own mistakes
    /// would only be noise. The index of ids and the compiler that reports it are apart.
    @Test func aRepeatedNodeIdIsReportedOnceAndItsBodyIsNotCompiled() {
        let text = """
            start: a
            variables:
              score: {type: integer, label: Score, min: 0, max: 10}
            nodes:
              - id: a
                say: First.
                next: b
              - id: a
                set:
                  nowhere: 1
                next: b
              - id: b
                end: Done {{missing}}.
              - id: b
                say: "{{#broken}"
                next: a
            """
        let sources = [DialogueSource(path: "d/10-all.yaml", text: text), DialogueSource(path: "d/20-more.yaml", text: "nodes: []\n")]
        for parallelFromBytes in [nil, 0] {
            let result = GraphCompiler.compile(sources, limits: .authored, parallelFromBytes: parallelFromBytes, helper: true)
            #expect(result.diagnostics.map(\.description) == [
                "d/10-all.yaml:8:9: error: [PC007] node id 'a' is already used at d/10-all.yaml:5:9",
                "d/10-all.yaml:13:15: error: [PC010] the placeholder '{{missing}}' is not a declared variable",
                "d/10-all.yaml:14:9: error: [PC007] node id 'b' is already used at d/10-all.yaml:12:9",
            ])
        }
    }

    /// One file declares every variable, wrongly, as a generated graph's file does (rightly):
    /// what is found of its declarations does not depend on which thread read it.
    @Test func findingsInTheDeclarationsOfOneFileAreTheSame() {
        let declarations = """
            start: n0
            variables:
              score: {type: integer, label: Score, min: 5, max: 1}
              mood: {type: feeling, label: Mood}
            derived:
              score: {type: integer, label: Score again, value: 1}
              first: {type: integer, label: First, value: second + 1}
              second: {type: integer, label: Second, value: first + 1}
            """
        let nodes = """
            nodes:
              - id: n0
                ask: score
                prompt: How many?
                next: n1
              - id: n1
                end: Done with {{first}}.
            """
        let sources = [DialogueSource(path: "d/10-variables.yaml", text: declarations), DialogueSource(path: "d/20-nodes.yaml", text: nodes)]
        let serial = GraphCompiler.compile(sources, limits: .authored, parallelFromBytes: nil)
        let codes = Set(serial.diagnostics.map(\.code.rawValue))
        #expect(codes.isSuperset(of: ["PC006"]) && serial.errors.count >= 4, "\(serial.diagnostics)")
        Self.expectSameCompilation(sources)
    }
}

/// How many times each piece of work ran, counted under a lock ThreadSanitizer understands
/// (`NSLock`, a pthread mutex; it does not see the stdlib `Mutex`'s futex).
private final class CallCounts: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [Int]

    init(_ count: Int) {
        storage = [Int](repeating: 0, count: count)
    }

    func add(_ index: Int) {
        lock.withLock { storage[index] += 1 }
    }

    var counts: [Int] { lock.withLock { storage } }
}
