import DialogueCore
import Testing

/// The money chart as text: bars to scale, each with its value and source, within the width.
struct ChartTests {
    let chart = Chart(unit: "thousand USD a year", bars: [
        Chart.Bar(label: "Dermatology", value: 500, source: "Residency Advisor 2026"),
        Chart.Bar(label: "Neurosurgery", value: 764, source: "Doximity 2024"),
        Chart.Bar(label: "Internal medicine", value: 294, source: "Medscape 2025"),
    ])

    @Test(arguments: [60, 80, 100])
    func everyLineFitsTheWidthAndNamesItsSource(_ width: Int) {
        let lines = chart.lines(width: width)
        #expect(lines.count == 4)
        for line in lines { #expect(line.count <= width, "\(line.count) > \(width): \(line)") }
        #expect(lines[0].hasSuffix("500  Residency Advisor 2026"))
        #expect(lines[1].hasSuffix("764  Doximity 2024"))
        #expect(lines[3] == "(thousand USD a year)")
    }

    @Test func barsAreToScaleAgainstTheLargest() {
        let lengths = chart.lines(width: 80).dropLast().map { line in line.filter { $0 == "█" }.count }
        #expect(lengths[1] > lengths[0] && lengths[0] > lengths[2])
        #expect(abs(Double(lengths[0]) / Double(lengths[1]) - 500.0 / 764.0) < 0.08)
    }
}
