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
package enum ExpressionLexer {
    private static let symbols = ["==", "!=", "<=", ">=", "<", ">", "+", "-", "(", ")", "[", "]", ","]

    /// Offsets count `Character`s, as the rest of the checker does.
    static func tokens(in text: String) -> Result<[ExpressionToken], ExpressionError> {
        // Nearly every condition is plain ASCII, where a byte is a `Character` (a "\r\n" pair is
        // the one exception): splitting those into `Character`s cost more than compiling them.
        if text.utf8.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "\r") }) { return asciiTokens(in: text) }
        return characterTokens(in: text)
    }

    static func characterTokens(in text: String) -> Result<[ExpressionToken], ExpressionError> {
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

    /// The same tokens as `tokens(in:)`, on the bytes of a text of ASCII without "\r".
    static func asciiTokens(in text: String) -> Result<[ExpressionToken], ExpressionError> {
        let bytes = Array(text.utf8)
        var tokens: [ExpressionToken] = []
        // A condition is a handful of tokens: room for them at once, not grown one by one.
        tokens.reserveCapacity(8)
        var index = 0
        func word(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
        while index < bytes.count {
            let byte = bytes[index]
            let start = index
            if byte == 0x20 || (0x09...0x0D).contains(byte) {
                index += 1
            } else if ASCIIBytes.isDigit(byte) {
                var number: Int? = 0
                while index < bytes.count, ASCIIBytes.isDigit(bytes[index]) {
                    number = number.flatMap { ASCIIBytes.appending(digit: bytes[index], to: $0) }
                    index += 1
                }
                guard let number else {
                    return .failure(ExpressionError(.syntax, at: start, "the number is too large"))
                }
                tokens.append(ExpressionToken(kind: .integer(number), offset: start))
            } else if byte == UInt8(ascii: "_") || ASCIIBytes.isLetter(byte) {
                while index < bytes.count, ASCIIBytes.isNameByte(bytes[index]) { index += 1 }
                tokens.append(ExpressionToken(kind: .identifier(word(start..<index)), offset: start))
            } else if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"") {
                index += 1
                while index < bytes.count, bytes[index] != byte { index += 1 }
                guard index < bytes.count else {
                    return .failure(ExpressionError(.syntax, at: start, "this quoted text is never closed"))
                }
                tokens.append(ExpressionToken(kind: .string(word((start + 1)..<index)), offset: start))
                index += 1
            } else if let symbol = symbol(at: index, in: bytes) {
                tokens.append(ExpressionToken(kind: .symbol(symbol), offset: index))
                index += symbol.utf8.count
            } else {
                return .failure(ExpressionError(.syntax, at: index, unexpectedCharacterMessage(Character(Unicode.Scalar(byte)))))
            }
        }
        tokens.append(ExpressionToken(kind: .end, offset: bytes.count))
        return .success(tokens)
    }

    /// The symbol of `symbols` written at `index`, the longest first, told on its bytes. Also
    /// the compiler's shortcut for usual conditions, so that both read operators alike.
    package static func symbol(at index: Int, in bytes: [UInt8]) -> String? {
        let next = index + 1 < bytes.count ? bytes[index + 1] : 0
        switch (bytes[index], next) {
        case (UInt8(ascii: "="), UInt8(ascii: "=")): return "=="
        case (UInt8(ascii: "!"), UInt8(ascii: "=")): return "!="
        case (UInt8(ascii: "<"), UInt8(ascii: "=")): return "<="
        case (UInt8(ascii: ">"), UInt8(ascii: "=")): return ">="
        case (UInt8(ascii: "<"), _): return "<"
        case (UInt8(ascii: ">"), _): return ">"
        case (UInt8(ascii: "+"), _): return "+"
        case (UInt8(ascii: "-"), _): return "-"
        case (UInt8(ascii: "("), _): return "("
        case (UInt8(ascii: ")"), _): return ")"
        case (UInt8(ascii: "["), _): return "["
        case (UInt8(ascii: "]"), _): return "]"
        case (UInt8(ascii: ","), _): return ","
        default: return nil
        }
    }

    private static func isIdentifierCharacter(_ character: Character) -> Bool {
        character == "_" || (character.isASCII && (character.isLetter || character.isNumber))
    }

    private static func matches(_ symbol: String, _ characters: [Character], at index: Int) -> Bool {
        let symbolCharacters = Array(symbol)
        guard index + symbolCharacters.count <= characters.count else { return false }
        return Array(characters[index..<(index + symbolCharacters.count)]) == symbolCharacters
    }

    private static func unexpectedCharacterMessage(_ character: Character) -> String {
        switch character {
        case "&": "unexpected '&'; write 'and'"
        case "|": "unexpected '|'; write 'or'"
        case "!": "unexpected '!'; write 'not' (or '!=' to compare)"
        case "=": "unexpected '='; compare with '=='"
        default: "unexpected character '\(character)'"
        }
    }
}
