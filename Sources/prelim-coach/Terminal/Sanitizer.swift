/// Makes text safe to print: escape sequences (CSI, OSC, other ESC forms) are removed and other
/// control characters (C0 but newline and tab, DEL, C1) are shown as visible `^X` marks, so
/// that no answer, file or dialogue text can drive the terminal.
enum Sanitizer {
    static func clean(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            switch scalar.value {
            case 0x1B:
                skipEscapeSequence(&scalars)
            case 0x9B:
                // C1 CSI: the same as ESC [.
                skipControlSequence(&scalars)
            case 0x9D, 0x90, 0x9E, 0x9F:
                // C1 OSC, DCS, PM, APC: a string up to ST or BEL.
                skipString(&scalars)
            case 0x0A, 0x09:
                result.append(scalar)
            case 0x0D:
                break
            case 0x00...0x1F, 0x7F, 0x80...0x9F:
                result.append(contentsOf: "^\(caretLetter(scalar.value))".unicodeScalars)
            default:
                result.append(scalar)
            }
        }
        return String(result)
    }

    private static func caretLetter(_ value: UInt32) -> String {
        if value < 0x20, let letter = Unicode.Scalar(value + 0x40) { return String(Character(letter)) }
        return "?"
    }

    private static func skipEscapeSequence(_ scalars: inout ArraySlice<Unicode.Scalar>) {
        guard let next = scalars.popFirst() else { return }
        switch next {
        case "[": skipControlSequence(&scalars)
        case "]", "P", "^", "_", "X": skipString(&scalars)
        default:
            // ESC c, ESC 7: the byte after ESC is final. ESC ( B: intermediates (0x20-0x2F),
            // then one final byte.
            guard (0x20...0x2F).contains(next.value) else { return }
            while let following = scalars.first, (0x20...0x2F).contains(following.value) { scalars.removeFirst() }
            _ = scalars.popFirst()
        }
    }

    /// CSI: parameters and intermediates, then one final byte from 0x40 to 0x7E.
    private static func skipControlSequence(_ scalars: inout ArraySlice<Unicode.Scalar>) {
        while let scalar = scalars.popFirst() {
            if (0x40...0x7E).contains(scalar.value) || scalar.value > 0x7E || scalar.value < 0x20 { return }
        }
    }

    /// OSC and friends: up to BEL, ESC \ or C1 ST.
    private static func skipString(_ scalars: inout ArraySlice<Unicode.Scalar>) {
        while let scalar = scalars.popFirst() {
            if scalar.value == 0x07 || scalar.value == 0x9C { return }
            if scalar.value == 0x1B {
                if scalars.first == "\\" { scalars.removeFirst() }
                return
            }
        }
    }
}
