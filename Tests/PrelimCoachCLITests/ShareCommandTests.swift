import Foundation
import Testing

/// `prelim-coach share` end to end: a session saved by `coach`, shared to standard output or
/// to a file written atomically and owner-only.
struct ShareCommandTests {
    let home: URL
    var environment: [String: String] { ["PRELIM_COACH_HOME": home.path] }
    static let dialogues = CLI.packageRoot.appendingPathComponent("Tests/Fixtures/plan-dialogues").path
    static let answers = ["Dana Quill", "Mercy Vale", "steady", "prelim_im", "derm", "238", "Zebra audit", "2026-07", "yes", "Is one year enough?"]

    init() throws {
        home = try CLI.temporaryDirectory()
    }

    /// Runs a session on the plan fixture and returns its id.
    func session(_ answers: [String] = Self.answers) throws -> String {
        let result = try CLI.run(["coach", "--dialogues", Self.dialogues, "--today", "2026-11-25"],
                                 stdin: answers.map { $0 + "\n" }.joined(), environment: environment)
        let files = try FileManager.default.contentsOfDirectory(atPath: home.appendingPathComponent("sessions").path)
        let id = try #require(files.first.map { String($0.dropLast(".jsonl".count)) }, "\(result.stderr)")
        return id
    }

    func share(_ arguments: [String], umask: Bool = false) throws -> CLI.Result {
        guard umask else { return try CLI.run(["share", "--dialogues", Self.dialogues] + arguments, environment: environment) }
        return try CLI.run(["-c", "umask 000; exec \"$@\"", "sh", CLI.binary.path, "share", "--dialogues", Self.dialogues] + arguments,
                           environment: environment, executable: URL(fileURLWithPath: "/bin/sh"))
    }

    @Test func markdownGoesToStandardOutputByDefault() throws {
        let id = try session()
        let result = try share([String(id.prefix(15))])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("# PrelimCoach plan for Dana Quill\n"))
        #expect(result.stdout.contains("prelim-coach replay \(id).jsonl"))
        #expect(result.stdout.contains("### 31 August 2026: Decide: reapply or pivot"))
        #expect(result.stdout.hasSuffix("## Mentor's notes\n"))
        #expect(result.stderr.isEmpty)
    }

    @Test func outputFileIsReplacedAtomicallyAndOwnerOnly() throws {
        let id = try session()
        let target = home.appendingPathComponent("plan.html")
        try Data("old plan".utf8).write(to: target)
        chmod(target.path, 0o644)
        // A second name for the old file: an atomic rename leaves it untouched.
        let keep = home.appendingPathComponent("old-plan.html")
        try FileManager.default.linkItem(at: target, to: keep)
        let result = try share(["--format", "html", "-o", target.path, id], umask: true)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("wrote \(target.path)"))
        #expect(try String(contentsOf: target, encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
        #expect(try String(contentsOf: keep, encoding: .utf8) == "old plan")
        #expect(try FileManager.default.attributesOfItem(atPath: target.path)[.posixPermissions] as? Int == 0o600)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: home.path).filter { $0.hasPrefix(".plan.html") }
        #expect(leftovers.isEmpty, "no temporary file is left behind")
    }

    @Test func aCalendarWithEverythingRedacted() throws {
        let id = try session()
        for arguments in [["--format", "ics", "--redact", "all", id], ["--format", "ics", id, "--redact", "all"]] {
            let result = try share(arguments)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.hasPrefix("BEGIN:VCALENDAR\r\n"))
            #expect(result.stdout.components(separatedBy: "BEGIN:VEVENT").count == 4)
            #expect(!result.stdout.contains("Dana") && !result.stdout.contains("Mercy"))
        }
    }

    @Test func redactHidesTheScoreAndTheFreeText() throws {
        let id = try session()
        let result = try share(["--redact", "--format", "html", id])
        #expect(result.status == 0, "\(result.stderr)")
        // The plan names its session, whose id is a time and a random suffix: "238" may be in it.
        let shown = result.stdout.replacingOccurrences(of: id, with: "")
        #expect(!shown.contains("238") && !shown.contains("Zebra") && !shown.contains("Is one year enough"))
        #expect(result.stdout.contains("Dana Quill"))
        #expect(result.stdout.contains("[redacted]"))
    }

    @Test func aRedactedPlanSaysWhenTheDialoguesChangedSinceTheSession() throws {
        let id = try session()
        #expect(try share(["--redact", id]).stderr.isEmpty, "same dialogues: nothing to note")
        let changed = home.appendingPathComponent("changed-dialogues")
        try FileManager.default.copyItem(atPath: Self.dialogues, toPath: changed.path)
        let plan = changed.appendingPathComponent("plan.yaml")
        let text = try String(contentsOf: plan, encoding: .utf8).replacingOccurrences(of: "Submit on the first day", with: "Submit early")
        try Data(text.utf8).write(to: plan)
        let result = try CLI.run(["share", "--dialogues", changed.path, "--redact", id], environment: environment)
        #expect(result.status == 0)
        #expect(result.stderr.contains("the dialogue files changed since this session"))
        #expect(result.stdout.contains("Submit early"))
    }

    @Test func anUnfinishedSessionSharesWhatIsKnownButHasNoCalendar() throws {
        let id = try session(Array(Self.answers.prefix(5)))
        let markdown = try share([id])
        #expect(markdown.status == 0)
        #expect(markdown.stdout.contains("This session is not finished"))
        let calendar = try share(["--format", "ics", id])
        #expect(calendar.status == 1)
        #expect(calendar.stderr.contains("has no dated milestones yet"))
        #expect(calendar.stdout.isEmpty)
    }

    @Test func mistakesAreReportedClearly() throws {
        let id = try session()
        let badRedact = try share(["--redact", "everything", id])
        #expect(badRedact.status == 64)
        #expect(badRedact.stderr.contains("'--redact' takes only the word 'all'"))
        #expect(try share([id, id]).status == 64)
        #expect(try share(["--format", "pdf", id]).status == 64)
        let unknown = try share(["nosuchsession"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("no saved session is called 'nosuchsession'"))
        let unwritable = try share(["-o", home.appendingPathComponent("missing/dir/plan.md").path, id])
        #expect(unwritable.status == 1)
        #expect(unwritable.stderr.contains("cannot write the plan to"))
    }

    @Test func helpDescribesTheFormatsAndRedaction() throws {
        let result = try CLI.run(["share", "--help"])
        #expect(result.status == 0)
        for option in ["--format", "--output", "--redact", "markdown", "html", "ics", "'--redact all'", "0600"] {
            #expect(result.stdout.contains(option), "\(option) is described")
        }
    }
}
