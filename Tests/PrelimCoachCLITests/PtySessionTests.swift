import Foundation
import Testing

/// The coach on a terminal: readline's history, Tab completion, Ctrl-C and Ctrl-D.
@Suite(.serialized)
struct PtySessionTests {
    let home: URL

    init() throws {
        home = try CLI.temporaryDirectory()
    }

    func start() throws -> Pty {
        try Pty(arguments: ["coach", "--today", "2026-11-25"], environment: ["PRELIM_COACH_HOME": home.path])
    }

    @Test func tabCompletesChoicesAndCommands() throws {
        let pty = try start()
        try pty.expect("What name should I put")
        pty.send("Dana\r")
        try pty.expect("how are you holding up?")
        pty.send("ste\t")
        try pty.expect("ady")  // "steady" completed (readline rings the bell: key and label both match)
        pty.send("\r")
        try pty.expect("Which PGY-1 year did you match?")
        pty.send(":summ\t")
        try pty.expect(":summary")
        pty.send("\r")
        let recap = try pty.expect("Steady - disappointed")
        #expect(recap.contains("What you have told me so far:"))
    }

    @Test func historyIsKeptAcrossSessions() throws {
        let first = try start()
        try first.expect("What name should I put")
        first.send("Dana Reyes\r")
        try first.expect("how are you holding up?")
        first.send(":quit\r")
        #expect(try first.waitForExit() == 0)

        let history = home.appendingPathComponent("history")
        let attributes = try FileManager.default.attributesOfItem(atPath: history.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)

        let second = try start()
        try second.expect("What name should I put")
        second.send("\u{1B}[A\u{1B}[A")  // Up twice: past ':quit' to the name.
        try second.expect("Dana Reyes")
        second.send("\r")
        try second.expect("how are you holding up?")
        second.send(":summary\r")
        try second.expect("Name  Dana Reyes")
    }

    @Test func ctrlCClearsTheLineAndCtrlDEndsTheSession() throws {
        let pty = try start()
        try pty.expect("What name should I put")
        pty.send("garbage")
        try pty.expect("garbage")
        pty.send("\u{03}")
        // Wait for the fresh prompt, as a person would: keys sent in the same instant as the
        // Ctrl-C reach readline in one batch with the signal.
        try pty.expect("\r\n")
        try pty.expect("> ")
        #expect(try pty.terminalFlags() & tcflag_t(NOFLSH) != 0)
        pty.send("Eve\r")
        try pty.expect("how are you holding up?")
        pty.send(":summary\r")
        let recap = try pty.expect("Name  Eve")
        #expect(!recap.contains("garbageEve"))
        // At the prompt, as a person would: between prompts the terminal is in canonical mode,
        // where Ctrl-D is taken by the terminal itself.
        try pty.expect("> ")
        pty.send("\u{04}")
        try pty.expect("Session ended.")
        #expect(try pty.waitForExit() == 0)
        #expect(try pty.terminalFlags() & tcflag_t(NOFLSH) == 0, "the terminal is left as it was found")
    }

    @Test func sigtermAtThePromptEndsCleanlyAndRestoresTheTerminal() throws {
        let pty = try start()
        try pty.expect("What name should I put")
        try pty.expect("> ")
        pty.signal(SIGTERM)
        try pty.expect("Session ended.")
        #expect(try pty.waitForExit() == 128 + SIGTERM)
        #expect(try pty.terminalFlags() & tcflag_t(NOFLSH) == 0)
    }

    @Test func colourOnATerminalButNotWithNoColor() throws {
        let coloured = try start()
        #expect(try coloured.expect("What name should I put").contains("\u{1B}[1m"))
        let plain = try Pty(arguments: ["coach"], environment: ["PRELIM_COACH_HOME": home.path, "NO_COLOR": "1"])
        #expect(!(try plain.expect("What name should I put")).contains("\u{1B}[1m"))
    }
}
