/// Outputs read in the shapes Swift's synthesized `Codable` gives them (see
/// `docs/transcript-format.md`): `{"case": {fields}}`, a single unnamed value under `_0`.
extension JSONScanner {
    mutating func output() throws(NotDecided) -> Output {
        try beginObject()
        guard !isEmptyObject() else { throw NotDecided() }
        let key = try key()
        let output: Output
        if key == "asked" { output = .asked(try unnamed { scanner throws(NotDecided) in try scanner.question() }) }
        else if key == "said" { output = try said() }
        else if key == "emitted" { output = .emitted(try unnamed { scanner throws(NotDecided) in try scanner.message() }) }
        else if key == "answeredInAdvance" { output = try answeredInAdvance() }
        else if key == "rejected" { output = try rejected() }
        else if key == "skipped" { output = try skipped() }
        else if key == "ended" { output = try ended() }
        else if key == "wentBack" { output = try wentBack() }
        else if key == "notice" { output = .notice(try unnamed { scanner throws(NotDecided) in try scanner.text() }) }
        else if key == "recap" { output = .recap(try unnamed { scanner throws(NotDecided) in try scanner.recapLines() }) }
        else { throw NotDecided() }
        // Foundation takes a case beside keys it does not know, and refuses two cases: neither is ours to judge.
        guard try !hasMoreMembers() else { throw NotDecided() }
        return output
    }

    private mutating func said() throws(NotDecided) -> Output {
        var node: String?, text: String?
        try members { scanner, key throws(NotDecided) in
            if key == "node" { try once(&node, scanner.text()) }
            else if key == "text" { try once(&text, scanner.text()) }
            else { try scanner.skipValue() }
        }
        guard let node, let text else { throw NotDecided() }
        return .said(node: node, text: text)
    }

    private mutating func answeredInAdvance() throws(NotDecided) -> Output {
        var node: String?, variable: String?, answer: String?
        try members { scanner, key throws(NotDecided) in
            if key == "node" { try once(&node, scanner.text()) }
            else if key == "variable" { try once(&variable, scanner.text()) }
            else if key == "answer" { try once(&answer, scanner.text()) }
            else { try scanner.skipValue() }
        }
        guard let node, let variable, let answer else { throw NotDecided() }
        return .answeredInAdvance(node: node, variable: variable, answer: answer)
    }

    private mutating func rejected() throws(NotDecided) -> Output {
        var node: String?, answer: String?, reason: String?
        try members { scanner, key throws(NotDecided) in
            if key == "node" { try once(&node, scanner.text()) }
            else if key == "answer" { try once(&answer, scanner.text()) }
            else if key == "reason" { try once(&reason, scanner.text()) }
            else { try scanner.skipValue() }
        }
        guard let node, let answer, let reason else { throw NotDecided() }
        return .rejected(node: node, answer: answer, reason: reason)
    }

    private mutating func skipped() throws(NotDecided) -> Output {
        var node: String?, variable: String?, value: String??
        try members { scanner, key throws(NotDecided) in
            if key == "node" { try once(&node, scanner.text()) }
            else if key == "variable" { try once(&variable, scanner.text()) }
            else if key == "value" { try once(&value, scanner.optionalText()) }
            else { try scanner.skipValue() }
        }
        guard let node, let variable else { throw NotDecided() }
        return .skipped(node: node, variable: variable, value: value ?? nil)
    }

    private mutating func wentBack() throws(NotDecided) -> Output {
        var node: String?
        try members { scanner, key throws(NotDecided) in
            if key == "node" { try once(&node, scanner.text()) } else { try scanner.skipValue() }
        }
        guard let node else { throw NotDecided() }
        return .wentBack(node: node)
    }

    private mutating func ended() throws(NotDecided) -> Output {
        var node: String??, text: String??, reason: EndReason?
        try members { scanner, key throws(NotDecided) in
            if key == "node" { try once(&node, scanner.optionalText()) }
            else if key == "text" { try once(&text, scanner.optionalText()) }
            else if key == "reason" { try once(&reason, scanner.endReason()) }
            else { try scanner.skipValue() }
        }
        guard let reason else { throw NotDecided() }
        return .ended(node: node ?? nil, text: text ?? nil, reason: reason)
    }

    private mutating func endReason() throws(NotDecided) -> EndReason {
        try beginObject()
        guard !isEmptyObject() else { throw NotDecided() }
        let key = try key()
        let reason: EndReason
        if key == "finished" {
            try emptyCase()
            reason = .finished
        } else if key == "missingAnswers" {
            reason = .missingAnswers(try unnamed { scanner throws(NotDecided) in try scanner.strings() })
        } else {
            throw NotDecided()
        }
        guard try !hasMoreMembers() else { throw NotDecided() }
        return reason
    }

    mutating func strings() throws(NotDecided) -> [String] {
        try elements { scanner throws(NotDecided) in try scanner.text() }
    }

    mutating func recapLines() throws(NotDecided) -> [RecapLine] {
        try elements { scanner throws(NotDecided) in
            var variable: String?, label: String?, text: String?
            try scanner.members { scanner, key throws(NotDecided) in
                if key == "variable" { try once(&variable, scanner.text()) }
                else if key == "label" { try once(&label, scanner.text()) }
                else if key == "text" { try once(&text, scanner.text()) }
                else { try scanner.skipValue() }
            }
            guard let variable, let label, let text else { throw NotDecided() }
            return RecapLine(variable: variable, label: label, text: text)
        }
    }
}
