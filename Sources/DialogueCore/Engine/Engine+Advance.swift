extension Engine {
    /// Runs nodes from `start` (a position in the graph's storage) until one needs an answer or
    /// the conversation ends. A loop, not recursion: answers in advance and skips after the end
    /// of input are taken in place.
    func advance(_ session: inout Session, from start: Int, _ outputs: inout [Output]) {
        var position = start
        var step = storage.table.step(at: position)
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
            // Where the next node is known before this one's work is done, its step is read
            // first: on a large graph it is a cache miss, which then overlaps the work.
            switch step.operation {
            case .set, .setEntangled:
                let current = step
                position = Int(current.next)
                step = storage.table.step(at: position)
                assign(current, in: &session)
            case .sayFixed:
                let saying = storage.table.sayings[Int(step.first)]
                position = Int(step.next)
                step = storage.table.step(at: position)
                outputs.append(.said(node: saying.node, text: saying.text))
            case .branchSwitch:
                let cases = storage.table.switchCases[Int(step.first)..<Int(step.first + step.count)]
                let offset = BranchSwitch.offset(for: session.value(atSlot: step.slot), among: cases)
                position = offset.map { position + Int($0) } ?? Int(step.next)
                step = storage.table.step(at: position)
            case .branch:
                position = Int(step.next)
                for branchCase in storage.table.conditionCases[Int(step.first)..<Int(step.first + step.count)]
                where branchCase.condition.holds(in: session) {
                    position = Int(branchCase.target)
                    break
                }
                step = storage.table.step(at: position)
            case .ask:
                guard let next = arrive(at: position, &session, &skippedAfterInputEnded, &outputs) else { return }
                position = next
                step = storage.table.step(at: position)
                stepsSinceQuestion = 0
            case .other:
                guard let next = speak(at: position, &session, &outputs) else { return }
                position = next
                step = storage.table.step(at: position)
            }
        }
    }

    /// A `say`, `emit` or `end` node. Returns where to go on, or `nil` at the end.
    private func speak(at position: Int, _ session: inout Session, _ outputs: inout [Output]) -> Int? {
        let node = storage.nodes[position]
        switch node.kind {
        case .say(let text, _):
            // A text without placeholders needs no values.
            let said = text.fixedText ?? SessionValues(graph: graph, session: session).render(text)
            outputs.append(.said(node: node.id, text: said))
        case .emit(let emission, _):
            outputs.append(.emitted(message(from: emission, at: node, SessionValues(graph: graph, session: session))))
        case .end(let text):
            let closing = text.map(SessionValues(graph: graph, session: session).render)
            outputs.append(.ended(node: node.id, text: closing, reason: .finished))
            session.status = .ended(.finished)
            return nil
        case .ask, .branch, .set:
            // Steps of their own; never read from the node.
            break
        }
        return storage.successor(of: position)
    }

    /// A `set` node: every value is computed from the bindings before the node. When no
    /// assignment can see an earlier one's effect, each is computed and bound in turn, which
    /// spares an array; otherwise all are computed first.
    private func assign(_ step: NodeStep, in session: inout Session) {
        let assignments = storage.table.assignments[Int(step.first)..<Int(step.first + step.count)]
        guard step.operation == .setEntangled else {
            for assignment in assignments {
                let value = assignment.value.value(in: session)
                session.bind(assignment.slot, to: Binding(value: value, source: .assigned))
            }
            return
        }
        let values = assignments.map { $0.value.value(in: session) }
        for (assignment, value) in zip(assignments, values) {
            session.bind(assignment.slot, to: Binding(value: value, source: .assigned))
        }
    }

    /// At a question: use an answer given in advance, take the default once input has ended,
    /// or wait for the user. Returns where to go on, or `nil` when the session waits or ended.
    private func arrive(
        at position: Int, _ session: inout Session, _ skippedAfterInputEnded: inout Set<Int>, _ outputs: inout [Output]
    ) -> Int? {
        guard let plan = storage.question(at: position) else {
            session.await(storage.nodes[position].id, at: position)
            return nil
        }
        let node = plan.node
        let next = storage.successor(of: position)
        // Most sessions have no answers in advance: asking first spares hashing the name.
        if !session.answersInAdvance.isEmpty, let answer = session.answersInAdvance.removeValue(forKey: plan.variable) {
            outputs.append(.asked(question(plan, in: session)))
            outputs.append(.answeredInAdvance(node: node, variable: plan.variable, answer: answer))
            if AnswerParser.isBlank(answer), plan.isOptional {
                skip(&session, at: plan, &outputs)
                return next
            }
            switch plan.parse(answer, storage.variables) {
            case .success(let value):
                record(Binding(value: value, source: .answered), at: plan, in: &session)
                return next
            case .failure(let error):
                outputs += reask(node, answer: answer, reason: error.message, in: session)
                session.await(node, at: position)
                return nil
            }
        }
        guard session.inputClosed else {
            outputs.append(.asked(question(plan, in: session)))
            session.await(node, at: position)
            return nil
        }
        guard plan.isOptional else {
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
