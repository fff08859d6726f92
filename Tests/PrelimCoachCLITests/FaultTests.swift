import Foundation
import Testing

/// A data directory that cannot be used, a disk that fills up mid-session, two processes on one
/// session: each gets a clear message naming the path, and no answer is reported saved unless it was.
@Suite(.serialized)
struct FaultTests {
    let home: URL
    var environment: [String: String] { ["PRELIM_COACH_HOME": home.path] }

    init() throws {
        home = try CLI.temporaryDirectory()
    }

    @Test func aDataDirectoryUnderARegularFileIsNamedWithThePartThatIsAFile() throws {
        let file = try CLI.write("not a directory\n", to: "plain", in: home)
        let data = file.appendingPathComponent("data").path
        let result = try CLI.run(["coach", "--dialogues", CLI.smallDialogues], stdin: "Dana\n", environment: ["PRELIM_COACH_HOME": data])
        #expect(result.status == 1)
        #expect(result.stderr == "Error: cannot use the data directory \(data): \(file.path) is a file, not a directory; "
            + "set PRELIM_COACH_HOME to a directory you can write to\n")
        #expect(result.stdout.isEmpty, "nothing is asked when nothing could be saved")
    }

    @Test func aMissingDataDirectoryIsCreatedOwnerOnlyWithItsParents() throws {
        let data = home.appendingPathComponent("a/b/prelim").path
        let result = try CLI.run(["coach", "--dialogues", CLI.smallDialogues, "--today", "2026-11-25"],
                                 stdin: CLI.smallAnswers.map { $0 + "\n" }.joined(), environment: ["PRELIM_COACH_HOME": data])
        #expect(result.status == 0, "\(result.stderr)")
        for path in [home.appendingPathComponent("a").path, data, data + "/sessions"] {
            #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o700, "\(path)")
        }
    }

    @Test func aReadOnlyDataDirectoryIsRefusedBeforeAnythingIsAsked() throws {
        let readOnly = try ReadOnlyDirectory(in: home)
        defer { readOnly.release() }
        let result = try CLI.run(["coach", "--dialogues", CLI.smallDialogues], stdin: "Dana\n", environment: ["PRELIM_COACH_HOME": readOnly.path])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("Error: cannot use the data directory \(readOnly.path): \(readOnly.expectedReason)"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func aFullDiskMidSessionNeverReportsTheAnswerSavedAndTheSessionResumes() throws {
        let disk = try TinyDisk(in: home)
        defer { disk.release() }
        let transcript = disk.path + "/t.jsonl"
        // Refused answers make the transcript outgrow the space after a few turns.
        let typed = ["Dana"] + Array(repeating: "nope", count: 20) + CLI.smallAnswers.dropFirst()
        let limited = try CLI.run(
            ["-c", disk.shellPrefix + "exec \"$0\" coach --dialogues \"$1\" --today 2026-11-25 --transcript \"$2\"",
             CLI.binary.path, CLI.smallDialogues, transcript],
            stdin: typed.map { $0 + "\n" }.joined(), environment: environment, executable: URL(fileURLWithPath: "/bin/sh"))
        #expect(limited.status == 1)
        #expect(limited.stdout.contains("cannot save the session to \(transcript): \(disk.expectedReason)"), "\(limited.stdout)")
        #expect(limited.stdout.contains("That answer was NOT saved. Keep a copy of it to type again:\n  nope\n"))
        #expect(limited.stdout.contains("Everything before it is saved in \(transcript)"))
        #expect(!limited.stdout.contains("Done."), "the session stops at the first answer it cannot save")

        // Space freed: the file moves somewhere roomier, and the session goes on from what was saved.
        let moved = home.appendingPathComponent("t.jsonl").path
        try FileManager.default.copyItem(atPath: transcript, toPath: moved)
        let text = try String(contentsOfFile: moved, encoding: .utf8)
        let complete = home.appendingPathComponent("complete.jsonl").path
        try String(text[..<(text.lastIndex(of: "\n").map(text.index(after:)) ?? text.startIndex)]).write(toFile: complete, atomically: true, encoding: .utf8)
        let saved = try CLI.typedAnswers(complete)
        #expect(saved.count > 1 && saved.count < typed.count)
        #expect(saved == Array(typed.prefix(saved.count)))
        let rest = typed.dropFirst(saved.count).map { $0 + "\n" }.joined()
        let resumed = try CLI.run(["resume", "--dialogues", CLI.smallDialogues, "--today", "2026-11-25", moved], stdin: rest, environment: environment)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stdout.contains("Dana at [your hospital]: Anesthesiology, 251, starting July 2026."))
        #expect(try CLI.typedAnswers(moved) == typed)
    }

    @Test func aDiskFullFromTheStartAsksNothingAndLeavesNoFileBehind() throws {
        var disk = try TinyDisk(in: home)
        defer { disk.release() }
        try disk.fill()
        let transcript = disk.path + "/t.jsonl"
        let result = try CLI.run(
            ["-c", disk.shellPrefix + "exec \"$0\" coach --dialogues \"$1\" --transcript \"$2\"", CLI.binary.path, CLI.smallDialogues, transcript],
            stdin: "Dana\n", environment: environment, executable: URL(fileURLWithPath: "/bin/sh"))
        #expect(result.status == 1)
        #expect(result.stderr.hasSuffix("Error: cannot save the session to \(transcript): \(disk.expectedReason)\n"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: transcript))
    }

    @Test func anAnswerOver4KBIsRefusedAndTheQuestionAskedAgain() throws {
        let transcript = home.appendingPathComponent("t.jsonl").path
        var typed = CLI.smallAnswers
        typed.insert(String(repeating: "x", count: 5000), at: 0)
        let result = try CLI.run(["coach", "--dialogues", CLI.smallDialogues, "--today", "2026-11-25", "--transcript", transcript],
                                 stdin: typed.map { $0 + "\n" }.joined(), environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("! That answer is longer than 4096 bytes; please shorten it.\n\nYour name?"))
        #expect(!result.stdout.contains("xxxxxxxxxx"), "the refused answer is not echoed back")
        #expect(result.stdout.contains("Dana at [your hospital]"))
    }

    @Test func checkRefusesAnOversizedAndANonUTF8FileAndNothingElse() throws {
        let folder = home.appendingPathComponent("dialogues")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in ["content.yaml", "small.yaml"] {
            try FileManager.default.copyItem(atPath: CLI.smallDialogues + "/" + name, toPath: folder.appendingPathComponent(name).path)
        }
        try (Data("# notes\nsay: caf".utf8) + Data([0xE9]) + Data("\n".utf8)).write(to: folder.appendingPathComponent("latin1.yaml"))
        try Data(repeating: UInt8(ascii: "#"), count: 2 << 20).write(to: folder.appendingPathComponent("huge.yaml"))
        let result = try CLI.run(["check", folder.path])
        #expect(result.status == 1)
        #expect(result.stdout == """
            \(folder.path)/huge.yaml:1:1: error: [PC027] the file is larger than 1 MiB, the limit for one dialogue file; split it into parts
            \(folder.path)/latin1.yaml:2:9: error: [PC028] the file is not UTF-8 text (invalid byte here); save it as UTF-8
            \(folder.path): 2 errors, 0 warnings

            """)
    }

    @Test func twoProcessesResumingOneSessionCannotInterleave() throws {
        let transcript = home.appendingPathComponent("t.jsonl").path
        let started = try CLI.run(["coach", "--dialogues", CLI.smallDialogues, "--today", "2026-11-25", "--transcript", transcript],
                                  stdin: "Dana\n", environment: environment)
        #expect(started.status == 1, "piped input ended before the required answers")
        let first = try Pty(arguments: ["resume", "--dialogues", CLI.smallDialogues, transcript], environment: environment)
        _ = try first.expect("Target?")
        let before = try Data(contentsOf: URL(fileURLWithPath: transcript))
        let second = try CLI.run(["resume", "--dialogues", CLI.smallDialogues, transcript], stdin: "2\n251\n", environment: environment)
        #expect(second.status == 1)
        #expect(second.stderr == "Error: the session in \(transcript) is open in another PrelimCoach; finish or quit that one first\n")
        #expect(try Data(contentsOf: URL(fileURLWithPath: transcript)) == before, "the refused process wrote nothing")
        first.send("2\r")
        _ = try first.expect("Score?")
        first.send(":quit\r")
        #expect(try first.waitForExit() == 0)
        #expect(try CLI.typedAnswers(transcript) == ["Dana", "2"])
    }
}

/// A directory with room for about 4 KiB. For root, a 4 KiB tmpfs (a real full disk: ENOSPC);
/// for anyone else, a file-size limit of 3 KiB set by the shell (EFBIG). The limit is not used
/// for root because ThreadSanitizer's runtime cannot start under one.
struct TinyDisk {
    let path: String
    let isMount: Bool

    init(in parent: URL) throws {
        path = parent.appendingPathComponent("tiny").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        isMount = getuid() == 0
        if isMount {
            let mount = try CLI.run(["-t", "tmpfs", "-o", "size=4k", "tmpfs", path], executable: URL(fileURLWithPath: "/bin/mount"))
            try #require(mount.status == 0, "as root, a tiny tmpfs is needed for this test: \(mount.stderr)")
        }
    }

    private var isFull = false

    /// Takes all the room there is.
    mutating func fill() throws {
        isFull = true
        guard isMount else { return }
        let filler = FileManager.default.createFile(atPath: path + "/filler", contents: Data(count: 4096))
        try #require(filler, "the tiny tmpfs takes 4 KiB")
    }

    /// Shell commands that set the limit for what follows.
    var shellPrefix: String { isMount ? "" : isFull ? "ulimit -f 0; " : "ulimit -f 6; " }
    var expectedReason: String { isMount ? "No space left on device" : "File too large" }

    func release() {
        if isMount { _ = try? CLI.run([path], executable: URL(fileURLWithPath: "/bin/umount")) }
    }
}

/// A directory this process cannot write to. Root ignores permission bits, so for root it is a
/// read-only tmpfs mount (a real read-only file system); for anyone else, mode 0500.
struct ReadOnlyDirectory {
    let path: String
    let isMount: Bool

    init(in parent: URL) throws {
        path = parent.appendingPathComponent("read-only").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        isMount = getuid() == 0
        if isMount {
            let mount = try CLI.run(["-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", path], executable: URL(fileURLWithPath: "/bin/mount"))
            try #require(mount.status == 0, "as root, a read-only tmpfs is needed for this test: \(mount.stderr)")
        } else {
            chmod(path, 0o500)
        }
    }

    var expectedReason: String { isMount ? "it is on a read-only file system" : "it cannot be written (Permission denied)" }

    func release() {
        if isMount { _ = try? CLI.run([path], executable: URL(fileURLWithPath: "/bin/umount")) } else { chmod(path, 0o700) }
    }
}
