extension ExpressionLexer {
    /// The tokens of a text that is all ASCII without a CR, read byte by byte; `nil` for any other
    /// text. In such a text every byte is one `Character`, so offsets and tokens are those of the
    /// general lexer, at a small fraction of its cost (it splits the text into graphemes first,
    /// and that was most of the time spent compiling a dialogue's conditions).
    static func asciiTokens(in text: String) -> Result<[ExpressionToken], ExpressionError>? {
        var text = text
        return text.withUTF8 { bytes -> Result<[ExpressionToken], ExpressionError>? in
            guard bytes.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "\r") }) else { return nil }
            var tokens: [ExpressionToken] = []
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if isSpace(byte) {
                    index += 1
                } else if isDigit(byte) {
                    let start = index
                    while index < bytes.count, isDigit(bytes[index]) { index += 1 }
                    guard let number = Int(string(bytes, start..<index)) else {
                        return .failure(ExpressionError(.syntax, at: start, "the number is too large"))
                    }
                    tokens.append(ExpressionToken(kind: .integer(number), offset: start))
                } else if byte == UInt8(ascii: "_") || isLetter(byte) {
                    let start = index
                    while index < bytes.count, bytes[index] == UInt8(ascii: "_") || isLetter(bytes[index]) || isDigit(bytes[index]) {
                        index += 1
                    }
                    tokens.append(ExpressionToken(kind: .identifier(string(bytes, start..<index)), offset: start))
                } else if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"") {
                    let start = index
                    index += 1
                    while index < bytes.count, bytes[index] != byte { index += 1 }
                    guard index < bytes.count else {
                        return .failure(ExpressionError(.syntax, at: start, "this quoted text is never closed"))
                    }
                    tokens.append(ExpressionToken(kind: .string(string(bytes, (start + 1)..<index)), offset: start))
                    index += 1
                } else if let symbol = symbol(in: bytes, at: index) {
                    tokens.append(ExpressionToken(kind: .symbol(symbol), offset: index))
                    index += symbol.utf8.count
                } else {
                    return .failure(ExpressionError(.syntax, at: index, unexpectedCharacterMessage(Character(Unicode.Scalar(byte)))))
                }
            }
            tokens.append(ExpressionToken(kind: .end, offset: bytes.count))
            return .success(tokens)
        }
    }

    /// The symbol at `index`, two-character ones first, as the general lexer's list orders them.
    private static func symbol(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> String? {
        let byte = bytes[index]
        let followedByEquals = index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "=")
        switch byte {
        case UInt8(ascii: "="): return followedByEquals ? "==" : nil
        case UInt8(ascii: "!"): return followedByEquals ? "!=" : nil
        case UInt8(ascii: "<"): return followedByEquals ? "<=" : "<"
        case UInt8(ascii: ">"): return followedByEquals ? ">=" : ">"
        case UInt8(ascii: "+"): return "+"
        case UInt8(ascii: "-"): return "-"
        case UInt8(ascii: "("): return "("
        case UInt8(ascii: ")"): return ")"
        case UInt8(ascii: "["): return "["
        case UInt8(ascii: "]"): return "]"
        case UInt8(ascii: ","): return ","
        default: return nil
        }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || (byte >= 0x09 && byte <= 0x0D)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
    }

    private static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
}
