import DialogueAuthoring

/// An answers file (the `--answers` format) that takes one route.
enum AnswersFileText {
    static func yaml(for route: Route) -> String {
        var lines = ["# route: " + route.nodes.joined(separator: " > ")]
        if route.isApproximate {
            lines.append("# it passes a condition the analysis cannot evaluate: these answers may take another way")
        }
        var latest: [String: String] = [:]
        var order: [String] = []
        for (variable, answer) in route.answers {
            if latest[variable] == nil { order.append(variable) }
            latest[variable] = answer
        }
        lines += order.map { "\($0): \(quoted(latest[$0] ?? ""))" }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Always double-quoted, so that `yes`, `2026-07` or free text read back exactly as written.
    private static func quoted(_ text: String) -> String {
        var escaped = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": escaped += "\\\\"
            case "\"": escaped += "\\\""
            case "\n": escaped += "\\n"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    escaped += "\\x" + String(scalar.value, radix: 16).leftPadded(to: 2)
                } else {
                    escaped.unicodeScalars.append(scalar)
                }
            }
        }
        return escaped + "\""
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
