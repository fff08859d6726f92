import FoundationEssentials

extension Plan {
    /// The name of the text variable holding the questions for the mentor, when a dialogue asks them.
    public static let mentorQuestionsVariable = "mentor_questions"
    /// The name of the text variable holding the user's name, for the plan's title.
    public static let nameVariable = "name"

    /// The plan of a recorded session against the current dialogues.
    ///
    /// Only what the transcript shows was said (and not taken back with `:back`) is in it; the
    /// profile comes from the answers as they stand at its end. Fails like `resume` does when
    /// the transcript cannot be followed in the current dialogues.
    ///
    /// - Parameter transcriptName: the transcript's file name, which the plan tells the user to
    ///   send along.
    public static func build(
        from transcript: Transcript, graph: DialogueGraph, transcriptName: String, redaction: RedactionLevel = .none
    ) -> Result<Plan, TranscriptError> {
        let engine = Engine(graph: graph)
        let session: Session
        switch SessionRebuild.rebuild(transcript, with: engine) {
        case .success(let rebuilt): session = rebuilt.session
        case .failure(let error): return .failure(error)
        }
        let isFinished = transcript.recordedEnding == .finished
        let redactor = PlanRedactor(graph: graph, values: SessionValues(graph: graph, session: session), level: redaction)
        let items = StandingMessages.of(transcript).map { (kind: $0.kind, item: redactor.item(from: $0)) }
        func section(_ kind: EmissionKind) -> [PlanItem] { items.filter { $0.kind == kind }.map(\.item) }
        return .success(Plan(
            sessionID: transcript.header.sessionID, day: session.today,
            lastActivity: transcript.events.last?.event.at ?? transcript.header.startedAt,
            transcriptName: transcriptName, isFinished: isFinished, redaction: redaction,
            personName: personName(session, redactor), identity: identity(graph, session, redactor),
            profile: profile(engine, session, redactor, withDerived: isFinished),
            recommendations: section(.recommendation), guardrails: section(.guardrail),
            milestones: byDay(section(.milestone)), coaching: section(.coaching), templates: section(.template),
            mentorQuestions: mentorQuestions(graph, session, redactor),
            support: redaction == .none ? section(.support) : []))
    }

    private static func personName(_ session: Session, _ redactor: PlanRedactor) -> String? {
        guard case .text(let name)? = session.binding(nameVariable)?.value, !redactor.hides(nameVariable) else { return nil }
        return name
    }

    /// The answers to the `identity` variables, unless they are hidden.
    private static func identity(_ graph: DialogueGraph, _ session: Session, _ redactor: PlanRedactor) -> [PlanFact] {
        graph.variables.compactMap { declaration in
            guard declaration.redaction == .identity, !redactor.hides(declaration.name),
                session.binding(declaration.name)?.source == .answered,
                let value = session.binding(declaration.name)?.value
            else { return nil }
            return PlanFact(label: declaration.label, value: declaration.display(value))
        }
    }

    /// The answers (less identity and the mentor questions, which have their own places), then,
    /// for a finished session, what the coach worked out from them.
    private static func profile(_ engine: Engine, _ session: Session, _ redactor: PlanRedactor, withDerived: Bool) -> [PlanFact] {
        let graph = engine.graph
        let answers = engine.recap(of: session).compactMap { line -> PlanFact? in
            guard graph.variable(line.variable)?.redaction != .identity, line.variable != mentorQuestionsVariable else { return nil }
            return redactor.fact(line)
        }
        guard withDerived else { return answers }
        let values = SessionValues(graph: graph, session: session)
        let derived = graph.variables.compactMap { declaration -> PlanFact? in
            guard declaration.isDerived, declaration.isInPlan, let value = values.value(of: declaration.name) else { return nil }
            return redactor.fact(RecapLine(variable: declaration.name, label: declaration.label, text: declaration.display(value)))
        }
        return answers + derived
    }

    private static func mentorQuestions(_ graph: DialogueGraph, _ session: Session, _ redactor: PlanRedactor) -> MentorQuestions? {
        guard case .text(let questions)? = session.binding(mentorQuestionsVariable)?.value,
            !questions.trimmingWhitespaceAndNewlines().isEmpty
        else { return nil }
        return redactor.hides(mentorQuestionsVariable) ? .redacted : .given(questions)
    }

    /// Dated milestones by day (ties in the order given), then the undated ones.
    private static func byDay(_ items: [PlanItem]) -> [PlanItem] {
        let dated = items.enumerated().compactMap { index, item in item.date.map { (day: $0, index: index, item: item) } }
            .sorted { ($0.day, $0.index) < ($1.day, $1.index) }.map(\.item)
        return dated + items.filter { $0.date == nil }
    }
}
