@testable import DialogueAuthoring
import DialogueCore
import Foundation
import Testing

/// The shortcut for `name OP number` and `name == key` must compile every text it accepts to
/// what the full compiler gives, and leave everything else to it.
struct ConditionShortcutTests {
    static let variables: [VariableDecl] = [
        VariableDecl(name: "score", label: "score", kind: .integer(min: 0, max: 20)),
        VariableDecl(name: "target", label: "target", kind: .choice([
            ChoiceOption(key: "derm", label: "Dermatology"), ChoiceOption(key: "ortho", label: "Orthopaedics")])),
        VariableDecl(name: "a_n5", label: "a", kind: .choice((0..<4).map { ChoiceOption(key: "c\($0)", label: "C\($0)") })),
        VariableDecl(name: "derm", label: "a variable named like a key", kind: .integer(min: 0, max: 9)),
        VariableDecl(name: "ok", label: "ok", kind: .yesNo),
        VariableDecl(name: "month", label: "month", kind: .yearMonth),
        VariableDecl(name: "name", label: "name", kind: .text(maxLength: 40)),
        VariableDecl(name: "score", label: "a second declaration", kind: .text(maxLength: 9)),
    ]

    static let texts = [
        "score >= 7", "score<0", " score == 3 ", "score != 12", "score <= 20", "score > 1", "\tscore\t==\t4",
        "target == derm", "target != ortho", "a_n5 == c3", "a_n5 == c4", "target == nope", "target < derm",
        "target == derm ", "derm == target", "target == 'derm'", "target == derm and ok", "not target == derm",
        "score == 99999999999999999999", "score == 9223372036854775807", "score == -1", "score >= 7 + 1",
        "score == 1a", "score = 1", "score === 1", "score <== 1", "score =< 1", "score == 0x1", "score == 1.5",
        "undeclared == 1", "name == 'x'", "score == score", "ok == yes", "ok != no", "month > 3", "month == 2026",
        "and == 1", "in == 1", "target == in", "target == yes", "score == true", "score\r\n== 1", "score\n== 1",
        "score ==", "== 1", "", "score", "target == derm)", "(target == derm)", "score in [1, 2]", "score == derm",
        "target==derm", "score>=10", "a_n5==c0", "score ≥ 7", "scoré == 1", "_x == 1",
    ]

    static func full(_ text: String) -> DialogueCore.Expression? {
        guard case .success(let syntax) = ExpressionParser.parse(text),
              case .success(let typed) = ExpressionChecker.check(syntax, expecting: .bool, variables: variables)
        else { return nil }
        return typed.0
    }

    static func shortcut(_ text: String, _ variables: [VariableDecl] = variables) -> DialogueCore.Expression? {
        var operands = ConditionOperands()
        return shortcut(text, variables, &operands)
    }

    static func shortcut(_ text: String, _ variables: [VariableDecl], _ operands: inout ConditionOperands) -> DialogueCore.Expression? {
        let positions = ExpressionCompiler.firstPositions(of: variables)
        return ConditionShortcut.compile(text, variables: variables, declaration: { positions[$0] }, operands: &operands)
    }

    /// The raw word of an expression. Every case of `Expression` is `indirect`, so the word is
    /// where its box is (with the case in spare bits): equal words, one box.
    static func box(_ expression: DialogueCore.Expression) -> [UInt8] {
        withUnsafeBytes(of: expression) { Array($0) }
    }

    @Test func theCasesOfABranchShareTheirOperandsAndKeepTheirValues() throws {
        var operands = ConditionOperands()
        let texts = ["target == derm", "target == ortho", "score >= 7", "score >= 7", "target == derm"]
        let compiled = try texts.map { try #require(Self.shortcut($0, Self.variables, &operands)) }
        #expect(compiled == texts.map { Self.full($0) })
        func operandsOf(_ expression: DialogueCore.Expression) -> (DialogueCore.Expression, DialogueCore.Expression)? {
            if case .compare(_, let lhs, let rhs) = expression { (lhs, rhs) } else { nil }
        }
        let parts = compiled.compactMap(operandsOf)
        try #require(parts.count == 5)
        #expect(Self.box(parts[0].0) == Self.box(parts[1].0), "one variable, one box, from case to case")
        #expect(Self.box(parts[2].1) == Self.box(parts[3].1), "one literal, one box")
        #expect(Self.box(parts[0].1) == Self.box(parts[4].1), "a literal met again later, the same box")
    }

    @Test(arguments: texts)
    func whatTheShortcutAcceptsIsWhatTheCompilerGives(_ text: String) {
        if let fast = Self.shortcut(text) {
            #expect(fast == Self.full(text), "\(text.debugDescription)")
        }
    }

    @Test func theUsualConditionsTakeTheShortcut() {
        for text in ["score >= 7", "score<0", "target == derm", "target != ortho", "a_n5 == c3", "\tscore\t==\t4"] {
            #expect(Self.shortcut(text) != nil, "\(text.debugDescription)")
        }
        for text in ["a_n5 == c4", "target < derm", "ok == yes", "score == -1", "derm == target", "score == 1a", "and == 1"] {
            #expect(Self.shortcut(text) == nil, "\(text.debugDescription)")
        }
    }

    /// Every condition of the shipped dialogues compiles as it did, through whichever path.
    @Test func theShippedConditionsCompileAsTheFullCompilerCompilesThem() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let directory = root.appendingPathComponent("dialogues")
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".yaml") }.sorted()
        let sources = try names.map { DialogueSource(path: $0, text: try String(contentsOf: directory.appendingPathComponent($0), encoding: .utf8)) }
        let graph = try #require(GraphCompiler.compile(sources).graph)
        let conditions = sources.flatMap { source in
            source.text.split(separator: "\n").compactMap { line -> String? in
                let trimmed = line.drop { $0 == " " || $0 == "-" }
                guard trimmed.hasPrefix("when:") else { return nil }
                return String(trimmed.dropFirst("when:".count))
            }
        }
        #expect(conditions.count > 40)
        var shortcuts = 0
        for text in conditions {
            guard let fast = Self.shortcut(text, graph.variables) else { continue }
            shortcuts += 1
            guard case .success(let syntax) = ExpressionParser.parse(text),
                  case .success(let typed) = ExpressionChecker.check(syntax, expecting: .bool, variables: graph.variables)
            else {
                Issue.record("the shortcut accepted \(text.debugDescription), which the compiler refuses")
                continue
            }
            #expect(fast == typed.0, "\(text.debugDescription)")
        }
        #expect(shortcuts > 0)
    }
}
