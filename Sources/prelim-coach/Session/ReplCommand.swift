import FoundationEssentials
import Glibc
import DialogueCore

/// A command typed at the prompt, starting with ':'.
enum ReplCommand: String, CaseIterable {
    case help
    case back
    case summary
    case skip
    case quit

    var explanation: String {
        switch self {
        case .help: "show these commands"
        case .back: "undo your last answer and ask that question again"
        case .summary: "show what you have told me so far"
        case .skip: "skip an optional question (an empty answer does the same)"
        case .quit: "end the session (Ctrl-D does the same)"
        }
    }

    /// The engine input the command sends; `nil` for those the shell handles itself.
    var input: Input? {
        switch self {
        case .back: .backRequested
        case .summary: .recapRequested
        case .skip: .skipRequested
        case .help, .quit: nil
        }
    }

    /// Every spelling Tab completes to.
    static let completions = allCases.map { ":" + $0.rawValue }

    /// The command a line names, `nil` when it is an answer; an unknown `:word` is an error.
    static func parse(_ line: String) -> Result<ReplCommand, UnknownCommand>? {
        let trimmed = line.trimmingWhitespace()
        guard trimmed.hasPrefix(":") else { return nil }
        let word = trimmed.dropFirst().lowercased()
        if let command = ReplCommand(rawValue: word) { return .success(command) }
        if ["q", "exit"].contains(word) { return .success(.quit) }
        let matches = allCases.filter { $0.rawValue.hasPrefix(word) && !word.isEmpty }
        if matches.count == 1 { return .success(matches[0]) }
        return .failure(UnknownCommand(word: String(word)))
    }

    static var helpText: String {
        let rows = allCases.map { "  :\($0.rawValue.padded(to: 8)) \($0.explanation)" }
        return (["Commands:"] + rows + [
            "Answer a choice with its number, its name, or the start of its name; Tab completes.",
            "Ctrl-C clears the line you are typing.",
        ]).joined(separator: "\n")
    }
}

struct UnknownCommand: Error {
    let word: String

    var message: String {
        let suggestion = Suggestion.closest(to: word, in: ReplCommand.allCases.map(\.rawValue)).map { " Did you mean ':\($0)'?" } ?? ""
        return "':\(word)' is not a command.\(suggestion) Type :help for the list."
    }
}
