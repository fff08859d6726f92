/// What the engine needs at a question, gathered once when the graph is built: the node, what
/// it reads of the variable's declaration and, when nothing in it depends on the session, the
/// question as shown. A class, so that reaching it at every answer costs one reference count.
///
/// The plan is a `QuestionParts`: when the question is the same in every session, the plan is
/// the question it shows (`fixedQuestion`), so that the output asking it refers to the object
/// the engine has just read instead of to the texts and options one by one, each a cache miss
/// of its own on a large graph. When it is not, those parts hold the texts as written, never
/// shown, and the question is built for each session from its templates.
///
/// It keeps no copy of the `ask` node or of the declaration, only the few parts of them it
/// reads at every visit, and where the declaration is for the rest (the label a refusal names,
/// the default a skip takes): a large graph has tens of thousands of questions, and those
/// copies were more than half of each plan.
final class QuestionPlan: QuestionParts, @unchecked Sendable {
    /// The slot of the variable asked.
    let slot: Int32
    /// The position of the variable's declaration among the graph's variables.
    let declaration: Int32
    /// The prompt and help to render for each session; `nil` when the question is fixed.
    private let templates: QuestionTemplates?

    init(node: NodeID, ask: Ask, declaration: VariableDecl, at position: Int, slot: Int32) {
        let isFixed = ask.prompt.fixedText != nil && (ask.help.map { $0.fixedText != nil } ?? true)
            && declaration.defaultValue != .academicYearStart
        self.slot = slot
        self.declaration = Int32(position)
        self.templates = isFixed ? nil : QuestionTemplates(prompt: ask.prompt, help: ask.help)
        var defaultText: String?
        if isFixed, case .value(let value)? = declaration.defaultValue { defaultText = declaration.display(value) }
        super.init(
            node: node, variable: ask.variable, prompt: ask.prompt.fixedText ?? ask.prompt.source,
            help: ask.help.map { $0.fixedText ?? $0.source }, kind: declaration.kind, isOptional: declaration.isOptional,
            defaultText: defaultText)
    }

    /// The question as the user sees it in any session, or `nil` when it is built each time.
    var fixedQuestion: Question? {
        templates == nil ? Question(parts: self) : nil
    }

    /// The typed answer as a value of the question's kind, or why it does not fit, in words
    /// that name the variable by its label in `variables` (the graph's).
    func parse(_ answer: String, _ variables: [VariableDecl]) -> Result<Value, AnswerError> {
        AnswerParser.parse(answer, kind: kind) { variables[Int(declaration)].label }
    }

    /// The variable's declaration among `variables` (the graph's).
    func declaration(in variables: [VariableDecl]) -> VariableDecl {
        variables[Int(declaration)]
    }

    /// The question with its texts rendered by `render` and its default, the declaration's in
    /// `variables` (the graph's), resolved for `today` (for a fixed question, the same texts and
    /// default as `fixedQuestion`).
    func question(today: CalendarDate, _ variables: [VariableDecl], render: (Template) -> String) -> Question {
        let defaultValue = variables[Int(declaration)].defaultValue
        let prompt = templates.map { render($0.prompt) } ?? self.prompt
        let help = templates.map { $0.help.map(render) } ?? self.help
        return Question(
            node: node, variable: variable, prompt: prompt, help: help, kind: kind, isOptional: isOptional,
            defaultText: defaultValue.map { kind.display($0.resolved(today: today)) })
    }
}

/// The texts of a question that reads the session's answers, rendered each time it is asked.
private final class QuestionTemplates: Sendable {
    let prompt: Template
    let help: Template?

    init(prompt: Template, help: Template?) {
        self.prompt = prompt
        self.help = help
    }
}
