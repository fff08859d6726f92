import DialogueCore

/// The two shapes nearly every branch condition has, compiled from their bytes: a whole-number
/// variable compared with a whole number (`score >= 7`), and a choice compared for equality with
/// one of its keys (`target == derm`). Parsing and checking such a text through the syntax tree
/// cost about ten thousand instructions a condition, a tenth of loading a large graph.
///
/// Anything else, and anything this reading is not sure of (another type, a key that is not an
/// option, a keyword, a sign, other white space, a number too large), is left to the full
/// compiler, which then gives the same result or the error it always gave. A test holds this
/// reading to the full compiler's on every text it accepts.
enum ConditionShortcut {
    /// The compiled condition, or `nil` when the text is not of the two shapes.
    /// - Parameters:
    ///   - declaration: the position in `variables` of a name's first declaration.
    ///   - operands: the operands made so far, shared with the conditions before this one.
    static func compile(
        _ text: String, variables: [VariableDecl], declaration: (String) -> Int?, operands: inout ConditionOperands
    ) -> Expression? {
        var scanner = Scanner(Array(text.utf8))
        guard let name = scanner.word(), let comparison = scanner.comparison() else { return nil }
        let number = scanner.number()
        let key = number == nil ? scanner.word() : nil
        guard scanner.isAtEnd, let index = declaration(name) else { return nil }
        switch variables[index].kind {
        case .integer:
            guard let number else { return nil }
            return .compare(comparison, operands.variable(name), operands.literal(.integer(number)))
        case .choice:
            guard let key, comparison.isEquality, variables[index].kind.option(key) != nil else { return nil }
            return .compare(comparison, operands.variable(name), operands.literal(.choice(key)))
        default:
            return nil
        }
    }

    /// Reads `word OP word-or-number` with spaces or tabs around its parts.
    private struct Scanner {
        let bytes: [UInt8]
        var index = 0

        init(_ bytes: [UInt8]) {
            self.bytes = bytes
        }

        var isAtEnd: Bool {
            mutating get {
                skipBlanks()
                return index == bytes.count
            }
        }

        /// A name of letters, digits and `_` not starting with a digit, and not a word the
        /// language gives a meaning of its own.
        mutating func word() -> String? {
            skipBlanks()
            let start = index
            guard index < bytes.count, bytes[index] == UInt8(ascii: "_") || ASCIIBytes.isLetter(bytes[index]) else { return nil }
            while index < bytes.count, ASCIIBytes.isNameByte(bytes[index]) { index += 1 }
            let word = String(decoding: bytes[start..<index], as: UTF8.self)
            return Self.isReserved(word) ? nil : word
        }

        /// Decimal digits, as long as they fit an `Int`; no sign.
        mutating func number() -> Int? {
            skipBlanks()
            let start = index
            var value = 0
            while index < bytes.count, ASCIIBytes.isDigit(bytes[index]) {
                guard let next = ASCIIBytes.appending(digit: bytes[index], to: value) else { return nil }
                value = next
                index += 1
            }
            // A number runs into a letter (`1a`) only in a text the full compiler refuses.
            guard index > start, index == bytes.count || !ASCIIBytes.isNameByte(bytes[index]) else {
                index = start
                return nil
            }
            return value
        }

        /// A comparison operator, read as the expression lexer reads one.
        mutating func comparison() -> ComparisonOperator? {
            skipBlanks()
            guard index < bytes.count, let symbol = ExpressionLexer.symbol(at: index, in: bytes),
                let comparison = ComparisonOperator(rawValue: symbol)
            else { return nil }
            index += symbol.utf8.count
            // `a === b`, `a <== b`: left to the full compiler, which refuses them.
            guard index == bytes.count || ![UInt8(ascii: "="), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "!")].contains(bytes[index])
            else { return nil }
            return comparison
        }

        private mutating func skipBlanks() {
            while index < bytes.count, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") { index += 1 }
        }

        /// Keywords of the grammar and the words read as yes/no: never a name here.
        private static func isReserved(_ word: String) -> Bool {
            switch word {
            case "and", "or", "not", "in", "yes", "no", "true", "false": true
            default: false
            }
        }
    }
}
