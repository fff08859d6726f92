/// Literal replacement scalar by scalar, as Foundation's `replacingOccurrences(of:with:)` does:
/// unlike `replacing(_:with:)` on characters, a target is found even where a combining mark
/// follows it, which matters when the replacement is escaping.
extension String {
    /// Every occurrence of `target`, left to right, replaced by `replacement`.
    public func replacingEvery(_ target: String, with replacement: String) -> String {
        let wanted = Array(target.unicodeScalars)
        guard let head = wanted.first else { return self }
        let scalars = Array(unicodeScalars)
        var result = String.UnicodeScalarView()
        var position = 0
        while position < scalars.count {
            if scalars[position] == head, position + wanted.count <= scalars.count,
                scalars[position..<(position + wanted.count)].elementsEqual(wanted) {
                result.append(contentsOf: replacement.unicodeScalars)
                position += wanted.count
            } else {
                result.append(scalars[position])
                position += 1
            }
        }
        return String(result)
    }
}
