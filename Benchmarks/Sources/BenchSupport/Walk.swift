/// A walk recorded by the peers' `gen_spec.py`: the answers a user types, and what a correct
/// engine must reproduce.
public struct Walk: Hashable, Sendable {
    /// The spec's node transitions, the turns of the peers' figures.
    public let steps: Int
    /// The spec node the walk ends on.
    public let end: String
    /// `score` at the end.
    public let score: Int
    /// The choice numbers typed, 1-based, one per question.
    public let answers: [String]

    public init(steps: Int, end: String, score: Int, answers: [String]) {
        self.steps = steps
        self.end = end
        self.score = score
        self.answers = answers
    }

    /// Reads the walks file `spec_to_dialogues.py` writes: `steps end score answer…` a line.
    public static func parse(_ text: String) throws(BenchError) -> [Walk] {
        var walks: [Walk] = []
        for (index, line) in text.split(separator: "\n").enumerated() {
            let fields = line.split(separator: " ").map(String.init)
            guard fields.count >= 3, let steps = Int(fields[0]), let score = Int(fields[2]) else {
                throw BenchError("walks line \(index + 1) is not 'steps end score answers...'")
            }
            walks.append(Walk(steps: steps, end: fields[1], score: score, answers: Array(fields.dropFirst(3))))
        }
        return walks
    }
}

/// Why a benchmark could not run or a check failed, in words.
public struct BenchError: Error, CustomStringConvertible, Sendable {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}
