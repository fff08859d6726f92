/// A flat array of runs of elements where a run equal to one stored before is not kept twice:
/// both get the same place.
///
/// A large graph repeats its small tables (`score: score + 1`, the same choice keys leading to
/// the nodes just after a branch). Stored once, they stay in the cache while a walk crosses the
/// graph, where one copy per node was a cache miss at each answer.
struct SharedRuns<Element: RunElement>: Sendable {
    private(set) var elements: [Element] = []
    /// The first run stored with each fingerprint, by where it starts.
    private var places: [Int: Int32] = [:]
    /// The run being added, kept apart until it is known to be new.
    private(set) var currentRun: [Element] = []

    /// Adds an element to the run being added.
    mutating func append(_ element: Element) {
        currentRun.append(element)
    }

    /// Ends the run being added and says where it starts: at an equal run stored before, or at
    /// its own place at the end of `elements`.
    mutating func endRun() -> Int32 {
        defer { currentRun.removeAll(keepingCapacity: true) }
        let fingerprint = fingerprintOfCurrentRun()
        if let fingerprint, let known = places[fingerprint], isCurrentRun(equalToRunAt: Int(known)) { return known }
        let first = Int32(elements.count)
        elements += currentRun
        // A different run with the same fingerprint (rare) keeps its own copy.
        if let fingerprint, places[fingerprint] == nil { places[fingerprint] = first }
        return first
    }

    /// The run's elements' fingerprints mixed with its length; `nil` if one has none.
    private func fingerprintOfCurrentRun() -> Int? {
        var mixed = Fingerprint(currentRun.count)
        for element in currentRun {
            guard let own = element.fingerprint else { return nil }
            mixed.add(own)
        }
        return mixed.value
    }

    private func isCurrentRun(equalToRunAt first: Int) -> Bool {
        guard first + currentRun.count <= elements.count else { return false }
        for index in currentRun.indices where elements[first + index] != currentRun[index] { return false }
        return true
    }
}

/// An element of `SharedRuns`.
protocol RunElement: Equatable, Sendable {
    /// A few of its words mixed: equal elements should have equal fingerprints, and unequal ones
    /// seldom do. `nil` for an element not worth sharing, which keeps its run apart. Cheaper than
    /// `Hashable`: a large graph's load makes one for each of hundreds of thousands of nodes.
    var fingerprint: Int? { get }
}
