/// One token of the condition language.
struct ExpressionToken: Hashable {
    enum Kind: Hashable {
        case integer(Int)
        case string(String)
        case identifier(String)
        case symbol(String)
        case end
    }

    let kind: Kind
    let offset: Int
}

/// Splits expression text into tokens; the first unknown character is a syntax error.
enum ExpressionLexer {
    private static let symbols = ["==", "!=", "<=", ">=", "<", ">", "+", "-", "(", ")", "[", "]", ","]

    static func tokens(in text: String) -> Result<[ExpressionToken], ExpressionError> {
        asciiTokens(in: text) ?? graphemeTokens(in: text)
    }

    /// Any text, split into `Character`s first: offsets count what an editor shows as columns.
    static func graphemeTokens(in text: String) -> Result<[ExpressionToken], ExpressionError> {
        let characters = Array(text)
        var tokens: [ExpressionToken] = []
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character.isWhitespace {
                index += 1
            } else if character.isASCII, character.isNumber {
                let start = index
                while index < characters.count, characters[index].isASCII, characters[index].isNumber { index += 1 }
                guard let number = Int(String(characters[start..<index])) else {
                    return .failure(ExpressionError(.syntax, at: start, "the number is too large"))
                }
                tokens.append(ExpressionToken(kind: .integer(number), offset: start))
            } else if character == "_" || (character.isASCII && character.isLetter) {
                let start = index
                while index < characters.count, isIdentifierCharacter(characters[index]) { index += 1 }
                tokens.append(ExpressionToken(kind: .identifier(String(characters[start..<index])), offset: start))
            } else if character == "'" || character == "\"" {
                let start = index
                index += 1
                while index < characters.count, characters[index] != character { index += 1 }
                guard index < characters.count else {
                    return .failure(ExpressionError(.syntax, at: start, "this quoted text is never closed"))
                }
                tokens.append(ExpressionToken(kind: .string(String(characters[(start + 1)..<index])), offset: start))
                index += 1
            } else if let symbol = symbols.first(where: { matches($0, characters, at: index) }) {
                tokens.append(ExpressionToken(kind: .symbol(symbol), offset: index))
                index += symbol.count
            } else {
                return .failure(ExpressionError(.syntax, at: index, unexpectedCharacterMessage(character)))
            }
        }
        tokens.append(ExpressionToken(kind: .end, offset: characters.count))
        return .success(tokens)
    }

    private static func isIdentifierCharacter(_ character: Character) -> Bool {
        character == "_" || (character.isASCII && (character.isLetter || character.isNumber))
    }

    private static func matches(_ symbol: String, _ characters: [Character], at index: Int) -> Bool {
        let symbolCharacters = Array(symbol)
        guard index + symbolCharacters.count <= characters.count else { return false }
        return Array(characters[index..<(index + symbolCharacters.count)]) == symbolCharacters
    }

    static func unexpectedCharacterMessage(_ character: Character) -> String {
        switch character {
        case "&": "unexpected '&'; write 'and'"
        case "|": "unexpected '|'; write 'or'"
        case "!": "unexpected '!'; write 'not' (or '!=' to compare)"
        case "=": "unexpected '='; compare with '=='"
        default: "unexpected character '\(character)'"
        }
    }
}
