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
            var total = 0
            for operand in operands {
                guard let flag = truth(of: operand, in: source) else { return nil }
                if flag { total += 1 }
            }
            return .integer(total)
        case .function(let function, let arguments):
            var values: [Value] = []
            for argument in arguments {
                guard let value = value(of: argument, in: source) else { return nil }
                values.append(value)
            }
            return function.apply(values, today: source.today)
        case .mentions(let texts, let words):
            let answered = texts.compactMap { text -> String? in
                if case .text(let value)? = value(of: text, in: source) { return value }
                return nil
            }
            guard !answered.isEmpty else { return nil }
            return .bool(answered.contains { WordMatcher.contains($0, anyOf: words) })
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
            let left = truth(of: lhs, in: source)
            if left == false { return false }
            let right = truth(of: rhs, in: source)
            if right == false { return false }
            return left == nil || right == nil ? nil : true
        case .or(let lhs, let rhs):
            let left = truth(of: lhs, in: source)
            if left == true { return true }
            let right = truth(of: rhs, in: source)
            if right == true { return true }
            return left == nil || right == nil ? nil : false
        case .compare(let comparison, let lhs, let rhs):
            guard let left = value(of: lhs, in: source), let right = value(of: rhs, in: source) else { return nil }
            return compare(comparison, left, right)
        case .member(let subject, let items, let negated):
            guard let needle = value(of: subject, in: source) else { return nil }
            let candidates = items.map { value(of: $0, in: source) }
            if candidates.contains(needle) { return !negated }
            // Not among the known items; with an unknown item it might still be.
            if candidates.contains(nil) { return nil }
            return negated
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
