/// What one `{{…}}` tag of a dialogue text does.
enum TemplateTag: Equatable {
    case value(String)
    case open(String, inverted: Bool)
    case close(String)
    case comment

    /// The tag for the bytes between `{{` and `}}`, or why it cannot be used in a dialogue text.
    static func read(_ content: String) -> Result<TemplateTag, TemplateFault.Reason> {
        if let tag = plainTag(content) { return .success(tag) }
        return readInGeneral(content)
    }

    /// `read` for any tag, scalar by scalar.
    static func readInGeneral(_ content: String) -> Result<TemplateTag, TemplateFault.Reason> {
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

    /// The tag as nearly every text writes it, a name right after its sign with no space
    /// (`name`, `#name`, `^name`, `/name`, `&name`, `{name`), told on bytes: what `read` makes of
    /// it, without the Unicode properties its trimming asks for every scalar. `nil` for anything else.
    static func plainTag(_ content: String) -> TemplateTag? {
        let bytes = content.utf8
        guard let first = bytes.first else { return nil }
        let isSign = "#^/&{".utf8.contains(first)
        let name = isSign ? bytes.dropFirst() : bytes[...]
        guard !name.isEmpty, name.allSatisfy(ASCIIBytes.isNameByte) else { return nil }
        let text = String(decoding: name, as: UTF8.self)
        switch first {
        case UInt8(ascii: "#"): return .open(text, inverted: false)
        case UInt8(ascii: "^"): return .open(text, inverted: true)
        case UInt8(ascii: "/"): return .close(text)
        default: return .value(text)
        }
    }

    /// A variable name, between spaces: ASCII letters, digits and `_`.
    private static func name(_ raw: String) -> Result<String, TemplateFault.Reason> {
        let name = trimmingSpaces(raw)
        let valid = !name.isEmpty && name.utf8.allSatisfy(ASCIIBytes.isNameByte)
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
