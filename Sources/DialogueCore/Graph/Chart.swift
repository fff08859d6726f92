/// A horizontal bar chart an `emit` node carries: figures a renderer draws to scale.
///
/// The figures are data written by the author, each with where it comes from, so that a plan
/// or a terminal can show the source beside the bar.
public struct Chart: Hashable, Codable, Sendable {
    /// What the values count, such as "thousand USD a year".
    public let unit: String
    public let bars: [Bar]

    public init(unit: String, bars: [Bar]) {
        self.unit = unit
        self.bars = bars
    }

    public struct Bar: Hashable, Codable, Sendable {
        public let label: String
        public let value: Int
        /// Where the figure comes from, with its year.
        public let source: String

        public init(label: String, value: Int, source: String) {
            self.label = label
            self.value = value
            self.source = source
        }
    }
}
