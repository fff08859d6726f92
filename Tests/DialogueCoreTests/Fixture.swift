import DialogueCore

/// A small graph built in code: the engine is tested without any file or YAML.
enum Fixture {
    static func template(_ text: String) -> Template {
        guard case .success(let template) = Template.compile(text) else { fatalError("bad fixture template: \(text)") }
        return template
    }

    static func expression(_ text: String, _ type: ValueType?, in variables: [VariableDecl] = baseVariables) -> Expression {
        guard case .success(let syntax) = ExpressionParser.parse(text),
            case .success(let typed) = ExpressionChecker.check(syntax, expecting: type, variables: variables)
        else { fatalError("bad fixture expression: \(text)") }
        return typed.0
    }

    static let baseVariables: [VariableDecl] = [
        VariableDecl(name: "track", label: "Track", kind: .choice([
            ChoiceOption(key: "prelim_im", label: "Preliminary internal medicine", aliases: ["im"]),
            ChoiceOption(key: "prelim_surgery", label: "Preliminary surgery"),
            ChoiceOption(key: "transitional", label: "Transitional year", aliases: ["ty"]),
        ])),
        VariableDecl(name: "step2_ck", label: "Step 2 CK score", kind: .integer(min: 1, max: 300), isOptional: true),
        VariableDecl(name: "hospital", label: "Hospital", kind: .text(maxLength: 40), isOptional: true, placeholder: "your hospital"),
        VariableDecl(name: "prelim_start", label: "Prelim start", kind: .yearMonth, isOptional: true, defaultValue: .academicYearStart),
        VariableDecl(name: "willing", label: "Willing to delay", kind: .yesNo),
    ]

    static var variables: [VariableDecl] {
        baseVariables + [
            VariableDecl(name: "strong", label: "Strong file", kind: .yesNo,
                derivation: .expression(expression("step2_ck >= 250", .bool))),
        ]
    }

    static let graph = DialogueGraph(start: "hello", variables: variables, nodes: [
        Node(id: "hello", kind: .say(template("Welcome."), next: "ask_track")),
        Node(id: "ask_track", kind: .ask(Ask(variable: "track", prompt: template("Which track?"), next: "ask_score"))),
        Node(id: "ask_score", kind: .ask(Ask(variable: "step2_ck", prompt: template("Score?"), next: "ask_hospital"))),
        Node(id: "ask_hospital", kind: .ask(Ask(variable: "hospital", prompt: template("Hospital?"), next: "ask_start"))),
        Node(id: "ask_start", kind: .ask(Ask(variable: "prelim_start", prompt: template("Start?"), next: "ask_willing"))),
        Node(id: "ask_willing", kind: .ask(Ask(variable: "willing", prompt: template("Willing?"), next: "route"))),
        Node(id: "route", kind: .branch([
            BranchCase(condition: expression("strong and track == prelim_im", .bool, in: variables), target: "strong_im"),
        ], fallback: "note")),
        Node(id: "strong_im", kind: .emit(Emission(kind: .coaching, title: template("Strong"), body: template("Strong IM file at {{hospital}}.")), next: "done"), covers: ["C2"]),
        Node(id: "note", kind: .emit(Emission(kind: .guardrail, body: template("Hospital: {{hospital}}; start {{prelim_start}}.")), next: "done")),
        Node(id: "done", kind: .end(template("Bye."))),
    ])

    /// The fixture with one node's prompt reworded.
    static func graph(rewording node: NodeID, to prompt: String) -> DialogueGraph {
        DialogueGraph(start: graph.start, variables: graph.variables, nodes: graph.nodeOrder.compactMap { id in
            guard let original = graph.node(id) else { return nil }
            guard id == node, case .ask(let ask) = original.kind else { return original }
            return Node(id: id, kind: .ask(Ask(variable: ask.variable, prompt: template(prompt), help: ask.help, next: ask.next)))
        })
    }

    /// The fixture with a new question (about `willing`) inserted before `node`.
    static func graph(insertingBefore node: NodeID) -> DialogueGraph {
        var nodes: [Node] = []
        for id in graph.nodeOrder {
            guard let original = graph.node(id) else { continue }
            if id == node { nodes.append(Node(id: "ask_new", kind: .ask(Ask(variable: "willing", prompt: template("New?"), next: node)))) }
            if case .ask(let ask) = original.kind, ask.next == node {
                nodes.append(Node(id: id, kind: .ask(Ask(variable: ask.variable, prompt: ask.prompt, help: ask.help, next: "ask_new"))))
            } else {
                nodes.append(original)
            }
        }
        return DialogueGraph(start: graph.start, variables: graph.variables, nodes: nodes)
    }

    /// The fixture with a node renamed (and what leads to it updated).
    static func graph(renaming node: NodeID, to newID: NodeID, migrations: NodeMigrations = NodeMigrations()) -> DialogueGraph {
        let nodes = graph.nodeOrder.compactMap { id -> Node? in
            guard let original = graph.node(id) else { return nil }
            let renamedID = id == node ? newID : id
            guard case .ask(let ask) = original.kind else { return Node(id: renamedID, kind: original.kind, covers: original.covers) }
            let next = ask.next == node ? newID : ask.next
            return Node(id: renamedID, kind: .ask(Ask(variable: ask.variable, prompt: ask.prompt, help: ask.help, next: next)))
        }
        return DialogueGraph(start: graph.start, variables: graph.variables, nodes: nodes, migrations: migrations)
    }

    static let today = CalendarDate(year: 2026, month: 11, day: 25)
    static let engine = Engine(graph: graph)

    /// Runs `inputs` from the start and returns the final session and the last step's outputs.
    static func run(_ inputs: [Input]) -> (Session, [Output]) {
        var (session, outputs) = engine.start(today: today)
        for input in inputs { (session, outputs) = engine.handle(input, in: session) }
        return (session, outputs)
    }
}
