/// RFC 5545 text values and content lines: escaping (section 3.3.11) and folding (3.1).
enum ICSText {
    /// A TEXT value: backslash, semicolon and comma escaped, any line end as `\n`, other
    /// control characters dropped.
    static func escape(_ text: String) -> String {
        var escaped = ""
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\\": escaped += "\\\\"
            case ";": escaped += "\\;"
            case ",": escaped += "\\,"
            case "\r": escaped += "\\n"
            case "\n": if !previousWasCR { escaped += "\\n" }
            case "\t": escaped += " "
            case _ where scalar.properties.generalCategory == .control: continue
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// Longest content line in octets, the CRLF not counted.
    static let lineOctets = 75

    /// A content line folded so that no line exceeds 75 octets: each continuation starts with
    /// one space, and no UTF-8 sequence is split.
    static func fold(_ line: String) -> String {
        var lines: [String] = []
        var current = ""
        var octets = 0
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if octets + size > lineOctets {
                lines.append(current)
                current = " "
                octets = 1
            }
            current.unicodeScalars.append(scalar)
            octets += size
        }
        lines.append(current)
        return lines.joined(separator: "\r\n")
    }
}
