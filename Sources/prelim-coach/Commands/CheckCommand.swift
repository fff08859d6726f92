import ArgumentParser
import DialogueAuthoring
import DialogueCore
import Foundation

/// `prelim-coach check [DIR]`: every finding of the dialogue checker.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the dialogue files and list every problem with file:line:column.",
        discussion: """
            Exits 0 when there is no error (warnings are listed but allowed), 1 otherwise. \
            The codes (PC001...) are explained in dialogues/README.md. Files are read as \
            untrusted: over 1 MiB (PC027), not UTF-8 (PC028), with YAML anchors or aliases \
            (PC025) or nested over 32 deep (PC026), they are refused. With --transcripts DIR, \
            also proves that every transcript (*.jsonl) in DIR can still be resumed with these \
            dialogues. Besides the structure, it follows every route over the variables' \
            values and reports a condition that is never true, a case shadowed by an earlier one, \
            and a variable read where it was never set (PC030-PC033). With --coverage as well, replays them and reports how many nodes, \
            edges, content ids and template placeholders they reach, listing what they miss by \
            file and line; --coverage-threshold FILE then fails the check when a figure is under \
            the file's percentage (see dialogues/README.md).
            """
    )

    @Argument(help: ArgumentHelp("The dialogues directory (default: the one the coach uses).", valueName: "dir"))
    var directory: String?

    @Option(name: .long, help: ArgumentHelp("Also check that every transcript in this directory still resumes.", valueName: "dir"))
    var transcripts: String?

    @Flag(name: .long, help: "With --transcripts: report node, edge, content id and placeholder coverage.")
    var coverage = false

    @Option(name: .long, help: ArgumentHelp(
        "With --coverage: fail when a figure is under this file's percentages ('nodes: 80').", valueName: "file"))
    var coverageThreshold: String?

    func validate() throws {
        if coverage, transcripts == nil { throw ValidationError("--coverage needs --transcripts DIR: the transcripts to replay") }
        if coverageThreshold != nil, !coverage { throw ValidationError("--coverage-threshold needs --coverage") }
    }

    func run() throws {
        let located = try DialogueLocator(explicit: directory).locate()
        let shown = Sanitizer.clean(directory ?? located.path)
        let (sources, refused) = try DialogueLoader.read(located, displayPath: shown)
        let (loaded, result) = AuthoredDialogue.load(sources)
        let dialogue = refused.isEmpty ? loaded : nil
        // The condition analysis needs a whole graph, so it runs once everything else passes;
        // refused files leave the graph incomplete, and what the others lack would only be noise.
        let findings = dialogue?.conditionFindings() ?? []
        let diagnostics = refused.isEmpty ? ConditionAnalysis.merged(result.diagnostics, findings) : refused
        for diagnostic in diagnostics { print(Sanitizer.clean(diagnostic.description)) }
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        guard let dialogue, errors == 0 else {
            print("\(shown): \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
            throw ExitCode.failure
        }
        let graph = dialogue.graph
        print("\(shown): \(graph.nodes.count) nodes, \(graph.variables.count) variables; \(errors) errors, \(warnings) warnings")
        if let transcripts, try !checkTranscripts(in: transcripts, engine: Engine(graph: graph)) { throw ExitCode.failure }
        if coverage, let transcripts,
            try !CoverageCheck(dialogue: dialogue, directory: transcripts, thresholdFile: coverageThreshold).run() {
            throw ExitCode.failure
        }
    }

    /// Rebuilds every transcript against the graph; prints each failure, returns whether all resume.
    private func checkTranscripts(in directory: String, engine: Engine) throws -> Bool {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".jsonl") }.sorted()
        } catch {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory)
            let reason = !exists ? "no such directory" : isDirectory.boolValue ? "permission denied" : "it is a file, not a directory"
            throw CoachError.transcriptUnreadable(directory, reason)
        }
        var failures = 0
        for name in names {
            let url = URL(fileURLWithPath: directory).appendingPathComponent(name)
            do {
                // The rebuild needs only the inputs; every output line is still checked as it is read.
                let file = try TranscriptFile.read(url, keepingOutputs: false)
                if case .failure(let error) = SessionRebuild.rebuild(file.transcript, with: engine) {
                    throw CoachError.transcriptInvalid(url.path, line: error.line, error.message)
                }
            } catch let error as CoachError {
                failures += 1
                print(error.description)
            }
        }
        print("\(Sanitizer.clean(directory)): \(names.count) transcript\(names.count == 1 ? "" : "s"), \(names.count - failures) resume, \(failures) do not")
        return failures == 0
    }
}
