
/// What an `emit` node may carry beyond its text: reasons, a milestone day, a chart.
public struct EmitExtrasDocument: Sendable {
    /// `because: [target, willing_to_delay]`: the answers that led to the advice.
    public var because: [SourceText] = []
    /// `date: end_of(decision_deadline)`: an expression giving the milestone's day.
    public var date: SourceText?
    public var chart: ChartDocument?

    var isEmpty: Bool { because.isEmpty && date == nil && chart == nil }
}

/// `chart:` with `unit:` and `bars:`, each bar a `label`, a whole-number `value` and a `source`.
public struct ChartDocument: Sendable {
    public var location: SourceLocation
    public var unit: String
    public var bars: [(label: String, value: Int, source: String)]
}

/// Reads the optional keys of an `emit` node.
enum EmitExtrasReader {
    static func read(_ fields: YAMLFields, _ reader: inout YAMLReader) -> EmitExtrasDocument {
        var extras = EmitExtrasDocument()
        if let because = fields["because"] { extras.because = reader.texts(because, "'because'") }
        if let date = fields["date"] { extras.date = reader.text(date, "'date'") }
        if let chart = fields["chart"] { extras.chart = readChart(chart, &reader) }
        return extras
    }

    private static func readChart(_ node: YAMLNode, _ reader: inout YAMLReader) -> ChartDocument? {
        guard let pairs = reader.mapping(node, "'chart'") else { return nil }
        reader.checkKeys(pairs, allowed: ["unit", "bars"], in: "a 'chart'")
        let fields = YAMLFields(pairs)
        guard let unitNode = fields["unit"], let unit = reader.text(unitNode, "'unit'"),
            let barsNode = fields["bars"], let barNodes = reader.list(barsNode, "'bars'")
        else {
            reader.report(.missingKey, at: reader.location(node), "a 'chart' needs a 'unit' and a list of 'bars'")
            return nil
        }
        var bars: [(label: String, value: Int, source: String)] = []
        for barNode in barNodes {
            guard let barPairs = reader.mapping(barNode, "a bar") else { continue }
            reader.checkKeys(barPairs, allowed: ["label", "value", "source"], in: "a bar")
            let bar = YAMLFields(barPairs)
            guard let labelNode = bar["label"], let label = reader.text(labelNode, "'label'"),
                let valueNode = bar["value"], let value = reader.integer(valueNode, "'value'"),
                let sourceNode = bar["source"], let source = reader.text(sourceNode, "'source'")
            else {
                reader.report(.missingKey, at: reader.location(barNode), "a bar needs a 'label', a 'value' and a 'source'")
                continue
            }
            guard value >= 0 else {
                reader.report(.wrongShape, at: reader.location(valueNode), "a bar's 'value' cannot be negative")
                continue
            }
            bars.append((label.text, value, source.text))
        }
        return ChartDocument(location: reader.location(node), unit: unit.text, bars: bars)
    }
}
