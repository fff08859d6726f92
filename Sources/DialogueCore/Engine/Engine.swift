import FoundationEssentials

/// The conversation as one pure transition: `(Session, Input) → (Session, [Output])`.
///
/// The engine never prints, reads a clock or touches a file; the caller passes the day in and
/// renders or records what comes out.
public struct Engine: Sendable {
    public let graph: DialogueGraph

    public init(graph: DialogueGraph) {
        self.graph = graph
    }

    var storage: GraphStorage { graph.storage }

    /// About how many variables a conversation binds: a few dozen in the shipped dialogues.
    static let usualBindingCount = 64

    /// A new session, run up to its first question that has no answer in advance.
    ///
    /// - Parameter answersInAdvance: answers by variable name (an answers file), each used once
    ///   when its question comes; after `:back` the question is asked.
    public func start(today: CalendarDate, answersInAdvance: [String: String] = [:]) -> (Session, [Output]) {
        var outputs: [Output] = []
        // Room at once for what a conversation usually binds spares regrowing the table as it goes.
        var session = Session(
            today: today, start: graph.start, answersInAdvance: answersInAdvance, layout: storage.layout,
            capacity: min(storage.layout.count, Self.usualBindingCount))
        advance(&session, from: storage.startPosition, &outputs)
        return (session, outputs)
    }

    /// The session after `input`, and what the engine says in reply.
    ///
    /// Pass the session with `consume` when the old one is no longer needed: the engine then
    /// updates it in place instead of copying what it knows.
    public func handle(_ input: Input, in session: consuming Session) -> (Session, [Output]) {
        var next = consume session
        let outputs = handle(input, updating: &next)
        return (next, outputs)
    }

    /// Updates `session` for `input` and returns what the engine says in reply.
    public func handle(_ input: Input, updating session: inout Session) -> [Output] {
        // A session made by hand, decoded, or run by another graph gets this graph's slots first.
        session.adopt(storage.layout)
        guard let nodeID = session.awaitedNode, let position = awaitedPosition(of: session, nodeID),
            let plan = storage.question(at: position)
        else {
            return [.notice("The session has ended; there is no open question.")]
        }
        // Room for what an answer usually brings (a few texts and the next question) at once.
        var outputs: [Output] = []
        outputs.reserveCapacity(4)
        switch input {
        case .answered(let text):
            if AnswerParser.isBlank(text), plan.isOptional {
                skip(&session, at: plan, &outputs)
                advance(&session, from: storage.successor(of: position), &outputs)
                return outputs
            }
            switch plan.parse(text, storage.variables) {
            case .success(let value):
                record(Binding(value: value, source: .answered), at: plan, in: &session)
                advance(&session, from: storage.successor(of: position), &outputs)
                return outputs
            case .failure(let error):
                return reask(nodeID, answer: text, reason: error.message, in: session)
            }
        case .skipRequested:
            guard plan.isOptional else {
                let label = plan.declaration(in: storage.variables).label
                return reask(nodeID, answer: "", reason: "\(label) is needed for the advice; it cannot be skipped.", in: session)
            }
            skip(&session, at: plan, &outputs)
            advance(&session, from: storage.successor(of: position), &outputs)
            return outputs
        case .backRequested:
            goBack(&session, &outputs)
            return outputs
        case .recapRequested:
            return [.recap(recap(of: session))]
        case .inputEnded:
            session.inputClosed = true
            advance(&session, from: position, &outputs)
            return outputs
        }
    }

    /// The position of the awaited node: known to a session this engine left waiting, looked up
    /// by id otherwise (after `:back`, or when the status was set from outside).
    private func awaitedPosition(of session: Session, _ node: NodeID) -> Int? {
        session.awaitedPosition >= 0 ? Int(session.awaitedPosition) : storage.position(of: node)
    }

    /// The question open at `node`, as the user sees it in this session.
    public func question(at node: NodeID, in session: Session) -> Question? {
        guard let position = storage.position(of: node), let plan = storage.question(at: position) else { return nil }
        return question(plan, in: session)
    }

    func question(_ plan: QuestionPlan, in session: Session) -> Question {
        if let fixed = plan.fixedQuestion { return fixed }
        let values = SessionValues(graph: graph, session: session)
        return plan.question(today: session.today, storage.variables, render: values.render)
    }

    /// What the user has answered or skipped so far, in declaration order.
    public func recap(of session: Session) -> [RecapLine] {
        graph.variables.compactMap { declaration in
            guard let binding = session.binding(declaration.name), binding.source != .assigned else { return nil }
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
    func skip(_ session: inout Session, at plan: QuestionPlan, _ outputs: inout [Output]) {
        let value = plan.declaration(in: storage.variables).defaultValue?.resolved(today: session.today)
        outputs.append(.skipped(node: plan.node, variable: plan.variable, value: value.map(plan.kind.display)))
        record(Binding(value: value, source: .skipped), at: plan, in: &session)
    }

    /// Binds an answer, remembering the state before it for `:back`.
    func record(_ binding: Binding, at plan: QuestionPlan, in session: inout Session) {
        session.addCheckpoint(at: plan.node)
        session.bind(plan.slot, to: binding)
    }

    private func goBack(_ session: inout Session, _ outputs: inout [Output]) {
        guard let checkpoint = session.restoreLastCheckpoint() else {
            outputs.append(.notice("There is no earlier answer to go back to."))
            return
        }
        session.status = .awaiting(checkpoint.node)
        outputs.append(.wentBack(node: checkpoint.node))
        if let question = question(at: checkpoint.node, in: session) { outputs.append(.asked(question)) }
    }
}
