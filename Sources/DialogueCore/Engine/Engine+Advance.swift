extension Engine {
    /// Runs nodes from `start` (a position in the graph's storage) until one needs an answer or
    /// the conversation ends. A loop, not recursion: answers in advance and skips after the end
    /// of input are taken in place.
    func advance(_ session: inout Session, from start: Int, _ outputs: inout [Output]) {
        var position = start
        var stepsSinceQuestion = 0
        // After input has ended, an optional question met twice means the graph loops on defaults.
        var skippedAfterInputEnded: Set<Int> = []
        while true {
            stepsSinceQuestion += 1
            // `check` rejects loops that ask nothing; the bound keeps a bad graph from hanging.
            guard stepsSinceQuestion <= storage.nodes.count + 1 else {
                return stop(&session, "The dialogue went round a loop without asking anything; stopping.", &outputs)
            }
            guard position >= 0 else {
                return stop(&session, "The dialogue names a node '\(storage.id(at: position))' that does not exist.", &outputs)
            }
            switch storage.nodes[position].kind {
            case .say(let text, _):
                let said = SessionValues(graph: graph, session: session).render(text)
                outputs.append(.said(node: storage.nodes[position].id, text: said))
                position = storage.successor(0, of: position)
            case .emit(let emission, _):
                let node = storage.nodes[position]
                outputs.append(.emitted(message(from: emission, at: node, SessionValues(graph: graph, session: session))))
                position = storage.successor(0, of: position)
            case .set(let assignments, _):
                assign(assignments, entangled: storage.isEntangledSet(at: position), in: &session)
                position = storage.successor(0, of: position)
            case .branch(let cases, _):
                let values = SessionValues(graph: graph, session: session)
                let taken: Int
                if case .branchSwitch(let branchSwitch) = storage.plans[position] {
                    taken = branchSwitch.caseTaken(for: values.value(of: branchSwitch.variable))
                } else {
                    taken = cases.firstIndex { Evaluator.holds($0.condition, in: values) } ?? cases.count
                }
                position = storage.successor(taken, of: position)
            case .end(let text):
                let closing = text.map(SessionValues(graph: graph, session: session).render)
                outputs.append(.ended(node: storage.nodes[position].id, text: closing, reason: .finished))
                session.status = .ended(.finished)
                return
            case .ask:
                guard let next = arrive(at: position, &session, &skippedAfterInputEnded, &outputs) else { return }
                position = next
                stepsSinceQuestion = 0
            }
        }
    }

    /// A `set` node: every value is computed from the bindings before the node. When no
    /// assignment can see an earlier one's effect, each is computed and bound in turn, which
    /// spares an array; otherwise all are computed first.
    private func assign(_ assignments: [Assignment], entangled: Bool, in session: inout Session) {
        guard entangled else {
            for assignment in assignments {
                // The values (and with them a reference to the bindings) end with the statement,
                // so that binding does not copy the bindings.
                let value = Evaluator.value(of: assignment.value, in: SessionValues(graph: graph, session: session))
                session.bind(assignment.variable, to: Binding(value: value, source: .assigned))
            }
            return
        }
        let values = evaluate(assignments, in: session)
        for (assignment, value) in zip(assignments, values) {
            session.bind(assignment.variable, to: Binding(value: value, source: .assigned))
        }
    }

    /// Apart from the binding, so that no reference to the old bindings is alive while they change.
    private func evaluate(_ assignments: [Assignment], in session: Session) -> [Value?] {
        let values = SessionValues(graph: graph, session: session)
        return assignments.map { Evaluator.value(of: $0.value, in: values) }
    }

    /// At a question: use an answer given in advance, take the default once input has ended,
    /// or wait for the user. Returns where to go on, or `nil` when the session waits or ended.
    private func arrive(
        at position: Int, _ session: inout Session, _ skippedAfterInputEnded: inout Set<Int>, _ outputs: inout [Output]
    ) -> Int? {
        guard let plan = storage.question(at: position) else {
            session.status = .awaiting(storage.nodes[position].id)
            return nil
        }
        let node = plan.node
        let next = storage.successor(0, of: position)
        // Most sessions have no answers in advance: asking first spares hashing the name.
        if !session.answersInAdvance.isEmpty, let answer = session.answersInAdvance.removeValue(forKey: plan.ask.variable) {
            outputs.append(.asked(question(plan, in: session)))
            outputs.append(.answeredInAdvance(node: node, variable: plan.ask.variable, answer: answer))
            if AnswerParser.isBlank(answer), plan.declaration.isOptional {
                skip(&session, at: plan, &outputs)
                return next
            }
            switch plan.parse(answer) {
            case .success(let value):
                record(Binding(value: value, source: .answered), at: plan, in: &session)
                return next
            case .failure(let error):
                outputs += reask(node, answer: answer, reason: error.message, in: session)
                session.status = .awaiting(node)
                return nil
            }
        }
        guard session.inputClosed else {
            outputs.append(.asked(question(plan, in: session)))
            session.status = .awaiting(node)
            return nil
        }
        guard plan.declaration.isOptional else {
            let missing = missingAnswers(from: node, in: session)
            session.status = .ended(.missingAnswers(missing))
            outputs.append(.ended(node: nil, text: nil, reason: .missingAnswers(missing)))
            return nil
        }
        guard skippedAfterInputEnded.insert(position).inserted else {
            stop(&session, "The input has ended and the dialogue came back to '\(node)'; stopping.", &outputs)
            return nil
        }
        skip(&session, at: plan, &outputs)
        return next
    }

    private func stop(_ session: inout Session, _ notice: String, _ outputs: inout [Output]) {
        outputs.append(.notice(notice))
        outputs.append(.ended(node: nil, text: nil, reason: .finished))
        session.status = .ended(.finished)
    }
}
