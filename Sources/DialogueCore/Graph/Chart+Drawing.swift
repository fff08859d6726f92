extension Chart {
    /// The chart as lines of text at most `width` characters wide: each bar to scale against
    /// the largest, its value after it and its source last.
    ///
    /// Labels and sources are the author's text as written; a caller showing them on a
    /// terminal or in HTML still cleans or escapes them.
    public func lines(width: Int, bar: Character = "█") -> [String] {
        guard let largest = bars.map(\.value).max(), largest > 0 else { return [] }
        let labelWidth = min(bars.map(\.label.count).max() ?? 0, 28)
        let valueWidth = String(largest).count
        let sourceWidth = bars.map(\.source.count).max() ?? 0
        let barSpace = max(10, width - labelWidth - valueWidth - sourceWidth - 5)
        var lines = bars.map { item in
            let label = item.label.count > labelWidth ? String(item.label.prefix(labelWidth - 1)) + "…" : item.label
            let length = max(item.value > 0 ? 1 : 0, Int((Double(item.value) / Double(largest) * Double(barSpace)).rounded()))
            let drawn = String(repeating: bar, count: length) + String(repeating: " ", count: barSpace - length)
            let value = String(repeating: " ", count: valueWidth - String(item.value).count) + String(item.value)
            return "\(label.padded(to: labelWidth))  \(drawn) \(value)  \(item.source)"
        }
        lines.append("(\(unit))")
        return lines
    }
}

extension String {
    fileprivate func padded(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
