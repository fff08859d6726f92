import ArgumentParser
import DialogueAuthoring
import FoundationEssentials
import Glibc

/// `prelim-coach paths`: every distinct route through the dialogue, with answers that take it.
struct PathsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "paths",
        abstract: "Count the distinct routes through the dialogues and write answers for each.",
        discussion: """
            A route is the sequence of nodes a conversation passes from the start to an end. \
            The answers tried are grouped: values that no condition tells apart (two targets \
            no condition names, scores on the same side of every threshold) count once. Prints \
            how many routes there are, the shortest and the longest. With --answers-dir, writes \
            one answers file per route (route-0001.yaml, ...), to be tried with \
            'prelim-coach --answers FILE'. A loop is followed once.
            """
    )

    @Option(name: .long, help: "Stop after this many routes.")
    var limit = 1000

    @Option(name: .long, help: ArgumentHelp("Write one answers file per route into this directory.", valueName: "dir"))
    var answersDir: String?

    @OptionGroup var options: AuthoredDialogueOptions

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let dialogue = try options.load()
        let result = RouteEnumerator.routes(of: dialogue.graph, limit: limit)
        let count = result.routes.count
        if result.reachedLimit {
            print("more than \(count) routes (stopped at --limit \(limit))")
        } else if result.isPartial {
            print("at least \(count) route\(count == 1 ? "" : "s"): the routes grow past \(RouteEnumerator.stateLimit) states, so only those met are counted")
        } else {
            print("\(count) route\(count == 1 ? "" : "s")")
        }
        if let shortest = result.routes.first, let longest = result.routes.last {
            print("shortest: \(Self.describe(shortest))")
            print("longest:  \(Self.describe(longest))")
        }
        let approximate = result.routes.filter(\.isApproximate).count
        if approximate > 0 {
            print("\(approximate) route\(approximate == 1 ? " passes" : "s pass") a condition the analysis cannot evaluate; its answers may take another way")
        }
        guard let answersDir else { return }
        try write(result.routes, to: answersDir)
        print("wrote \(count) answers file\(count == 1 ? "" : "s") to \(answersDir)")
    }

    private static func describe(_ route: Route) -> String {
        Sanitizer.clean("\(route.nodes.count) nodes, \(route.questionCount) questions: " + route.nodes.joined(separator: " > "))
    }

    private func write(_ routes: [Route], to directory: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            for (index, route) in routes.enumerated() {
                let url = URL(fileURLWithPath: directory).appendingPathComponent("route-" + (index + 1).zeroPadded(4) + ".yaml")
                try Data(AnswersFileText.yaml(for: route).utf8).write(to: url, options: .atomic)
            }
        } catch {
            throw CoachError.outputUnwritable(directory, FileErrorText.describe(error))
        }
    }
}
