import Foundation

/// A JSON line rewritten the ways another writer could write the same value: keys in another
/// order, white space between tokens, strings escaped, fields a newer version added. For the
/// codec tests, which read each variant with both readers.
indirect enum JSONVariant: Decodable {
    case null, bool(Bool), integer(Int), string(String), array([JSONVariant]), object([String: JSONVariant])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Int.self) { self = .integer(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([JSONVariant].self) { self = .array(value) }
        else { self = .object(try container.decode([String: JSONVariant].self)) }
    }

    struct Style {
        /// Keys in reverse order of their bytes, the opposite of what the writer does.
        var reversedKeys = false
        var spacing = ""
        /// Every character of every string value as `\uXXXX` (non-BMP as a surrogate pair), `/` as `\/`.
        var escapeValues = false
        var escapeKeys = false
        /// An unknown member holding every kind of value, in the line's object and in every
        /// object that is not an enum case (objects of one key are left alone).
        var unknownMembers = false
        /// The same in every object, enum cases too.
        var unknownMembersEverywhere = false
    }

    func text(_ style: Style, topLevel: Bool = true) -> String {
        let space = style.spacing
        switch self {
        case .null: return "null"
        case .bool(let value): return value ? "true" : "false"
        case .integer(let value): return String(value)
        case .string(let value): return Self.quoted(value, escapeAll: style.escapeValues)
        case .array(let values):
            return "[" + space + values.map { $0.text(style, topLevel: false) }.joined(separator: space + "," + space) + space + "]"
        case .object(let members):
            let keys = members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            var parts = (style.reversedKeys ? keys.reversed() : keys).compactMap { key in
                members[key].map { Self.quoted(key, escapeAll: style.escapeKeys) + space + ":" + space + $0.text(style, topLevel: false) }
            }
            if style.unknownMembersEverywhere || (style.unknownMembers && (topLevel || members.count != 1)) {
                parts.insert(#""~future" : { "list" : [1, -2.5e+3, 0.5, 7E2, true, false, null, "\u00e9\n\/"], "deep" : [[[{}]]] }"#, at: parts.count / 2)
            }
            return "{" + space + parts.joined(separator: space + "," + space) + space + "}"
        }
    }

    private static func quoted(_ value: String, escapeAll: Bool) -> String {
        guard escapeAll else {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.withoutEscapingSlashes]
            return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? ""
        }
        let hex = Array("0123456789ABCDEF".unicodeScalars)
        var text = String.UnicodeScalarView()
        text.append("\"")
        for unit in value.utf16 {
            text.append("\\")
            if unit == 0x2F {
                text.append("/")
                continue
            }
            text.append("u")
            for shift in [12, 8, 4, 0] { text.append(hex[Int(unit >> UInt16(shift)) & 0xF]) }
        }
        text.append("\"")
        return String(text)
    }
}
