/// What small YAML files of settings (answers, coverage thresholds) need of the reader's tree
/// beyond the dialogues' own needs.
extension YAMLNode {
    /// A YAML null (`~`, `null`, or nothing at all, written plain): a key given no value.
    var isNull: Bool {
        guard let scalar, scalar.style == .plain else { return false }
        guard tag == nil || tag == "tag:yaml.org,2002:null" else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }
}
