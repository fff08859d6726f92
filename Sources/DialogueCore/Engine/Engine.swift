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
        var next = session
        switch input {
        case .answered(let text):
            if text.trimmingCharacters(in: .whitespaces).isEmpty, declaration.isOptional {
                next = skip(next, at: nodeID, ask, declaration, &outputs)
            } else {
                switch AnswerParser.parse(text, for: declaration) {
                case .success(let value):
                    next = bind(next, at: nodeID, ask, Binding(value: value, source: .answered), &outputs)
                case .failure(let error):
                    outputs.append(.rejected(node: nodeID, answer: text, reason: error.message))
                }
            }
        case .skipRequested:
            if declaration.isOptional {
                next = skip(next, at: nodeID, ask, declaration, &outputs)
            } else {
                outputs.append(.rejected(node: nodeID, answer: "", reason: "\(declaration.label) is needed for the advice; it cannot be skipped."))
            }
        case .backRequested:
            next = goBack(next, &outputs)
        case .recapRequested:
            outputs.append(.recap(recap(of: session)))
        case .inputEnded:
            next.inputClosed = true
            next = advance(next, &outputs)
        }
        return (next, outputs)
    }

    /// The question open at `node`, as the user sees it in this session.
    public func question(at node: NodeID, in session: Session) -> Question? {
        guard case .ask(let ask)? = graph.node(node)?.kind, let declaration = graph.variable(ask.variable) else {
            return nil
        }
        let values = SessionValues(graph: graph, bindings: session.bindings)
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

    private func skip(
        _ session: Session, at node: NodeID, _ ask: Ask, _ declaration: VariableDecl, _ outputs: inout [Output]
    ) -> Session {
        let value = declaration.defaultValue?.resolved(today: session.today)
        outputs.append(.skipped(node: node, variable: declaration.name, value: value.map(declaration.display)))
        return bind(session, at: node, ask, Binding(value: value, source: .skipped), &outputs)
    }

    private func bind(
        _ session: Session, at node: NodeID, _ ask: Ask, _ binding: Binding, _ outputs: inout [Output]
    ) -> Session {
        var next = session
        next.checkpoints.append(Checkpoint(node: node, bindings: session.bindings))
        next.bindings[ask.variable] = binding
        next.status = .running(ask.next)
        return advance(next, &outputs)
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

    /// Runs nodes until one needs an answer or the conversation ends.
    private func advance(_ session: Session, _ outputs: inout [Output]) -> Session {
        var current = session
        // `check` rejects loops that ask nothing; the bound keeps a bad graph from hanging.
        for _ in 0...graph.nodes.count {
            let nodeID: NodeID
            switch current.status {
            case .running(let id), .awaiting(let id): nodeID = id
            case .ended: return current
            }
            guard let node = graph.node(nodeID) else {
                outputs.append(.notice("The dialogue names a node '\(nodeID)' that does not exist."))
                current.status = .ended(.finished)
                return current
            }
            let values = SessionValues(graph: graph, bindings: current.bindings)
            switch node.kind {
            case .say(let text, let next):
                outputs.append(.said(node: nodeID, text: values.render(text)))
                current.status = .running(next)
            case .emit(let emission, let next):
                outputs.append(.emitted(Message(
                    node: nodeID, kind: emission.kind, title: emission.title.map(values.render),
                    text: values.render(emission.body), covers: node.covers)))
                current.status = .running(next)
            case .set(let assignments, let next):
                for assignment in assignments {
                    let value = Evaluator.value(of: assignment.value, in: values)
                    current.bindings[assignment.variable] = Binding(value: value, source: .assigned)
                }
                current.status = .running(next)
            case .branch(let cases, let fallback):
                current.status = .running(cases.first { Evaluator.holds($0.condition, in: values) }?.target ?? fallback)
            case .ask(let ask):
                return arrive(at: nodeID, ask, current, &outputs)
            case .end(let text):
                outputs.append(.ended(node: nodeID, text: text.map(values.render), reason: .finished))
                current.status = .ended(.finished)
                return current
            }
        }
        outputs.append(.notice("The dialogue went round a loop without asking anything; stopping."))
        current.status = .ended(.finished)
        return current
    }

    private func arrive(at node: NodeID, _ ask: Ask, _ session: Session, _ outputs: inout [Output]) -> Session {
        var waiting = session
        waiting.status = .awaiting(node)
        if let answer = waiting.answersInAdvance.removeValue(forKey: ask.variable) {
            return answerInAdvance(answer, at: node, ask, waiting, &outputs)
        }
        guard session.inputClosed, let declaration = graph.variable(ask.variable) else {
            if let question = question(at: node, in: waiting) { outputs.append(.asked(question)) }
            return waiting
        }
        if declaration.isOptional { return skip(waiting, at: node, ask, declaration, &outputs) }
        let missing = missingAnswers(from: node, in: session)
        waiting.status = .ended(.missingAnswers(missing))
        outputs.append(.ended(node: nil, text: nil, reason: .missingAnswers(missing)))
        return waiting
    }

    private func answerInAdvance(_ answer: String, at node: NodeID, _ ask: Ask, _ session: Session, _ outputs: inout [Output]) -> Session {
        if let question = question(at: node, in: session) { outputs.append(.asked(question)) }
        outputs.append(.answeredInAdvance(node: node, variable: ask.variable, answer: answer))
        let (next, more) = handle(.answered(answer), in: session)
        outputs += more
        return next
    }

    /// Required variables still unanswered that the conversation can ask from `node` on,
    /// less those answered in advance.
    private func missingAnswers(from node: NodeID, in session: Session) -> [String] {
        var missing: [String] = []
        var seen: Set<NodeID> = [node]
        var queue = [node]
        while !queue.isEmpty {
            let id = queue.removeFirst()
            guard let current = graph.node(id) else { continue }
            if case .ask(let ask) = current.kind, session.bindings[ask.variable] == nil,
                session.answersInAdvance[ask.variable] == nil,
                graph.variable(ask.variable)?.isOptional == false, !missing.contains(ask.variable)
            {
                missing.append(ask.variable)
            }
            for successor in current.successors where seen.insert(successor).inserted {
                queue.append(successor)
            }
        }
        return missing
    }
}
