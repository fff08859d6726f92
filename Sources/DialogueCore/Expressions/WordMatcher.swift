/// Finds words and phrases in free text the way a reader would: whole words, any case, with
/// punctuation and line breaks counting as spaces ("hopeless" is not in "hopelessly").
enum WordMatcher {
    static func contains(_ text: String, anyOf phrases: [String]) -> Bool {
        let haystack = " " + words(text) + " "
        return phrases.contains { phrase in
            let needle = words(phrase)
            return !needle.isEmpty && haystack.contains(" " + needle + " ")
        }
    }

    /// Lower-case words separated by single spaces.
    static func words(_ text: String) -> String {
        text.lowercased()
            .split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "’") })
            .joined(separator: " ")
    }
}
