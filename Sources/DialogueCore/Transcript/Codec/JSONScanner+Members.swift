extension JSONScanner {
    /// Walks an object's members in any order; `body` reads the value of each key it knows and
    /// skips the others (Foundation's decoding ignores unknown keys too).
    mutating func members(_ body: (inout JSONScanner, JSONKey) throws(NotDecided) -> Void) throws(NotDecided) {
        try beginObject()
        if isEmptyObject() { return }
        repeat {
            let key = try key()
            try body(&self, key)
        } while try hasMoreMembers()
    }

    /// Every element of an array, read by `element`; checked and dropped when text is not kept.
    mutating func elements<Element>(_ element: (inout JSONScanner) throws(NotDecided) -> Element) throws(NotDecided) -> [Element] {
        try beginArray()
        var result: [Element] = []
        if isEmptyArray() { return result }
        repeat {
            let read = try element(&self)
            if keepsText { result.append(read) }
        } while try hasMoreElements()
        return result
    }

    /// A value that Swift's `Codable` writes as `{"_0": value}`: an enum case's single unnamed value.
    mutating func unnamed<Value>(_ value: (inout JSONScanner) throws(NotDecided) -> Value) throws(NotDecided) -> Value {
        var read: Value?
        try members { scanner, key throws(NotDecided) in
            if key == "_0" { try once(&read, value(&scanner)) } else { try scanner.skipValue() }
        }
        guard let read else { throw NotDecided() }
        return read
    }

    /// A case without values, written `{}`; Foundation asks only that it be an object.
    mutating func emptyCase() throws(NotDecided) {
        try members { scanner, _ throws(NotDecided) in try scanner.skipValue() }
    }

    /// An optional field: `null` reads as absent, as `decodeIfPresent` reads it.
    mutating func optional<Value>(_ value: (inout JSONScanner) throws(NotDecided) -> Value) throws(NotDecided) -> Value? {
        try takeNull() ? nil : value(&self)
    }

    /// A `{"year":…,"month":…,"day":…}` date.
    mutating func calendarDate() throws(NotDecided) -> CalendarDate {
        var year: Int?, month: Int?, day: Int?
        try members { scanner, key throws(NotDecided) in
            if key == "year" { try once(&year, scanner.integer()) }
            else if key == "month" { try once(&month, scanner.integer()) }
            else if key == "day" { try once(&day, scanner.integer()) }
            else { try scanner.skipValue() }
        }
        guard let year, let month, let day else { throw NotDecided() }
        return CalendarDate(year: year, month: month, day: day)
    }
}

/// Sets a field met for the first time. A key given twice is left to Foundation, whose choice
/// between the two is its own.
func once<Value>(_ slot: inout Value?, _ value: Value) throws(NotDecided) {
    guard slot == nil else { throw NotDecided() }
    slot = value
}
