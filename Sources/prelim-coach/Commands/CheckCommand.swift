import ArgumentParser
import DialogueAuthoring
import Foundation

/// `prelim-coach check [DIR]`: every finding of the dialogue checker.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the dialogue files and list every problem with file:line:column.",
        discussion: """
            Exits 0 when there is no error (warnings are listed but allowed), 1 otherwise. \
            The codes (PC001...) are explained in dialogues/README.md.
            """
    )

    @Argument(help: ArgumentHelp("The dialogues directory (default: the one the coach uses).", valueName: "dir"))
    var directory: String?

    func run() throws {
        let located = try DialogueLocator(explicit: directory).locate()
        let result = try DialogueLoader.load(located, displayPath: directory ?? located.path)
        for diagnostic in result.diagnostics { print(Sanitizer.clean(diagnostic.description)) }
        let errors = result.errors.count
        let warnings = result.diagnostics.count - errors
        if let graph = result.graph {
            print("\(directory ?? located.path): \(graph.nodes.count) nodes, \(graph.variables.count) variables; "
                + "\(errors) errors, \(warnings) warnings")
            return
        }
        print("\(directory ?? located.path): \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
        throw ExitCode.failure
    }
}
