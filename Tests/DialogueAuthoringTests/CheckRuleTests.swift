import DialogueAuthoring
import Testing

/// One bad snippet per rule: the checker must name the code and the exact position, and
/// nothing else (one mistake, one finding).
struct CheckRuleTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let yaml: String
        /// `CODE line:column` of every error expected, in order.
        let expected: [String]
        var testDescription: String { name }
    }

    static let header = """
        start: a
        variables:
          target:
            type: choice
            options: [derm, ortho]
          score:
            type: integer
            min: 1
            max: 300
            optional: true
          city:
            type: text
            optional: true

        """

    static let cases: [Case] = [
        Case(name: "PC001 YAML syntax", yaml: "start: a\nnodes:\n  - id: a\n    end: [unclosed\n", expected: ["PC001 5:1"]),
        Case(name: "PC025 alias", yaml: "start: a\nnodes:\n  - id: &x a\n    next: *x\n", expected: ["PC025 3:9"]),
        Case(name: "PC026 nesting too deep", yaml: "start: a\nnodes: " + String(repeating: "[", count: 40) + "\n", expected: ["PC026 2:39"]),
        Case(name: "PC029 derived chain too long", yaml: header + "derived:\n" + (0...33).map { index in
            "  d\(index):\n    type: integer\n    min: 0\n    max: 99\n    value: \(index == 0 ? "score" : "d\(index - 1)") + 1\n"
        }.joined() + "nodes:\n  - id: a\n    end: Done\n", expected: ["PC029 175:3"]),
        Case(name: "PC002 wrong shape", yaml: header + "nodes: {id: a}\n", expected: ["PC012 1:8", "PC002 14:8"]),
        Case(name: "PC003 unknown key with suggestion", yaml: header + """
            nodes:
              - id: a
                ask: target
                prompt: Which?
                nxt: b
                next: b
              - id: b
                end: Done
            """, expected: ["PC003 18:5"]),
        Case(name: "PC004 missing prompt", yaml: header + """
            nodes:
              - id: a
                ask: target
                next: b
              - id: b
                end:
            """, expected: ["PC004 16:10"]),
        Case(name: "PC005 min above max", yaml: """
            start: a
            variables:
              n:
                type: integer
                min: 5
                max: 1
            nodes:
              - id: a
                end: Done
            """, expected: ["PC005 5:10"]),
        Case(name: "PC005 unknown type", yaml: """
            start: a
            variables:
              n:
                type: integr
            nodes:
              - id: a
                end: Done
            """, expected: ["PC005 4:11"]),

        Case(name: "PC007 duplicate node", yaml: header + """
            nodes:
              - id: a
                say: Hello
                next: a2
              - id: a2
                end: Done
              - id: a
                end: Again
            """, expected: ["PC007 20:9"]),
        Case(name: "PC008 no start", yaml: """
            nodes:
              - id: a
                end: Done
            """, expected: ["PC008 1:1"]),
        Case(name: "PC009 condition syntax", yaml: header + """
            nodes:
              - id: a
                branch:
                  - when: target == derm &&
                    goto: b
                  - otherwise: b
              - id: b
                end: Done
            """, expected: ["PC009 17:30"]),
        Case(name: "PC010 undeclared variable in a condition", yaml: header + """
            nodes:
              - id: a
                branch:
                  - when: targt == derm
                    goto: b
                  - otherwise: b
              - id: b
                end: Done
            """, expected: ["PC010 17:15"]),
        Case(name: "PC010 undeclared placeholder", yaml: header + """
            nodes:
              - id: a
                say: "Hello {{nme}}"
                next: b
              - id: b
                end: Done
            """, expected: ["PC010 16:17"]),
        Case(name: "PC011 type mismatch", yaml: header + """
            nodes:
              - id: a
                ask: score
                prompt: Score?
                next: c
              - id: c
                branch:
                  - when: score == yes
                    goto: b
                  - otherwise: b
              - id: b
                end: Done
            """, expected: ["PC011 21:24"]),
        Case(name: "PC012 unknown next with suggestion", yaml: header + """
            nodes:
              - id: a
                say: Hello
                next: finsh
              - id: finish
                end: Done
            """, expected: ["PC012 17:11"]),
        Case(name: "PC013 unknown choice key", yaml: header + """
            nodes:
              - id: a
                ask: target
                prompt: Which?
                next: c
              - id: c
                branch:
                  - when: target == dermm
                    goto: b
                  - otherwise: b
              - id: b
                end: Done
            """, expected: ["PC013 21:25"]),
        Case(name: "PC014 branch without fallback", yaml: header + """
            nodes:
              - id: a
                branch:
                  - when: score > 200
                    goto: b
              - id: b
                end: Done
            """, expected: ["PC014 17:7"]),
        Case(name: "PC015 unreachable node", yaml: header + """
            nodes:
              - id: a
                end: Done
              - id: orphan
                end: Never
            """, expected: ["PC015 17:9"]),
        Case(name: "PC016 no next", yaml: header + """
            nodes:
              - id: a
                say: Hello
            """, expected: ["PC016 15:9"]),
        Case(name: "PC016 no end reachable", yaml: header + """
            nodes:
              - id: a
                ask: score
                prompt: Score?
                next: a
            """, expected: ["PC016 15:9"]),
        Case(name: "PC017 loop that asks nothing", yaml: header + """
            nodes:
              - id: a
                say: One
                next: b
              - id: b
                branch:
                  - when: score > 1
                    goto: c
                  - otherwise: a
              - id: c
                end: Done
            """, expected: ["PC017 15:9"]),
        Case(name: "PC018 template syntax", yaml: header + """
            nodes:
              - id: a
                say: |
                  Hello
                  {{> partial}}
                next: b
              - id: b
                end: Done
            """, expected: ["PC018 18:7"]),
        Case(name: "PC019 placeholder not bound on every path", yaml: header + """
            nodes:
              - id: a
                branch:
                  - when: score > 1
                    goto: ask_city
                  - otherwise: greet
              - id: ask_city
                ask: city
                prompt: City?
                next: greet
              - id: greet
                say: "Welcome to {{city}}"
                next: b
              - id: b
                end: Done
            """, expected: ["PC019 25:22"]),
        Case(name: "PC020 derived cycle", yaml: header + """
            derived:
              x:
                type: integer
                min: 0
                max: 9
                value: y + 1
              y:
                type: integer
                min: 0
                max: 9
                value: x + 1
            nodes:
              - id: a
                end: Done
            """, expected: ["PC020 15:3"]),
        Case(name: "PC021 uncovered content is an error when required", yaml: header + """
            content:
              coverage: error
              items:
                C1: First
                C2: Second
            nodes:
              - id: a
                covers: [C1]
                end: Done
            """, expected: ["PC021 18:5"]),
        Case(name: "PC022 unknown content id", yaml: header + """
            content:
              items:
                C1: First
            nodes:
              - id: a
                covers: [C1, C9]
                end: Done
            """, expected: ["PC022 19:18"]),
        Case(name: "PC023 asking a derived value", yaml: header + """
            derived:
              tier:
                type: yes_no
                value: target == derm
            nodes:
              - id: a
                ask: tier
                prompt: Tier?
                next: b
              - id: b
                end: Done
            """, expected: ["PC023 20:10"]),
    ]

    @Test func duplicateVariableAcrossFilesIsReportedWhereItIsRepeated() {
        let other = "variables:\n  target:\n    type: yes_no\n"
        let main = Self.header + "nodes:\n  - id: a\n    end: Done\n"
        let result = GraphCompiler.compile([
            DialogueSource(path: "a.yaml", text: main), DialogueSource(path: "b.yaml", text: other),
        ])
        #expect(result.errors.map(\.description) == [
            "b.yaml:2:3: error: [PC006] 'target' is already declared at a.yaml:3:3"
        ])
    }

    @Test func diagnosticsPrintAsFileLineColumn() {
        let yaml = Self.header + "nodes:\n  - id: a\n    say: Hello\n    next: finsh\n  - id: finish\n    end: Done\n"
        let result = GraphCompiler.compile([DialogueSource(path: "dialogues/ortho.yaml", text: yaml)])
        #expect(result.errors.map(\.description) == [
            "dialogues/ortho.yaml:17:11: error: [PC012] 'next' names 'finsh', which is not a node; did you mean 'finish'?"
        ])
    }

    static let reviewCases: [Case] = [
        Case(name: "PC024 a migration naming a node that still exists", yaml: header + """
            nodes:
              - id: a
                say: Hello
                next: b
              - id: b
                end: Done
            migrations:
              renamed:
                a: b
              removed: [b, gone]
            """, expected: ["PC024 22:5", "PC024 23:13"]),
        Case(name: "PC018 column inside a one-line text", yaml: header + """
            nodes:
              - id: a
                say: "Hi {{#city}}there"
                next: b
              - id: b
                end: Done
            """, expected: ["PC018 16:14"]),
        Case(name: "PC009 in a condition folded over lines points at its start", yaml: header + """
            nodes:
              - id: a
                branch:
                  - when: target == derm
                      and score >
                    goto: b
                  - otherwise: b
              - id: b
                end: Done
            """, expected: ["PC009 17:15"]),
        Case(name: "PC022 covers without a catalogue", yaml: header + """
            nodes:
              - id: a
                covers: [C1]
                end: Done
            """, expected: ["PC022 16:14"]),
        Case(name: "PC005 a key of another type", yaml: """
            start: a
            variables:
              n:
                type: integer
                min: 1
                max: 5
                options: [a, b]
            nodes:
              - id: a
                end: Done
            """, expected: ["PC005 7:14"]),
        Case(name: "PC005 an option key that cannot be written in a condition", yaml: """
            start: a
            variables:
              c:
                type: choice
                options: [good, "two words", "and", "1st"]
            nodes:
              - id: a
                end: Done
            """, expected: ["PC005 5:21", "PC005 5:34", "PC005 5:41"]),
        Case(name: "PC011 a set value outside the range", yaml: header + """
            nodes:
              - id: a
                set:
                  score: 999
                next: b
              - id: b
                end: Done
            """, expected: ["PC011 17:14"]),
        Case(name: "PC034 a redact value that is not a level", yaml: """
            start: a
            variables:
              name:
                type: text
                redact: identity
              score:
                type: integer
                min: 1
                max: 300
                redact: secret
            nodes:
              - id: a
                end: Done
            """, expected: ["PC034 10:13"]),
    ]

    @Test(arguments: reviewCases)
    func reviewFindingsAreReportedWhereTheyAre(_ testCase: Case) {
        reportsTheCodeAtItsPosition(testCase)
    }

    @Test func anUnknownOtherwiseIsCalledOtherwise() {
        let yaml = Self.header + "nodes:\n  - id: a\n    branch:\n      - when: score > 1\n        goto: b\n      - otherwise: bb\n  - id: b\n    end: Done\n"
        let result = GraphCompiler.compile([DialogueSource(path: "t.yaml", text: yaml)])
        #expect(result.errors.map(\.message) == ["'otherwise' names 'bb', which is not a node; did you mean 'b'?"])
    }

    @Test func quotedTextMayStandOnTheLeftOfAComparison() {
        let yaml = Self.header + "nodes:\n  - id: a\n    branch:\n      - when: \"'derm' == target\"\n        goto: b\n      - otherwise: b\n  - id: b\n    end: Done\n"
        #expect(GraphCompiler.compile([DialogueSource(path: "t.yaml", text: yaml)]).errors.isEmpty)
    }

    @Test(arguments: cases)
    func reportsTheCodeAtItsPosition(_ testCase: Case) {
        let result = GraphCompiler.compile([DialogueSource(path: "test.yaml", text: testCase.yaml)])
        let found = result.errors.map { "\($0.code.rawValue) \($0.location.line):\($0.location.column)" }
        #expect(found == testCase.expected, "\(result.errors.map(\.description).joined(separator: "\n"))")
        #expect(result.graph == nil)
    }

    @Test func everyCodeHasATableCase() {
        let tested = Set((Self.cases + Self.reviewCases).map { String($0.name.prefix(5)) }
            // PC030-PC032 have their table in ConditionAnalysisTests; PC033 its own test there.
            + ConditionAnalysisTests.cases.map { String($0.name.prefix(5)) } + ["PC033"])
        // PC027 (size) and PC028 (UTF-8) are found on a file's bytes, before compiling: HostileFileTests.
        let missing = DiagnosticCode.allCases.map(\.rawValue).filter { !tested.contains($0) && !["PC006", "PC027", "PC028"].contains($0) }
        #expect(missing.isEmpty, "codes without a case: \(missing)")
    }
}
