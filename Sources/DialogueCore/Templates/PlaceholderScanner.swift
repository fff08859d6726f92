import Foundation

/// Finds the variable names a Mustache text reads, and rejects the tags `check` cannot follow.
enum PlaceholderScanner {
    /// Deepest nesting of `{{#...}}` and `{{^...}}` sections accepted.
    static let maximumSectionDepth = 16

    static func scan(_ source: String) -> Result<[String], TemplateError> {
        // Most texts have no tag: without the bytes "{{" Foundation's search cannot find one,
        // which costs some 19,000 instructions a text.
        guard hasOpeningBytes(source) else { return .success([]) }
        var names: [String] = []
        var line = 1
        var column = 1
        var rest = Substring(source)
        var sectionDepth = 0
        while let open = rest.range(of: "{{") {
            advance(&line, &column, over: rest[rest.startIndex..<open.lowerBound])
            let tagLine = line
            let tagColumn = column
            guard let close = rest[open.upperBound...].range(of: "}}") else {
                return .failure(TemplateError(line: tagLine, column: tagColumn, message: "'{{' is never closed by '}}'"))
            }
            var tag = rest[open.upperBound..<close.lowerBound]
            var end = close.upperBound
            if tag.hasPrefix("{") {
                tag = tag.dropFirst()
                if rest[end...].hasPrefix("}") { end = rest.index(after: end) }
            }
            switch tag.trimmingCharacters(in: .whitespaces).first {
            case "#", "^": sectionDepth += 1
            case "/": sectionDepth = max(0, sectionDepth - 1)
            default: break
            }
            // Mustache parses and renders sections recursively: a text built to be deep must not reach it.
            guard sectionDepth <= maximumSectionDepth else {
                return .failure(TemplateError(line: tagLine, column: tagColumn,
                    message: "sections ('{{#') are nested more than \(maximumSectionDepth) deep here"))
            }
            switch classify(tag) {
            case .failure(let problem):
                return .failure(TemplateError(line: tagLine, column: tagColumn, message: problem.message))
            case .success(let name?):
                if !names.contains(name) { names.append(name) }
            case .success(nil):
                break
            }
            advance(&line, &column, over: rest[open.lowerBound..<end])
            rest = rest[end...]
        }
        return .success(names)
    }

    private static func hasOpeningBytes(_ source: String) -> Bool {
        var previous: UInt8 = 0
        for byte in source.utf8 {
            if byte == UInt8(ascii: "{"), previous == byte { return true }
            previous = byte
        }
        return false
    }

    /// The variable a tag reads, `nil` for comments and section ends.
    private static func classify(_ tag: Substring) -> Result<String?, TagProblem> {
        let trimmed = tag.trimmingCharacters(in: .whitespaces)
        guard let sigil = trimmed.first else { return .failure(TagProblem(message: "an empty tag")) }
        switch sigil {
        case "!", "/":
            return .success(nil)
        case ">", "<", "$":
            return .failure(TagProblem(message: "partials and blocks ('{{\(sigil)') are not supported in dialogue texts"))
        case "=", "%":
            return .failure(TagProblem(message: "'{{\(sigil)' changes how the template is read and is not supported in dialogue texts"))
        case "#", "^", "&":
            return name(String(trimmed.dropFirst()))
        default:
            return name(trimmed)
        }
    }

    private static func name(_ raw: String) -> Result<String?, TagProblem> {
        let name = raw.trimmingCharacters(in: .whitespaces)
        let valid = !name.isEmpty && name.allSatisfy { $0 == "_" || ($0.isASCII && ($0.isLetter || $0.isNumber)) }
        return valid ? .success(name) : .failure(TagProblem(message: "'\(name)' is not a variable name"))
    }

    private static func advance(_ line: inout Int, _ column: inout Int, over text: Substring) {
        for character in text {
            if character == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
    }
}

/// Why a tag cannot be used in a dialogue text.
struct TagProblem: Error {
    let message: String
}
