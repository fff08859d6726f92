extension Engine {
    /// Runs nodes until one needs an answer or the conversation ends. A loop, not recursion:
    /// answers in advance and skips after the end of input are taken in place.
    func advance(_ session: Session, _ outputs: inout [Output]) -> Session {
        var current = session
        var stepsSinceQuestion = 0
        // After input has ended, an optional question met twice means the graph loops on defaults.
        var skippedAfterInputEnded: Set<NodeID> = []
        while case .running(let nodeID) = current.status {
            stepsSinceQuestion += 1
            // `check` rejects loops that ask nothing; the bound keeps a bad graph from hanging.
            guard stepsSinceQuestion <= graph.nodes.count + 1 else {
                return stop(current, "The dialogue went round a loop without asking anything; stopping.", &outputs)
            }
            guard let node = graph.node(nodeID) else {
                return stop(current, "The dialogue names a node '\(nodeID)' that does not exist.", &outputs)
            }
            let values = SessionValues(graph: graph, session: current)
            switch node.kind {
            case .say(let text, let next):
                outputs.append(.said(node: nodeID, text: values.render(text)))
                current.status = .running(next)
            case .emit(let emission, let next):
                outputs.append(.emitted(message(from: emission, at: node, values)))
                current.status = .running(next)
            case .set(let assignments, let next):
                for assignment in assignments {
                    current.bindings[assignment.variable] = Binding(
                        value: Evaluator.value(of: assignment.value, in: values), source: .assigned)
                }
                current.status = .running(next)
            case .branch(let cases, let fallback):
                current.status = .running(cases.first { Evaluator.holds($0.condition, in: values) }?.target ?? fallback)
            case .end(let text):
                outputs.append(.ended(node: nodeID, text: text.map(values.render), reason: .finished))
                current.status = .ended(.finished)
            case .ask(let ask):
                current = arrive(at: nodeID, ask, current, &skippedAfterInputEnded, &outputs)
                stepsSinceQuestion = 0
            }
        }
        return current
    }

    /// At a question: use an answer given in advance, take the default once input has ended,
    /// or wait for the user.
    private func arrive(
        at node: NodeID, _ ask: Ask, _ session: Session, _ skippedAfterInputEnded: inout Set<NodeID>, _ outputs: inout [Output]
    ) -> Session {
        var waiting = session
        waiting.status = .awaiting(node)
        guard let declaration = graph.variable(ask.variable) else { return waiting }
        if let answer = waiting.answersInAdvance.removeValue(forKey: ask.variable) {
            if let question = question(at: node, in: waiting) { outputs.append(.asked(question)) }
            outputs.append(.answeredInAdvance(node: node, variable: ask.variable, answer: answer))
            if AnswerParser.isBlank(answer), declaration.isOptional {
                return skip(waiting, at: node, ask, declaration, &outputs)
            }
            switch AnswerParser.parse(answer, for: declaration) {
            case .success(let value): return record(Binding(value: value, source: .answered), at: node, ask, in: waiting)
            case .failure(let error): outputs += reask(node, answer: answer, reason: error.message, in: waiting)
            }
            return waiting
        }
        guard waiting.inputClosed else {
            if let question = question(at: node, in: waiting) { outputs.append(.asked(question)) }
            return waiting
        }
        guard declaration.isOptional else {
            let missing = missingAnswers(from: node, in: session)
            waiting.status = .ended(.missingAnswers(missing))
            outputs.append(.ended(node: nil, text: nil, reason: .missingAnswers(missing)))
            return waiting
        }
        guard skippedAfterInputEnded.insert(node).inserted else {
            return stop(waiting, "The input has ended and the dialogue came back to '\(node)'; stopping.", &outputs)
        }
        return skip(waiting, at: node, ask, declaration, &outputs)
    }

    private func stop(_ session: Session, _ notice: String, _ outputs: inout [Output]) -> Session {
        var stopped = session
        outputs.append(.notice(notice))
        outputs.append(.ended(node: nil, text: nil, reason: .finished))
        stopped.status = .ended(.finished)
        return stopped
    }
}
