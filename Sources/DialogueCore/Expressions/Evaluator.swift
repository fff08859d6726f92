/// Where an evaluation finds variables' values; `nil` means not answered.
public protocol ValueSource {
    func value(of variable: String) -> Value?
    /// The day `today()` returns; `nil` leaves date arithmetic against today unknown.
    var today: CalendarDate? { get }
}

extension ValueSource {
    public var today: CalendarDate? { nil }
}

/// Evaluates checked expressions.
///
/// An unanswered variable makes a comparison unknown, and logic follows three values
/// (`false and unknown` is false, `true or unknown` is true): a condition that is still unknown
/// at the end does not hold. `answered(x)` tests for a value explicitly.
public enum Evaluator {
    /// The value of `expression`, or `nil` when it depends on something unanswered.
    public static func value(of expression: Expression, in source: some ValueSource) -> Value? {
        switch expression {
        case .literal(let value):
            return value
        case .variable(let name):
            return source.value(of: name)
        case .answered(let name):
            return .bool(source.value(of: name) != nil)
        case .not, .and, .or, .compare, .member:
            return truth(of: expression, in: source).map(Value.bool)
        case .arithmetic(let arithmetic, let lhs, let rhs):
            guard let left = value(of: lhs, in: source), let right = value(of: rhs, in: source) else { return nil }
            return apply(arithmetic, left, right)
        case .count(let operands):
            return EvaluationRules.count(operands) { truth(of: $0, in: source) }
        case .function(let function, let arguments):
            return EvaluationRules.call(function, arguments, today: source.today) { value(of: $0, in: source) }
        case .mentions(let texts, let words):
            return EvaluationRules.mentions(texts, words: words) { value(of: $0, in: source) }
        }
    }

    /// Whether a condition holds; unknown counts as not holding.
    public static func holds(_ condition: Expression, in source: some ValueSource) -> Bool {
        truth(of: condition, in: source) ?? false
    }

    /// Three-valued truth: `nil` when it depends on something unanswered.
    public static func truth(of expression: Expression, in source: some ValueSource) -> Bool? {
        switch expression {
        case .not(let inner):
            return truth(of: inner, in: source).map { !$0 }
        case .and(let lhs, let rhs):
            return EvaluationRules.and(truth(of: lhs, in: source)) { truth(of: rhs, in: source) }
        case .or(let lhs, let rhs):
            return EvaluationRules.or(truth(of: lhs, in: source)) { truth(of: rhs, in: source) }
        case .compare(let comparison, let lhs, let rhs):
            guard let left = value(of: lhs, in: source), let right = value(of: rhs, in: source) else { return nil }
            return compare(comparison, left, right)
        case .member(let subject, let items, let negated):
            return EvaluationRules.membership(value(of: subject, in: source), items, negated: negated) { value(of: $0, in: source) }
        default:
            guard case .bool(let flag)? = value(of: expression, in: source) else { return nil }
            return flag
        }
    }

    static func compare(_ comparison: ComparisonOperator, _ left: Value, _ right: Value) -> Bool? {
        switch comparison {
        case .equal: return left == right
        case .notEqual: return left != right
        default: break
        }
        let ordered: (Int, Int)
        switch (left, right) {
        case (.integer(let a), .integer(let b)): ordered = (a, b)
        case (.yearMonth(let a), .yearMonth(let b)): ordered = (a.ordinal, b.ordinal)
        case (.date(let a), .date(let b)): ordered = (a.dayNumber, b.dayNumber)
        default: return nil
        }
        switch comparison {
        case .less: return ordered.0 < ordered.1
        case .lessOrEqual: return ordered.0 <= ordered.1
        case .greater: return ordered.0 > ordered.1
        case .greaterOrEqual: return ordered.0 >= ordered.1
        case .equal, .notEqual: return nil
        }
    }

    static func apply(_ arithmetic: ArithmeticOperator, _ left: Value, _ right: Value) -> Value? {
        let sign = arithmetic == .plus ? 1 : -1
        // Overflow or a month outside the calendar makes the value unknown rather than a crash.
        func combine(_ a: Int, _ b: Int) -> Int? {
            let (result, overflow) = sign == 1 ? a.addingReportingOverflow(b) : a.subtractingReportingOverflow(b)
            return overflow ? nil : result
        }
        switch (left, right) {
        case (.integer(let a), .integer(let b)):
            return combine(a, b).map(Value.integer)
        case (.yearMonth(let month), .integer(let months)):
            return combine(month.ordinal, months).flatMap(YearMonth.init(ordinal:)).map(Value.yearMonth)
        case (.yearMonth(let a), .yearMonth(let b)) where arithmetic == .minus:
            return .integer(a.ordinal - b.ordinal)
        case (.date(let day), .integer(let days)):
            return combine(day.dayNumber, days).flatMap(CalendarDate.init(dayNumber:)).map(Value.date)
        case (.date(let a), .date(let b)) where arithmetic == .minus:
            return .integer(a.dayNumber - b.dayNumber)
        default:
            return nil
        }
    }
}
