/// Questions and advice as transcripts hold them.
extension JSONScanner {
    mutating func question() throws(NotDecided) -> Question {
        var node: String?, variable: String?, prompt: String?, help: String??, kind: VariableKind?
        var isOptional: Bool?, defaultText: String??
        try members { scanner, key throws(NotDecided) in
            if key == "kind" { try once(&kind, scanner.variableKind()) }
            else if key == "node" { try once(&node, scanner.text()) }
            else if key == "prompt" { try once(&prompt, scanner.text()) }
            else if key == "variable" { try once(&variable, scanner.text()) }
            else if key == "isOptional" { try once(&isOptional, scanner.bool()) }
            else if key == "help" { try once(&help, scanner.optionalText()) }
            else if key == "defaultText" { try once(&defaultText, scanner.optionalText()) }
            else { try scanner.skipValue() }
        }
        guard let node, let variable, let prompt, let kind, let isOptional else { throw NotDecided() }
        return Question(node: node, variable: variable, prompt: prompt, help: help ?? nil, kind: kind,
                        isOptional: isOptional, defaultText: defaultText ?? nil)
    }

    private mutating func variableKind() throws(NotDecided) -> VariableKind {
        try beginObject()
        guard !isEmptyObject() else { throw NotDecided() }
        let key = try key()
        let kind: VariableKind
        if key == "choice" {
            kind = .choice(try unnamed { scanner throws(NotDecided) in try scanner.elements { scanner throws(NotDecided) in try scanner.choiceOption() } })
        } else if key == "integer" {
            var min: Int?, max: Int?
            try members { scanner, key throws(NotDecided) in
                if key == "min" { try once(&min, scanner.integer()) }
                else if key == "max" { try once(&max, scanner.integer()) }
                else { try scanner.skipValue() }
            }
            guard let min, let max else { throw NotDecided() }
            kind = .integer(min: min, max: max)
        } else if key == "text" {
            var maxLength: Int?
            try members { scanner, key throws(NotDecided) in
                if key == "maxLength" { try once(&maxLength, scanner.integer()) } else { try scanner.skipValue() }
            }
            guard let maxLength else { throw NotDecided() }
            kind = .text(maxLength: maxLength)
        } else if key == "yesNo" {
            try emptyCase()
            kind = .yesNo
        } else if key == "yearMonth" {
            try emptyCase()
            kind = .yearMonth
        } else if key == "date" {
            try emptyCase()
            kind = .date
        } else {
            throw NotDecided()
        }
        guard try !hasMoreMembers() else { throw NotDecided() }
        return kind
    }

    private mutating func choiceOption() throws(NotDecided) -> ChoiceOption {
        var key: String?, label: String?, text: String?, aliases: [String]?
        try members { scanner, name throws(NotDecided) in
            if name == "key" { try once(&key, scanner.text()) }
            else if name == "label" { try once(&label, scanner.text()) }
            else if name == "text" { try once(&text, scanner.text()) }
            else if name == "aliases" { try once(&aliases, scanner.strings()) }
            else { try scanner.skipValue() }
        }
        guard let key, let label, let text, let aliases else { throw NotDecided() }
        return ChoiceOption(key: key, label: label, text: text, aliases: aliases)
    }

    /// As `Message.init(from:)` reads it: `covers` and `because` may be absent (older transcripts).
    mutating func message() throws(NotDecided) -> Message {
        var node: String?, kind: EmissionKind?, title: String??, text: String?
        var covers: [String]??, because: [RecapLine]??, date: CalendarDate??, chart: Chart??
        try members { scanner, key throws(NotDecided) in
            if key == "text" { try once(&text, scanner.text()) }
            else if key == "node" { try once(&node, scanner.text()) }
            else if key == "kind" { try once(&kind, scanner.emissionKind()) }
            else if key == "covers" { try once(&covers, scanner.optional { scanner throws(NotDecided) in try scanner.strings() }) }
            else if key == "title" { try once(&title, scanner.optionalText()) }
            else if key == "because" { try once(&because, scanner.optional { scanner throws(NotDecided) in try scanner.recapLines() }) }
            else if key == "date" { try once(&date, scanner.optional { scanner throws(NotDecided) in try scanner.calendarDate() }) }
            else if key == "chart" { try once(&chart, scanner.optional { scanner throws(NotDecided) in try scanner.chart() }) }
            else { try scanner.skipValue() }
        }
        guard let node, let kind, let text else { throw NotDecided() }
        return Message(node: node, kind: kind, title: title ?? nil, text: text, covers: (covers ?? nil) ?? [],
                       because: (because ?? nil) ?? [], date: date ?? nil, chart: chart ?? nil)
    }

    private mutating func emissionKind() throws(NotDecided) -> EmissionKind {
        guard let kind = EmissionKind(rawValue: try string()) else { throw NotDecided() }
        return kind
    }

    private mutating func chart() throws(NotDecided) -> Chart {
        var unit: String?, bars: [Chart.Bar]?
        try members { scanner, key throws(NotDecided) in
            if key == "unit" { try once(&unit, scanner.text()) }
            else if key == "bars" { try once(&bars, scanner.elements { scanner throws(NotDecided) in try scanner.bar() }) }
            else { try scanner.skipValue() }
        }
        guard let unit, let bars else { throw NotDecided() }
        return Chart(unit: unit, bars: bars)
    }

    private mutating func bar() throws(NotDecided) -> Chart.Bar {
        var label: String?, value: Int?, source: String?
        try members { scanner, key throws(NotDecided) in
            if key == "label" { try once(&label, scanner.text()) }
            else if key == "value" { try once(&value, scanner.integer()) }
            else if key == "source" { try once(&source, scanner.text()) }
            else { try scanner.skipValue() }
        }
        guard let label, let value, let source else { throw NotDecided() }
        return Chart.Bar(label: label, value: value, source: source)
    }
}
