import ArgumentParser
import DialogueAuthoring
import FoundationEssentials
import Glibc

/// `prelim-coach graph`: the dialogue graph as a picture description (Mermaid or DOT).
struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Print the dialogue graph as a Mermaid flowchart or a Graphviz DOT file.",
        discussion: """
            One cluster per dialogue file; nodes are labelled by id and kind, edges by the \
            variable asked or the branch condition. Mermaid renders in GitHub and most Markdown \
            viewers; DOT renders with Graphviz ('dot -Tsvg graph.dot > graph.svg'). \
            'make docs' regenerates the picture of the shipped graph in docs/.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case mermaid
        case dot
    }

    @Option(name: .long, help: "The output format: mermaid or dot.")
    var format: Format = .mermaid

    @Option(name: .long, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var file: String?

    @OptionGroup var options: AuthoredDialogueOptions

    func run() throws {
        let picture = GraphPicture(try options.load())
        let text = format == .mermaid ? MermaidRenderer.render(picture) : DotRenderer.render(picture)
        guard let file else {
            print(Sanitizer.clean(text), terminator: "")
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: file), options: .atomic)
        } catch {
            throw CoachError.outputUnwritable(file, FileErrorText.describe(error))
        }
    }
}
