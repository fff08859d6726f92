import Synchronization

/// Values handed to the threads of a load one at a time: each is taken once, by whichever thread
/// works on it, and let go there, so that a large dialogue's file texts and documents do not all
/// live until the last is done.
final class TakeOnce<Element: Sendable>: Sendable {
    private final class Slot: Sendable {
        let value: Mutex<Element?>

        init(_ value: Element?) {
            self.value = Mutex(value)
        }
    }

    private let slots: [Slot]

    init(_ elements: consuming [Element?]) {
        slots = elements.map(Slot.init)
    }

    var count: Int { slots.count }

    /// The value at `index`, now no longer held here; `nil` if it was taken already (or never given).
    func take(_ index: Int) -> Element? {
        slots[index].value.withLock { $0.take() }
    }

    /// The value at `index`, still held here.
    func peek(_ index: Int) -> Element? {
        slots[index].value.withLock { $0 }
    }
}
