/// What one `{{…}}` tag of a dialogue text does.
enum TemplateTag: Equatable {
    case value(String)
    case open(String, inverted: Bool)
    case close(String)
    case comment

    /// The tag for the bytes between `{{` and `}}`, or why it cannot be used in a dialogue text.
    static func read(_ content: String) -> Result<TemplateTag, TemplateFault.Reason> {
        guard let sign = content.unicodeScalars.first else { return .failure(.emptyTag) }
        let rest = String(content.unicodeScalars.dropFirst())
        switch sign {
        case "!": return .success(.comment)
        case "#": return name(rest).map { .open($0, inverted: false) }
        case "^": return name(rest).map { .open($0, inverted: true) }
        case "/": return name(rest).map { .close($0) }
        case "&", "{": return name(rest).map { .value($0) }
        case ">", "<", "$": return .failure(.partial(sign))
        case "=", "%": return .failure(.changesReading(sign))
        default:
            let trimmed = trimmingSpaces(content)
            guard let first = trimmed.unicodeScalars.first else { return .failure(.emptyTag) }
            // The library these texts were written for read a sign only right after `{{`.
            if "#^/!&{><$=%".unicodeScalars.contains(first) { return .failure(.spaceBeforeSign(first)) }
            return name(content).map { .value($0) }
        }
    }

    /// A variable name, between spaces: ASCII letters, digits and `_`.
    private static func name(_ raw: String) -> Result<String, TemplateFault.Reason> {
        let name = trimmingSpaces(raw)
        let valid = !name.isEmpty && name.utf8.allSatisfy { byte in
            byte == UInt8(ascii: "_") || (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
        }
        return valid ? .success(name) : .failure(.notAName(name))
    }

    /// Tabs and Unicode spaces (Zs) trimmed from both ends; line breaks are kept, and refused.
    private static func trimmingSpaces(_ text: String) -> String {
        let scalars = text.unicodeScalars
        let isSpace: (Unicode.Scalar) -> Bool = { $0 == "\t" || $0.properties.generalCategory == .spaceSeparator }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }), let last = scalars.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(scalars[first...last])
    }
}
