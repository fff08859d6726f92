import Foundation

/// The conversation as one pure transition: `(Session, Input) → (Session, [Output])`.
///
/// The engine never prints, reads a clock or touches a file; the caller passes the day in and
/// renders or records what comes out.
public struct Engine: Sendable {
    public let graph: DialogueGraph

    public init(graph: DialogueGraph) {
        self.graph = graph
    }

    /// A new session, run up to its first question that has no answer in advance.
    ///
    /// - Parameter answersInAdvance: answers by variable name (an answers file), each used once
    ///   when its question comes; after `:back` the question is asked.
    public func start(today: CalendarDate, answersInAdvance: [String: String] = [:]) -> (Session, [Output]) {
        var outputs: [Output] = []
        let session = advance(Session(today: today, start: graph.start, answersInAdvance: answersInAdvance), &outputs)
        return (session, outputs)
    }

    /// The session after `input`, and what the engine says in reply.
    public func handle(_ input: Input, in session: Session) -> (Session, [Output]) {
        guard let nodeID = session.awaitedNode, case .ask(let ask)? = graph.node(nodeID)?.kind,
            let declaration = graph.variable(ask.variable)
        else {
            return (session, [.notice("The session has ended; there is no open question.")])
        }
        var outputs: [Output] = []
        switch input {
        case .answered(let text):
            if AnswerParser.isBlank(text), declaration.isOptional {
                return (advance(skip(session, at: nodeID, ask, declaration, &outputs), &outputs), outputs)
            }
            switch AnswerParser.parse(text, for: declaration) {
            case .success(let value):
                return (advance(record(Binding(value: value, source: .answered), at: nodeID, ask, in: session), &outputs), outputs)
            case .failure(let error):
                return (session, reask(nodeID, answer: text, reason: error.message, in: session))
            }
        case .skipRequested:
            guard declaration.isOptional else {
                return (session, reask(nodeID, answer: "", reason: "\(declaration.label) is needed for the advice; it cannot be skipped.", in: session))
            }
            return (advance(skip(session, at: nodeID, ask, declaration, &outputs), &outputs), outputs)
        case .backRequested:
            let previous = goBack(session, &outputs)
            return (previous, outputs)
        case .recapRequested:
            return (session, [.recap(recap(of: session))])
        case .inputEnded:
            var closed = session
            closed.inputClosed = true
            closed.status = .running(nodeID)
            return (advance(closed, &outputs), outputs)
        }
    }

    /// The question open at `node`, as the user sees it in this session.
    public func question(at node: NodeID, in session: Session) -> Question? {
        guard case .ask(let ask)? = graph.node(node)?.kind, let declaration = graph.variable(ask.variable) else {
            return nil
        }
        let values = SessionValues(graph: graph, session: session)
        return Question(
            node: node, variable: ask.variable, prompt: values.render(ask.prompt),
            help: ask.help.map(values.render), kind: declaration.kind, isOptional: declaration.isOptional,
            defaultText: declaration.defaultValue.map { declaration.display($0.resolved(today: session.today)) })
    }

    /// What the user has answered or skipped so far, in declaration order.
    public func recap(of session: Session) -> [RecapLine] {
        graph.variables.compactMap { declaration in
            guard let binding = session.bindings[declaration.name], binding.source != .assigned else { return nil }
            let text: String
            switch (binding.value, binding.source) {
            case (let value?, .skipped): text = "\(declaration.display(value)) (default)"
            case (let value?, _): text = declaration.display(value)
            case (nil, _): text = "skipped"
            }
            return RecapLine(variable: declaration.name, label: declaration.label, text: text)
        }
    }

    /// The reason an answer did not fit, then the same question again.
    func reask(_ node: NodeID, answer: String, reason: String, in session: Session) -> [Output] {
        [.rejected(node: node, answer: answer, reason: reason)] + (question(at: node, in: session).map { [.asked($0)] } ?? [])
    }

    /// Skips an optional question: its default, if any, is taken.
    func skip(_ session: Session, at node: NodeID, _ ask: Ask, _ declaration: VariableDecl, _ outputs: inout [Output]) -> Session {
        let value = declaration.defaultValue?.resolved(today: session.today)
        outputs.append(.skipped(node: node, variable: declaration.name, value: value.map(declaration.display)))
        return record(Binding(value: value, source: .skipped), at: node, ask, in: session)
    }

    /// Binds an answer, remembering the state before it for `:back`, and moves past the question.
    func record(_ binding: Binding, at node: NodeID, _ ask: Ask, in session: Session) -> Session {
        var next = session
        next.checkpoints.append(Checkpoint(node: node, bindings: session.bindings))
        next.bindings[ask.variable] = binding
        next.status = .running(ask.next)
        return next
    }

    private func goBack(_ session: Session, _ outputs: inout [Output]) -> Session {
        guard let checkpoint = session.checkpoints.last else {
            outputs.append(.notice("There is no earlier answer to go back to."))
            return session
        }
        var previous = session
        previous.checkpoints.removeLast()
        previous.bindings = checkpoint.bindings
        previous.status = .awaiting(checkpoint.node)
        outputs.append(.wentBack(node: checkpoint.node))
        if let question = question(at: checkpoint.node, in: previous) { outputs.append(.asked(question)) }
        return previous
    }
}
