import Foundation
import Testing

/// Runs the built `prelim-coach` binary as a user would.
enum CLI {
    /// The binary beside the test bundle (`swift build` puts both in the same directory).
    static var binary: URL {
        let tests = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: tests).deletingLastPathComponent().appendingPathComponent("prelim-coach")
    }

    /// The package root, for the shipped dialogues.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static func run(
        _ arguments: [String], stdin: String = "", environment: [String: String] = [:],
        executable: URL? = nil, directory: URL? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = executable ?? binary
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = nil
        for (key, value) in environment { env[key] = value }
        process.environment = env
        if let directory { process.currentDirectoryURL = directory }
        let input = Pipe()
        let output = Pipe()
        let error = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        input.fileHandleForWriting.write(Data(stdin.utf8))
        try input.fileHandleForWriting.close()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A small dialogue that stays the same whatever happens to the advice.
    static let smallDialogues = packageRoot.appendingPathComponent("Tests/Fixtures/small-dialogues").path

    /// Answers to the small dialogue, one per question, in order.
    static let smallAnswers = ["Dana", "2", "251", "yes", "", "2026-07"]

    /// The JSON objects of a transcript's lines (header first).
    static func transcriptLines(_ path: String) throws -> [[String: Any]] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return try text.split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:]
        }
    }

    /// The typed answers recorded in a transcript, in order.
    static func typedAnswers(_ path: String) throws -> [String] {
        try transcriptLines(path).compactMap { line in
            guard line["kind"] as? String == "input", let input = line["input"] as? [String: Any],
                input["action"] as? String == "answered"
            else { return nil }
            return input["text"] as? String
        }
    }

    /// A fresh, empty data directory.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("prelim-coach-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func write(_ text: String, to name: String, in directory: URL) throws -> URL {
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }

    /// A whole profile of CONTENT.md: an answers file that runs a session to its end.
    static let fullProfile = """
        name: Dana Reyes
        hospital: St. Elsewhere Medical Center
        projects: a chart review of contrast reactions
        wellbeing: steady
        track: prelim_im
        target: derm
        step2_ck: 251
        step1_passed: yes
        class_standing: top
        target_research: some
        target_letters: 2
        advisor_feedback: borderline
        mentors_say_low: no
        prelim_setting: academic
        target_dept_here: yes
        prelim_start: 2026-07
        cycles_applied: 1
        willing_to_delay: yes
        research_year: yes
        limbo_years: 0
        mentor_advocates: yes
        new_story: no
        geo_flexible: yes
        motivation: the_field
        """
}
