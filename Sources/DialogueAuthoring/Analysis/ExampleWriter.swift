/// Examples in words: the answers that lead somewhere, or the values a condition reads there.
struct ExampleWriter {
    let explorer: RouteExplorer

    /// The answers on the way to a state that some condition reads, such as `target = derm, step2_ck = 239`.
    func route(to state: Int) -> String {
        let steps = explorer.route(to: state).filter(explorer.isRead)
        guard !steps.isEmpty else { return "on every route" }
        return "answering " + steps.map { "\($0.variable) = \($0.slot.text)" }.joined(separator: ", ")
    }

    /// The answers a condition depends on in a state, such as `with target = derm, step2_ck = 300`.
    func values(at state: Int, reading sources: [String]) -> String {
        let slots = explorer.slots(of: state)
        guard !sources.isEmpty else { return "on every route" }
        return "with " + sources.map { "\($0) = \((slots[$0] ?? .never).text)" }.joined(separator: ", ")
    }
}
