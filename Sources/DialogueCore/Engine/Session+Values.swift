/// A session reads its own variables by slot: what the engine's compiled expressions evaluate
/// against, without building a `SessionValues` (and retaining what it holds) at every step.
extension Session: SlotSource {
    /// The value in `slot`, a derived one computed on demand; `nil` when not answered.
    func value(atSlot slot: Int32) -> Value? {
        if let binding = binding(atSlot: slot) { return binding.value }
        guard slot >= 0, Int(slot) < layout.derivations.count, let derivation = layout.derivations[Int(slot)] else { return nil }
        switch derivation {
        case .expression(let expression):
            return SlotEvaluator.value(of: expression, in: self)
        case .cases(let cases, let fallback):
            let chosen = cases.first { SlotEvaluator.holds($0.condition, in: self) }
            return SlotEvaluator.value(of: chosen?.value ?? fallback, in: self)
        }
    }

    var day: CalendarDate? { today }
}
