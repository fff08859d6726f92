/// Finds where a placeholder first stands in a text, for diagnostics.
enum PlaceholderLocator {
    static func locate(_ name: String, in source: SourceText) -> SourceLocation {
        let lines = source.text.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            for prefix in ["{{", "{{#", "{{^", "{{&", "{{{", "{{ ", "{{# ", "{{^ "] {
                if let range = line.firstRange(of: prefix + name) {
                    let column = line.distance(from: line.startIndex, to: range.lowerBound) + 1
                    return source.location(line: index + 1, column: column)
                }
            }
        }
        return source.location
    }
}
