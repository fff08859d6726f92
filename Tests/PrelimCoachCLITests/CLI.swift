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
