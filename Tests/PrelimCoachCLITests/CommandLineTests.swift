import Foundation
import Testing

/// The conventions of the command line: help, version, exit statuses, finding the dialogues.
struct CommandLineTests {
    @Test func versionPrintsTheVersion() throws {
        let result = try CLI.run(["--version"])
        #expect(result.status == 0)
        #expect(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
    }

    @Test(arguments: [
        (["--help"], "A coach for doctors"), (["coach", "--help"], "Start a coaching session"),
        (["check", "--help"], "--transcripts <dir>"), (["sessions", "--help"], "id, started, last activity, target, status"),
        (["resume", "--help"], "Continue the latest unfinished session"), (["replay", "--help"], "--check"),
    ])
    func everySubcommandHasHelp(_ arguments: [String], _ saying: String) throws {
        let result = try CLI.run(arguments)
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE:"))
        #expect(result.stdout.contains(saying))
    }

    @Test func aUsageErrorExitsWith64() throws {
        let result = try CLI.run(["coach", "--no-such-option"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("Unknown option '--no-such-option'"))
    }

    @Test func checkPassesOnTheShippedDialogues() throws {
        let result = try CLI.run(["check", CLI.packageRoot.appendingPathComponent("dialogues").path])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains("0 errors"))
    }

    @Test func checkReportsEveryErrorWithFileLineAndColumnAndExits1() throws {
        let directory = try CLI.temporaryDirectory()
        let shipped = CLI.packageRoot.appendingPathComponent("dialogues")
        for name in try FileManager.default.contentsOfDirectory(atPath: shipped.path) where name.hasSuffix(".yaml") {
            try FileManager.default.copyItem(at: shipped.appendingPathComponent(name), to: directory.appendingPathComponent(name))
        }
        let summary = directory.appendingPathComponent("90-summary.yaml")
        var text = try String(contentsOf: summary, encoding: .utf8)
        text = text.replacingOccurrences(of: "next: finish", with: "next: finsh")
        text = text.replacingOccurrences(of: "{{deadline_day}}", with: "{{deadline_dy}}")
        try Data(text.utf8).write(to: summary)
        let result = try CLI.run(["check", directory.path])
        #expect(result.status == 1)
        let errors = result.stdout.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(errors.count == 2, "\(result.stdout)")
        #expect(errors.contains { $0.hasSuffix("90-summary.yaml:96:11: error: [PC012] 'next' names 'finsh', which is not a node; did you mean 'finish'?") })
        #expect(errors.contains { $0.contains("90-summary.yaml:") && $0.contains("[PC010] the placeholder '{{deadline_dy}}'") })
    }

    @Test func theDialoguesAreFoundFromAnyWorkingDirectory() throws {
        let result = try CLI.run(["check"], directory: URL(fileURLWithPath: "/"))
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }

    @Test func aCopiedBinaryStillFindsTheDialogues() throws {
        let directory = try CLI.temporaryDirectory()
        let copy = directory.appendingPathComponent("prelim-coach")
        try FileManager.default.copyItem(at: CLI.binary, to: copy)
        let result = try CLI.run(["check"], executable: copy, directory: directory)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }

    @Test func dialoguesOptionOverridesTheSearchAndNamesAMissingDirectory() throws {
        let result = try CLI.run(["coach", "--dialogues", "/nonexistent/dialogues"], environment: ["PRELIM_COACH_HOME": try CLI.temporaryDirectory().path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("/nonexistent/dialogues"))
    }
}

/// Review findings at the command line: dates, shared directories, hostile answers files.
struct CommandLineEdgeTests {
    @Test(arguments: ["2026-02-31", "2026-13-01", "tomorrow"])
    func anImpossibleTodayIsAUsageError(_ date: String) throws {
        let result = try CLI.run(["--today", date], environment: ["PRELIM_COACH_HOME": try CLI.temporaryDirectory().path])
        #expect(result.status == 64)
    }

    @Test func anExistingSharedDirectoryIsLeftAsItIsWithAWarning() throws {
        let shared = try CLI.temporaryDirectory()
        chmod(shared.path, 0o755)
        let result = try CLI.run([], stdin: ":quit\n", environment: ["PRELIM_COACH_HOME": shared.path])
        #expect(result.status == 0)
        #expect(result.stderr.contains("can be read by others (mode 755)"))
        let mode = try FileManager.default.attributesOfItem(atPath: shared.path)[.posixPermissions] as? Int
        #expect(mode == 0o755)
    }

    @Test func answersFileErrorsNeverCarryEscapesToTheTerminal() throws {
        let home = try CLI.temporaryDirectory()
        let answers = try CLI.write("target: \"\\e]0;PWNED\\a\\e[2Jred\"\n", to: "evil.yaml", in: home)
        let result = try CLI.run(["--answers", answers.path], environment: ["PRELIM_COACH_HOME": home.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("target: '"))
        #expect(!result.stderr.contains("\u{1B}"))
        #expect(!result.stderr.contains("\u{07}"))
    }
}
