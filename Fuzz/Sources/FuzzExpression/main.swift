import DialogueCore
import FuzzSupport

/// One input is one condition: parsed, type-checked against the shipped declarations, and
/// evaluated with every variable at the edge of its range (dates at the end of the calendar),
/// where arithmetic on numbers, months and days could overflow.
@_cdecl("FuzzExpression_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzzExpression)
}

private func fuzzExpression(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let start = bytes else { return 0 }
    let text = String(decoding: fuzzData(start, count), as: UTF8.self)
    guard case .success(let syntax) = ExpressionParser.parse(text) else { return 0 }
    for expected in [nil, ValueType.bool] {
        if case .success(let typed) = ExpressionChecker.check(syntax, expecting: expected, variables: shippedGraph.variables) {
            _ = Evaluator.value(of: typed.0, in: EdgeValues(text: text))
        }
    }
    return 0
}

/// Every variable at the far end of its kind's range; `today()` the last day of the calendar.
private struct EdgeValues: ValueSource {
    let text: String
    var today: CalendarDate? { CalendarDate(year: 9999, month: 12, day: 31) }

    func value(of variable: String) -> Value? {
        guard let declaration = shippedGraph.variable(variable) else { return nil }
        switch declaration.kind {
        case .choice(let options): return options.last.map { .choice($0.key) }
        case .integer(_, let max): return .integer(max)
        case .yesNo: return .bool(true)
        case .text: return .text(text)
        case .yearMonth: return .yearMonth(YearMonth(year: 9999, month: 12))
        case .date: return .date(CalendarDate(year: 9999, month: 12, day: 31))
        }
    }
}
