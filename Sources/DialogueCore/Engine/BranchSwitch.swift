/// A branch whose every case is `variable == literal` on one variable, as dialogues branch on
/// a choice: the variable is read once and matched like a switch, not once a case.
enum BranchSwitch {
    /// Where the branch leads when the variable holds `value`: the offset from the branch of
    /// the first case with an equal literal, as the cases would be tried in turn, or `nil` for
    /// the fallback. An unknown value makes every comparison unknown, so no case holds.
    static func offset(for value: Value?, among cases: ArraySlice<SwitchCase>) -> Int32? {
        guard let value else { return nil }
        return cases.first { $0.literal == value }?.offset
    }
}
