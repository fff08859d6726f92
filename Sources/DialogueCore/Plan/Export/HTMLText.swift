/// Escaping for HTML text and attribute values: every string from a session goes through it.
enum HTMLText {
    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            case "\n", "\t": escaped.unicodeScalars.append(scalar)
            case "\r": continue
            // Control characters are not allowed in HTML text.
            case _ where scalar.properties.generalCategory == .control: continue
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// An element with escaped text inside.
    static func element(_ name: String, _ text: String, class className: String? = nil) -> String {
        let attribute = className.map { " class=\"\($0)\"" } ?? ""
        return "<\(name)\(attribute)>\(escape(text))</\(name)>"
    }
}
