/// What the engine needs at a question, gathered once when the graph is built: the node, its
/// variable's declaration and, when nothing in it depends on the session, the question as
/// shown. A class, so that reaching it at every answer costs one reference count.
///
/// The plan is a `QuestionParts`: when the question is the same in every session, the plan is
/// the question it shows (`fixedQuestion`), so that the output asking it refers to the object
/// the engine has just read instead of to the texts and options one by one, each a cache miss
/// of its own on a large graph. When it is not, those parts hold the texts as written, never
/// shown, and the question is built for each session.
final class QuestionPlan: QuestionParts, @unchecked Sendable {
    /// Whether the parts are the question as the user sees it in any session: its texts have no
    /// placeholders and its default does not depend on the day.
    let isFixed: Bool
    /// The slot of the variable asked.
    let slot: Int32
    let declaration: VariableDecl
    let ask: Ask

    init(node: NodeID, ask: Ask, declaration: VariableDecl, slot: Int32) {
        let isFixed = ask.prompt.fixedText != nil && (ask.help.map { $0.fixedText != nil } ?? true)
            && declaration.defaultValue != .academicYearStart
        self.isFixed = isFixed
        self.slot = slot
        self.ask = ask
        self.declaration = declaration
        var defaultText: String?
        if isFixed, case .value(let value)? = declaration.defaultValue { defaultText = declaration.display(value) }
        super.init(
            node: node, variable: ask.variable, prompt: ask.prompt.fixedText ?? ask.prompt.source,
            help: ask.help.map { $0.fixedText ?? $0.source }, kind: declaration.kind, isOptional: declaration.isOptional,
            defaultText: defaultText)
    }

    /// The question as the user sees it in any session, or `nil` when it is built each time.
    var fixedQuestion: Question? {
        isFixed ? Question(parts: self) : nil
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
