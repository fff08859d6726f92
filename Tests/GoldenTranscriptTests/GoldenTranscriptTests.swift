import DialogueAuthoring
import DialogueCore
import Foundation
import Testing

/// The shipped dialogues, proved through the golden conversations in `Tests/Golden`: each
/// transcript must replay identically (any changed output fails), take the path its user
/// should get, and show the advice that user needs and none that does not apply.
///
/// After a deliberate change to the dialogues, re-record with `Tests/Golden/record.sh` and
/// read the diff.
struct GoldenTranscriptTests {
    struct User: CustomTestStringConvertible, Sendable {
        let name: String
        let path: String
        /// Nodes whose advice this user must see.
        let shown: [String]
        /// Nodes whose advice must not reach this user.
        let hidden: [String]
        var testDescription: String { name }
    }

    static let guardrails = ["guard_mentors", "guard_prestige_note", "guard_limbo_note", "guardrails_again"]
    static let support = ["support_first", "support_after_writing", "support_at_the_end", "support_reminder"]

    static let users: [User] = [
        User(name: "derm-reapply-ready", path: "reapply",
             shown: ["scenario_im_derm_dr", "recommend_ultra_ready", "derm_reentry", "ultra_plays", "reapply_checklist",
                     "deadline_ahead", "aim_next", "money", "email_same_field", "interview_same_field", "pd_question", "closing"],
             hidden: guardrails + support + ["pivot_honesty", "pivot_checklist", "interview_new_field", "thin_file_note"]),
        User(name: "derm-no-delay", path: "pivot",
             shown: ["recommend_derm_no_delay", "pivot_honesty", "derm_reentry", "pivot_checklist", "pivots_from_derm",
                     "deadline_passed_note", "aim_later", "email_new_field", "interview_new_field"],
             hidden: guardrails + support + ["deadline_ahead", "reapply_checklist"]),
        User(name: "plastics-prestige", path: "core_then_subspecialty",
             shown: ["scenario_surgery", "recommend_plastics", "guard_mentors", "guard_prestige_note", "guardrails_again", "plastics_this_year",
                     "pivots_from_plastics", "aim_next"],
             hidden: support + ["guard_limbo_note", "reapply_checklist"]),
        User(name: "ortho-all-in", path: "reapply",
             shown: ["recommend_ortho_all_in", "ortho_window", "ultra_plays", "reapply_checklist", "deadline_ahead", "pivots_from_ortho"],
             hidden: guardrails + support + ["no_dept_here", "pivot_honesty"]),
        User(name: "neurosurgery-two-cycles", path: "pivot",
             shown: ["recommend_two_cycles", "guard_limbo_note", "guardrails_again", "neurosurgery_road", "pivots_from_neurosurgery"],
             hidden: support + ["guard_prestige_note", "guard_mentors"]),
        User(name: "dr-stays-local", path: "reapply",
             shown: ["scenario_im_derm_dr", "recommend_competitive", "geography_note", "salvageable_fields", "dr_anes_plays",
                     "deadline_ahead", "pivots_from_dr"],
             hidden: guardrails + support + ["radonc_plays"]),
        User(name: "anesthesiology-ty-thin", path: "reapply",
             shown: ["scenario_ty", "thin_file_note", "recommend_competitive", "salvageable_fields", "dr_anes_plays",
                     "pivots_from_anesthesiology", "aim_later"],
             hidden: guardrails + support + ["geography_note"]),
        User(name: "radonc-no-department", path: "reapply",
             shown: ["scenario_ty", "recommend_competitive", "radonc_plays", "radonc_remote", "pivots_from_radonc", "deadline_ahead"],
             hidden: guardrails + support + ["no_dept_here", "dr_anes_plays"]),
        User(name: "other-struggling", path: "pivot",
             shown: ["support_first", "scenario_other", "recommend_mentors_low", "guardrails_again", "other_field_plays",
                     "pivots_general", "support_reminder"],
             hidden: ["guard_mentors", "support_after_writing", "support_at_the_end", "guard_prestige_note"]),
        User(name: "skips-every-optional", path: "core_then_subspecialty",
             shown: ["recommend_few_strengths", "ortho_window", "no_dept_here", "thin_file_note", "pivot_checklist",
                     "deadline_passed_note", "aim_later"],
             hidden: guardrails + support),
        User(name: "distress-in-writing", path: "pivot",
             shown: ["support_after_writing", "support_at_the_end", "recommend_few_strengths", "derm_reentry", "deadline_passed_note"],
             hidden: guardrails + ["support_first", "support_reminder"]),
        User(name: "community-hopeless-neurosurgery", path: "reapply",
             shown: ["support_first", "scenario_weaker_prelim", "thin_file_note", "recommend_ultra_ready", "guard_prestige_note",
                     "no_dept_here", "support_reminder", "interview_same_field"],
             hidden: ["support_after_writing", "guard_mentors", "guard_limbo_note"]),
        User(name: "last-year-start", path: "reapply",
             shown: ["recommend_competitive", "deadline_passed_note", "aim_later", "reapply_checklist"],
             hidden: guardrails + support + ["aim_next", "pivot_honesty"]),
        User(name: "other-ready", path: "reapply",
             shown: ["scenario_other", "recommend_other_ready", "other_field_plays", "reapply_checklist", "pivots_general"],
             hidden: guardrails + support + ["thin_file_note", "pivot_honesty"]),
        User(name: "other-thin", path: "pivot",
             shown: ["scenario_other", "thin_file_note", "recommend_thin_other", "pivot_checklist", "aim_next"],
             hidden: guardrails + support + ["reapply_checklist"]),
        User(name: "radonc-with-department", path: "reapply",
             shown: ["recommend_competitive", "radonc_plays", "pivots_from_radonc"],
             hidden: guardrails + support + ["radonc_remote", "no_dept_here"]),
    ]

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let engine: Engine? = {
        let folder = root.appendingPathComponent("dialogues")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.filter { $0.hasSuffix(".yaml") }.sorted() ?? []
        let sources = names.compactMap { name in
            (try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)).map { DialogueSource(path: name, text: $0) }
        }
        return GraphCompiler.compile(sources).graph.map(Engine.init(graph:))
    }()

    @Test(arguments: users)
    func theConversationIsExactlyAsRecorded(_ user: User) throws {
        let engine = try #require(Self.engine, "the shipped dialogues do not compile")
        let data = try Data(contentsOf: Self.root.appendingPathComponent("Tests/Golden/\(user.name).jsonl"))
        let transcript = try Transcript.read(data).get()
        guard case .identical(let session) = Replay.check(transcript, with: engine) else {
            if case .diverged(let divergence) = Replay.check(transcript, with: engine) {
                Issue.record("\(user.name): \(divergence) - re-record with Tests/Golden/record.sh if the change is intended")
            }
            return
        }
        #expect(session.hasEnded)
        let values = SessionValues(graph: engine.graph, session: session)
        #expect(values.value(of: "path") == .choice(user.path))

        let emitted = Set(transcript.events.compactMap { event -> String? in
            if case .output(.emitted(let message)) = event.event.event { return message.node }
            return nil
        })
        for node in user.shown { #expect(emitted.contains(node), "\(user.name) should see '\(node)'") }
        for node in user.hidden { #expect(!emitted.contains(node), "\(user.name) should not see '\(node)'") }
    }

    /// Together the golden users cover what the issue asks of them.
    @Test func theUsersCoverEveryTargetTrackGuardrailAndDeadlineSide() throws {
        var targets: Set<String> = []
        var tracks: Set<String> = []
        for user in Self.users {
            let answers = try String(contentsOf: Self.root.appendingPathComponent("Tests/Golden/answers/\(user.name).yaml"), encoding: .utf8)
            for line in answers.split(separator: "\n") {
                if line.hasPrefix("target: ") { targets.insert(String(line.dropFirst(8))) }
                if line.hasPrefix("track: ") { tracks.insert(String(line.dropFirst(7))) }
            }
        }
        #expect(targets == ["derm", "plastics", "neurosurgery", "ortho", "diagnostic_radiology", "anesthesiology", "radiation_oncology", "other"])
        #expect(tracks == ["prelim_im", "prelim_surgery", "transitional"])
        let shown = Set(Self.users.flatMap(\.shown))
        let hidden = Set(Self.users.flatMap(\.hidden))
        for guardrail in ["guard_mentors", "guard_prestige_note", "guard_limbo_note", "recommend_two_cycles", "recommend_mentors_low"] {
            #expect(shown.contains(guardrail), "no golden user sees \(guardrail)")
        }
        for guardrail in Self.guardrails { #expect(hidden.contains(guardrail)) }
        #expect(shown.isSuperset(of: ["deadline_ahead", "deadline_passed_note", "support_first", "support_after_writing"]))
    }
}
