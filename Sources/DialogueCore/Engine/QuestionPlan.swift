/// What the engine needs at a question, gathered once when the graph is built: the node, its
/// variable's declaration and, when nothing in it depends on the session, the question as
/// shown. A class, so that reaching it at every answer costs one reference count.
///
/// What a visit reads comes first (the question, the slot, the node), so that on a large graph
/// it shares the cache lines of the object's reference count rather than lines of their own.
final class QuestionPlan: Sendable {
    /// The question as the user sees it in any session: its texts have no placeholders and its
    /// default does not depend on the day. `nil` when it does; it is then built each time.
    let fixedQuestion: Question?
    /// The slot of the variable asked.
    let slot: Int32
    let node: NodeID
    let declaration: VariableDecl
    let ask: Ask

    init(node: NodeID, ask: Ask, declaration: VariableDecl, slot: Int32) {
        self.node = node
        self.slot = slot
        self.ask = ask
        self.declaration = declaration
        let isFixed = ask.prompt.fixedText != nil && (ask.help.map { $0.fixedText != nil } ?? true)
            && declaration.defaultValue != .academicYearStart
        fixedQuestion = isFixed ? Self.question(node, ask, declaration, prompt: ask.prompt.fixedText ?? ask.prompt.source,
                                                help: ask.help.map { $0.fixedText ?? $0.source }, defaultValue: {
            if case .value(let value)? = declaration.defaultValue { return value }
            return nil
        }()) : nil
    }

    /// The typed answer as a value of the question's kind, or why it does not fit. Here, so that
    /// the declaration is read in place rather than copied out of the plan.
    func parse(_ answer: String) -> Result<Value, AnswerError> {
        AnswerParser.parse(answer, for: declaration)
    }

    /// The question with its texts as rendered and its default as resolved for the session.
    static func question(_ node: NodeID, _ ask: Ask, _ declaration: VariableDecl, prompt: String, help: String?, defaultValue: Value?) -> Question {
        Question(
            node: node, variable: ask.variable, prompt: prompt, help: help, kind: declaration.kind,
            isOptional: declaration.isOptional, defaultText: defaultValue.map(declaration.display))
    }
}
