/// A session's bindings by slot: an open-addressing table of the few slots a conversation
/// binds. Not an array with a place for every slot, because a large graph declares tens of
/// thousands of variables and a conversation binds a few dozen: a new session would clear
/// megabytes. A slot hashes by a multiplication, not by hashing a name.
struct SlotBindings: Sendable {
    /// The slot held in each place, `empty` or `removed` where none is.
    private var keys: [Int32]
    private var values: [Binding]
    private(set) var count = 0
    /// Places in use, removed ones included: they lengthen searches until the table grows.
    private var used = 0
    private var shift: Int

    private static let empty: Int32 = -1
    private static let removed: Int32 = -2
    private static let placeholder = Binding(value: nil, source: .assigned)

    /// Room for `capacity` bindings before the table grows.
    init(capacity: Int = 8) {
        var size = 8
        while size * 3 < capacity * 4 { size *= 2 }
        keys = Array(repeating: Self.empty, count: size)
        values = Array(repeating: Self.placeholder, count: size)
        shift = 64 - size.trailingZeroBitCount
    }

    /// Fibonacci hashing: the high bits of the slot times 2^64 / φ.
    private func home(of slot: Int32) -> Int {
        Int(truncatingIfNeeded: (UInt64(UInt32(bitPattern: slot)) &* 0x9E37_79B9_7F4A_7C15) >> UInt64(shift))
    }

    /// The place that holds `slot`, if it is bound.
    private func place(of slot: Int32) -> Int? {
        let mask = keys.count - 1
        var index = home(of: slot)
        while true {
            let key = keys[index]
            if key == slot { return index }
            if key == Self.empty { return nil }
            index = (index + 1) & mask
        }
    }

    subscript(slot: Int32) -> Binding? {
        guard slot >= 0, let index = place(of: slot) else { return nil }
        return values[index]
    }

    /// Binds `slot` and returns the binding it replaced.
    @discardableResult
    mutating func update(_ binding: Binding, at slot: Int32) -> Binding? {
        if let index = place(of: slot) {
            let previous = values[index]
            values[index] = binding
            return previous
        }
        if (used + 1) * 4 > keys.count * 3 { grow() }
        let mask = keys.count - 1
        var index = home(of: slot)
        while keys[index] >= 0 { index = (index + 1) & mask }
        if keys[index] == Self.empty { used += 1 }
        keys[index] = slot
        values[index] = binding
        count += 1
        return nil
    }

    mutating func remove(_ slot: Int32) {
        guard let index = place(of: slot) else { return }
        keys[index] = Self.removed
        values[index] = Self.placeholder
        count -= 1
    }

    /// Every binding with its slot, in no particular order.
    var all: [(slot: Int32, binding: Binding)] {
        keys.indices.compactMap { keys[$0] >= 0 ? (keys[$0], values[$0]) : nil }
    }

    private mutating func grow() {
        var larger = SlotBindings(capacity: max(count * 2, 8))
        for (slot, binding) in all { larger.update(binding, at: slot) }
        self = larger
    }
}
