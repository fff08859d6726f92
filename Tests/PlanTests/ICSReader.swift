import Foundation

/// Reads an iCalendar file back the way a calendar app does (RFC 5545), strictly: every line
/// ends in CRLF and is at most 75 octets, folded lines are joined, text values unescaped.
struct ICSReader {
    struct Property: Equatable {
        let name: String
        let parameters: [String]
        let value: String
    }

    struct Component {
        let name: String
        var properties: [Property] = []
        var components: [Component] = []

        func value(_ name: String) -> String? { properties.first { $0.name == name }?.value }
        func property(_ name: String) -> Property? { properties.first { $0.name == name } }
    }

    enum Problem: Error, CustomStringConvertible {
        case bareLineFeed, noFinalCRLF, tooLong(String), malformed(String), unbalanced(String)

        var description: String {
            switch self {
            case .bareLineFeed: "a line ends in LF without CR"
            case .noFinalCRLF: "the file does not end in CRLF"
            case .tooLong(let line): "a line is longer than 75 octets: \(line)"
            case .malformed(let line): "not a content line: \(line)"
            case .unbalanced(let name): "BEGIN/END do not match at \(name)"
            }
        }
    }

    /// The calendar component, or the first rule the text breaks.
    static func read(_ text: String) throws -> Component {
        let bytes = Array(text.utf8)
        for (index, byte) in bytes.enumerated() where byte == 0x0A && (index == 0 || bytes[index - 1] != 0x0D) {
            throw Problem.bareLineFeed
        }
        guard text.hasSuffix("\r\n") else { throw Problem.noFinalCRLF }
        let physical = text.components(separatedBy: "\r\n").dropLast()
        var logical: [String] = []
        for line in physical {
            guard line.utf8.count <= 75 else { throw Problem.tooLong(line) }
            if line.hasPrefix(" ") || line.hasPrefix("\t"), !logical.isEmpty {
                logical[logical.count - 1] += line.dropFirst()
            } else {
                logical.append(line)
            }
        }
        var stack: [Component] = [Component(name: "")]
        for line in logical {
            let property = try parse(line)
            switch property.name {
            case "BEGIN":
                stack.append(Component(name: property.value))
            case "END":
                guard stack.count > 1, let done = stack.popLast(), done.name == property.value else { throw Problem.unbalanced(property.value) }
                stack[stack.count - 1].components.append(done)
            default:
                stack[stack.count - 1].properties.append(property)
            }
        }
        guard stack.count == 1, let calendar = stack[0].components.first, calendar.name == "VCALENDAR" else {
            throw Problem.unbalanced("the end of the file")
        }
        return calendar
    }

    /// `NAME;PARAM=x:value`; the value of a text property unescaped.
    private static func parse(_ line: String) throws -> Property {
        guard let colon = line.firstIndex(of: ":") else { throw Problem.malformed(line) }
        let head = line[..<colon].split(separator: ";").map(String.init)
        guard let name = head.first, !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) else { throw Problem.malformed(line) }
        let raw = String(line[line.index(after: colon)...])
        let textProperties: Set<String> = ["SUMMARY", "DESCRIPTION", "UID", "X-WR-CALNAME"]
        return Property(name: name, parameters: Array(head.dropFirst()), value: textProperties.contains(name) ? try unescape(raw, line) : raw)
    }

    private static func unescape(_ value: String, _ line: String) throws -> String {
        var result = ""
        var iterator = value.makeIterator()
        while let character = iterator.next() {
            guard character == "\\" else {
                // Unescaped commas and semicolons separate values; a text value has none.
                if character == "," || character == ";" { throw Problem.malformed(line) }
                result.append(character)
                continue
            }
            switch iterator.next() {
            case "\\": result.append("\\")
            case ";": result.append(";")
            case ",": result.append(",")
            case "n", "N": result.append("\n")
            default: throw Problem.malformed(line)
            }
        }
        return result
    }
}
