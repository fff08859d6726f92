/// How large a dialogue the compiler accepts before refusing it (PC029).
///
/// The default fits any conversation an author writes and refuses what only a mistake or an
/// attack produces. Generated graphs (the benchmarks' 100,000-node specs, converted) are far
/// larger on purpose: their callers ask for `generated` explicitly.
public struct DialogueLimits: Hashable, Sendable {
    /// Most variables (asked and derived) in all files together.
    public let maximumVariables: Int
    /// Most nodes in all files together.
    public let maximumNodes: Int

    public init(maximumVariables: Int, maximumNodes: Int) {
        self.maximumVariables = maximumVariables
        self.maximumNodes = maximumNodes
    }

    /// For dialogues people write; the shipped ones have about 70 variables and 130 nodes.
    public static let authored = DialogueLimits(maximumVariables: 500, maximumNodes: 5000)
    /// For graphs a program generates, such as the benchmarks' converted specs.
    public static let generated = DialogueLimits(maximumVariables: 1_000_000, maximumNodes: 2_000_000)
}
