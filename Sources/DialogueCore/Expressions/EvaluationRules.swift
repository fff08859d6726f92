/// The rules `Evaluator` (expressions by name) and `SlotEvaluator` (the same expressions by
/// slot) share, each given the way its expressions read their operands: the three-valued logic
/// and the operators that gather several operands, written once.
enum EvaluationRules {
    /// `false and unknown` is false; otherwise unknown if either side is. The right side is
    /// not read when the left is false.
    static func and(_ left: Bool?, _ right: () -> Bool?) -> Bool? {
        if left == false { return false }
        let rightValue = right()
        if rightValue == false { return false }
        return left == nil || rightValue == nil ? nil : true
    }

    /// `true or unknown` is true; otherwise unknown if either side is.
    static func or(_ left: Bool?, _ right: () -> Bool?) -> Bool? {
        if left == true { return true }
        let rightValue = right()
        if rightValue == true { return true }
        return left == nil || rightValue == nil ? nil : false
    }

    /// `x in [...]`: unknown when `x` is, or when it is not among the known items but an item
    /// is unknown.
    static func membership<Item>(_ needle: Value?, _ items: [Item], negated: Bool, value: (Item) -> Value?) -> Bool? {
        guard let needle else { return nil }
        let candidates = items.map(value)
        if candidates.contains(needle) { return !negated }
        // Not among the known items; with an unknown item it might still be.
        if candidates.contains(nil) { return nil }
        return negated
    }

    /// How many operands hold; unknown if any is.
    static func count<Operand>(_ operands: [Operand], truth: (Operand) -> Bool?) -> Value? {
        var total = 0
        for operand in operands {
            guard let flag = truth(operand) else { return nil }
            if flag { total += 1 }
        }
        return .integer(total)
    }

    /// A built-in applied to its arguments; unknown if any argument is.
    static func call<Argument>(
        _ function: BuiltinFunction, _ arguments: [Argument], today: CalendarDate?, value: (Argument) -> Value?
    ) -> Value? {
        var values: [Value] = []
        for argument in arguments {
            guard let value = value(argument) else { return nil }
            values.append(value)
        }
        return function.apply(values, today: today)
    }

    /// Whether any answered text mentions any of the words; unknown when no text is answered.
    static func mentions<Text>(_ texts: [Text], words: [String], value: (Text) -> Value?) -> Value? {
        let answered = texts.compactMap { text -> String? in
            if case .text(let answer)? = value(text) { return answer }
            return nil
        }
        guard !answered.isEmpty else { return nil }
        return .bool(answered.contains { WordMatcher.contains($0, anyOf: words) })
    }
}
