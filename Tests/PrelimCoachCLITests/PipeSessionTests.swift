import Foundation
import Testing

/// The coach with stdin a pipe: answers in, output and exit status checked.
struct PipeSessionTests {
    let home: URL

    init() throws {
        home = try CLI.temporaryDirectory()
    }

    var environment: [String: String] { ["PRELIM_COACH_HOME": home.path] }

    @Test func aFullAnswersFileRunsTheSessionToItsEnd() throws {
        let answers = try CLI.write(CLI.fullProfile, to: "answers.yaml", in: home)
        let result = try CLI.run(["--answers", answers.path, "--today", "2026-11-25"], environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("== Your scenario: prelim IM, missed dermatology =="))
        #expect(result.stdout.contains("Dana Reyes: a preliminary internal-medicine year at St. Elsewhere Medical"))
        #expect(result.stdout.contains("== The decision deadline has passed (31 August 2026) =="))
        #expect(!result.stdout.contains("\u{1B}"), "no escape codes on a pipe")
        #expect(!result.stdout.contains("> \n"), "no echoed prompts")
    }

    @Test func jsonAnswersWorkTheSameAsYAML() throws {
        let json = "{\"track\": \"transitional\", \"target\": \"anesthesiology\", \"step2_ck\": 244, \"step1_passed\": true, "
            + "\"class_standing\": \"middle\", \"target_research\": \"none\", \"target_letters\": 1, \"advisor_feedback\": \"none\", "
            + "\"mentors_say_low\": false, \"prelim_setting\": \"community\", \"target_dept_here\": true, \"cycles_applied\": 1, "
            + "\"willing_to_delay\": true, \"research_year\": false, \"limbo_years\": 0, \"mentor_advocates\": false, "
            + "\"new_story\": true, \"geo_flexible\": false, \"motivation\": \"income_lifestyle\", \"wellbeing\": \"steady\"}"
        let answers = try CLI.write(json, to: "answers.json", in: home)
        let result = try CLI.run(["--answers", answers.path, "--today", "2026-11-25"], environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("== Your scenario: a TY or prelim year, missed anesthesiology =="))
        #expect(result.stdout.contains("== A thin file =="))
        // Skipped optional answers show as visible placeholders in the summary.
        #expect(result.stdout.contains("[your name]: a transitional year at [your hospital]"))
    }

    @Test func typedAnswersFromAPipeAreReaskedWithTheReason() throws {
        let lines = ["Dana", "steady", "surg", "ortho", "0", "2", "the_field", "400", "250", "yes", ":summary"]
        let result = try CLI.run([], stdin: lines.joined(separator: "\n") + "\n", environment: environment)
        #expect(result.stdout.contains("! Application cycles spent on the target must be from 1 to 10; 0 is out of range."))
        #expect(result.stdout.contains("! Step 2 CK score must be from 1 to 300; 400 is out of range."))
        let recap = result.stdout.split(separator: "\n")
        #expect(recap.contains { $0.hasPrefix("  Target specialty ") && $0.hasSuffix(" Orthopaedic surgery") })
        #expect(recap.contains { $0.hasPrefix("  Step 2 CK score ") && $0.hasSuffix(" 250") })
    }

    @Test func answersInAdvanceStillApplyAfterThePipeRunsOut() throws {
        let partial = CLI.fullProfile.split(separator: "\n").filter { !$0.hasPrefix("name:") && !$0.hasPrefix("geo_flexible:") }
        let answers = try CLI.write(partial.joined(separator: "\n"), to: "answers.yaml", in: home)
        let result = try CLI.run(["--answers", answers.path], environment: environment)
        #expect(result.status == 1)
        let missing = result.stdout.components(separatedBy: "required answers were given:\n").last ?? ""
        #expect(missing.trimmingCharacters(in: .whitespacesAndNewlines) == "geo_flexible (Willing to go to other states and less glamorous cities)")
    }

    @Test func endOfInputListsTheMissingRequiredAnswers() throws {
        let result = try CLI.run([], stdin: "Dana\nsteady\nty\n", environment: environment)
        #expect(result.status == 1)
        #expect(result.stdout.contains("The input ended before these required answers were given:"))
        #expect(result.stdout.contains("  target (Target specialty)"))
        #expect(result.stdout.contains("  geo_flexible (Willing to go to other states and less glamorous cities)"))
        #expect(!result.stdout.contains("  hospital"), "optional questions take their defaults instead")
    }

    @Test func backUndoesTheLastAnswer() throws {
        let result = try CLI.run([], stdin: "Dana\n:back\nEve\n:summary\n:quit\n", environment: environment)
        #expect(result.status == 0)
        #expect(result.stdout.contains("(back to the previous question)"))
        #expect(result.stdout.contains("  Name  Eve"))
        #expect(result.stdout.contains("Session ended."))
    }

    @Test func unknownCommandsAreExplained() throws {
        let result = try CLI.run([], stdin: ":sumary\n:help\n", environment: environment)
        #expect(result.stdout.contains("':sumary' is not a command. Did you mean ':summary'? Type :help for the list."))
        #expect(result.stdout.contains(":back     undo your last answer"))
    }

    @Test func invalidAnswersFileValuesAreReportedByNameAndValue() throws {
        let answers = try CLI.write("step2_ck: 400\ntarget: dermatologyy\ntrack: prelim_im\nstep_2: 250\ntier: ultra\n", to: "bad.yaml", in: home)
        let result = try CLI.run(["--answers", answers.path], environment: environment)
        #expect(result.status == 1)
        #expect(result.stderr.contains("step2_ck: '400' does not fit. Step 2 CK score must be from 1 to 300; 400 is out of range."))
        #expect(result.stderr.contains("target: 'dermatologyy' does not fit."))
        #expect(result.stderr.contains("step_2: not a profile name"))
        #expect(result.stderr.contains("tier: computed from other answers, it cannot be given"))
        #expect(result.stdout.isEmpty, "nothing is asked when the answers file is wrong")
    }

    @Test func yesNoAnswersAcceptEveryCommonSpelling() throws {
        let profile = CLI.fullProfile.replacingOccurrences(of: "step1_passed: yes", with: "step1_passed: true")
            .replacingOccurrences(of: "mentors_say_low: no", with: "mentors_say_low: n")
        let answers = try CLI.write(profile, to: "answers.yaml", in: home)
        let result = try CLI.run(["--answers", answers.path], environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test func escapeSequencesInAnswersNeverReachTheTerminal() throws {
        let hostile = CLI.fullProfile.replacingOccurrences(of: "name: Dana Reyes", with: "name: \"\\e]0;owned\\aDana\\e[31m\"")
        let answers = try CLI.write(hostile, to: "answers.yaml", in: home)
        let result = try CLI.run(["--answers", answers.path], environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.contains("\u{1B}"))
        #expect(!result.stdout.contains("\u{07}"))
    }

    @Test func theDataDirectoryIsOwnerOnlyEvenWithAPermissiveUmask() throws {
        let data = home.appendingPathComponent("nested/data")
        let result = try CLI.run(
            ["-c", "umask 000; exec \"$0\" coach < /dev/null", CLI.binary.path],
            environment: ["PRELIM_COACH_HOME": data.path], executable: URL(fileURLWithPath: "/bin/sh"))
        #expect(result.status == 1, "no answers at all: the required ones are missing")
        let attributes = try FileManager.default.attributesOfItem(atPath: data.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o700)
    }

    @Test func xdgDataHomeIsUsedWithoutPrelimCoachHome() throws {
        let result = try CLI.run([], stdin: ":quit\n", environment: ["PRELIM_COACH_HOME": "", "XDG_DATA_HOME": home.path])
        #expect(result.status == 0)
        #expect(FileManager.default.fileExists(atPath: home.appendingPathComponent("prelim-coach").path))
    }
}
