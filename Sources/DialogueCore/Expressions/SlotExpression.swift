/// An `Expression` with each variable it names replaced by the variable's slot in the graph's
/// `VariableLayout`, made once when the graph is built so that evaluating it hashes no names.
/// Leaves are stored in place; only the cases that hold other expressions are boxed.
///
/// `Equatable` so that an assignment's value (`AssignedValue`) compares as a whole, which the step
/// table's shared runs rely on.
enum SlotExpression: Equatable, Sendable {
    case literal(Value)
    /// A slot; negative for a name the layout does not know (never bound, so always unknown).
    case variable(Int32)
    case answered(Int32)
    indirect case not(SlotExpression)
    indirect case and(SlotExpression, SlotExpression)
    indirect case or(SlotExpression, SlotExpression)
    indirect case compare(ComparisonOperator, SlotExpression, SlotExpression)
    indirect case member(SlotExpression, [SlotExpression], negated: Bool)
    indirect case arithmetic(ArithmeticOperator, SlotExpression, SlotExpression)
    case count([SlotExpression])
    case function(BuiltinFunction, [SlotExpression])
    case mentions([SlotExpression], words: [String])

    init(_ expression: Expression, _ slot: (String) -> Int32) {
        func resolve(_ inner: Expression) -> SlotExpression { SlotExpression(inner, slot) }
        switch expression {
        case .literal(let value): self = .literal(value)
        case .variable(let name): self = .variable(slot(name))
        case .answered(let name): self = .answered(slot(name))
        case .not(let inner): self = .not(resolve(inner))
        case .and(let lhs, let rhs): self = .and(resolve(lhs), resolve(rhs))
        case .or(let lhs, let rhs): self = .or(resolve(lhs), resolve(rhs))
        case .compare(let comparison, let lhs, let rhs): self = .compare(comparison, resolve(lhs), resolve(rhs))
        case .member(let subject, let items, let negated): self = .member(resolve(subject), items.map(resolve), negated: negated)
        case .arithmetic(let arithmetic, let lhs, let rhs): self = .arithmetic(arithmetic, resolve(lhs), resolve(rhs))
        case .count(let operands): self = .count(operands.map(resolve))
        case .function(let function, let arguments): self = .function(function, arguments.map(resolve))
        case .mentions(let texts, let words): self = .mentions(texts.map(resolve), words: words)
        }
    }
}

/// Where an evaluation of slot expressions finds values; `nil` means not answered.
protocol SlotSource {
    func value(atSlot slot: Int32) -> Value?
    /// The day `today()` returns; `nil` leaves date arithmetic against today unknown.
    var day: CalendarDate? { get }
}

extension SlotExpression {
    /// Calls `body` with each slot the expression reads.
    func forEachSlot(_ body: (Int32) -> Void) {
        switch self {
        case .literal: break
        case .variable(let slot), .answered(let slot): body(slot)
        case .not(let inner): inner.forEachSlot(body)
        case .and(let lhs, let rhs), .or(let lhs, let rhs), .compare(_, let lhs, let rhs), .arithmetic(_, let lhs, let rhs):
            lhs.forEachSlot(body)
            rhs.forEachSlot(body)
        case .member(let subject, let items, _):
            subject.forEachSlot(body)
            for item in items { item.forEachSlot(body) }
        case .count(let operands), .function(_, let operands), .mentions(let operands, _):
            for operand in operands { operand.forEachSlot(body) }
        }
    }
}
