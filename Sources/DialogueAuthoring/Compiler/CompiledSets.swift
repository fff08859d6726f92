import DialogueCore

/// What each `set` body compiled to, by its texts. A large graph repeats its `set` bodies
/// (`v3: 2`, `score: score + 1`), and what a body compiles to depends only on its texts and the
/// declarations: an equal body is not compiled again, and the nodes share one list of
/// assignments instead of each keeping its own. Only bodies that compiled without a finding are
/// kept, so that every mistake is reported where it is written.
struct CompiledSets {
    /// A `set` node's entries as written.
    typealias Entries = [(variable: SourceText, value: SourceText)]
    private var known: [Int: (texts: [String], assignments: [Assignment])] = [:]

    /// The assignments an equal body compiled to, if one did.
    func assignments(for entries: Entries) -> [Assignment]? {
        guard let found = known[Self.fingerprint(entries)], Self.texts(of: entries, equal: found.texts) else { return nil }
        return found.assignments
    }

    /// Keeps what `entries` compiled to, which must be without a finding, unless a body with the
    /// same fingerprint is kept already.
    mutating func remember(_ assignments: [Assignment], for entries: Entries) {
        let fingerprint = Self.fingerprint(entries)
        // A different body with the same fingerprint (rare) is compiled each time it comes.
        guard known[fingerprint] == nil else { return }
        known[fingerprint] = (entries.flatMap { [$0.variable.text, $0.value.text] }, assignments)
    }

    private static func fingerprint(_ entries: Entries) -> Int {
        var mixed = Fingerprint(entries.count)
        for entry in entries {
            mixed.add(entry.variable.text)
            mixed.add(entry.value.text)
        }
        return mixed.value
    }

    private static func texts(of entries: Entries, equal texts: [String]) -> Bool {
        guard texts.count == 2 * entries.count else { return false }
        for (index, entry) in entries.enumerated() where entry.variable.text != texts[2 * index] || entry.value.text != texts[2 * index + 1] {
            return false
        }
        return true
    }
}
