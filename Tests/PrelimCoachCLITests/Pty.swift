import Foundation
import PtySupport
import Testing

/// The binary on a pseudo-terminal, so that readline is active: keys in, screen text out.
final class Pty {
    private let master: Int32
    private let pid: pid_t
    /// Every byte the program wrote to the terminal.
    private var output: [UInt8] = []
    /// Where the next `expect` starts looking: just after the previous match.
    private var cursor = 0

    init(arguments: [String], environment: [String: String]) throws {
        var env = ProcessInfo.processInfo.environment
        env["TERM"] = "xterm"
        env["NO_COLOR"] = nil
        for (key, value) in environment { env[key] = value }
        let argv = ([CLI.binary.path] + arguments).map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var child: pid_t = 0
        master = pc_spawn_on_pty(CLI.binary.path, argv, envp, &child)
        guard master >= 0 else { throw PtyError.setup("cannot start the binary on a pseudo-terminal") }
        pid = child
    }

    enum PtyError: Error {
        case setup(String)
        case timeout(String, String)
    }

    /// The terminal's local flags (`c_lflag`) as the program has set them.
    func terminalFlags() throws -> tcflag_t {
        var settings = termios()
        guard tcgetattr(master, &settings) == 0 else { throw PtyError.setup("tcgetattr failed") }
        return settings.c_lflag
    }

    func signal(_ number: Int32) {
        kill(pid, number)
    }

    func send(_ keys: String) {
        let bytes = Array(keys.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Reads until `text` appears after the previous match; returns the text up to and including it.
    @discardableResult
    func expect(_ text: String, timeout: TimeInterval = 10) throws -> String {
        let needle = Array(text.utf8)
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let end = Self.find(needle, in: output, from: cursor) {
                defer { cursor = end }
                return String(decoding: output[cursor..<end], as: UTF8.self)
            }
            readAvailable(waitMilliseconds: 100)
        }
        throw PtyError.timeout(text, String(decoding: output[cursor...], as: UTF8.self))
    }

    /// The index just past the first occurrence of `needle` at or after `start`.
    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        var index = start
        while index + needle.count <= haystack.count {
            if haystack[index..<(index + needle.count)].elementsEqual(needle) { return index + needle.count }
            index += 1
        }
        return nil
    }

    private func readAvailable(waitMilliseconds: Int32) {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, waitMilliseconds) > 0 else { return }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = read(master, &buffer, buffer.count)
        if count > 0 { output += buffer[0..<count] }
    }

    /// Waits for the process to exit and returns its exit status.
    func waitForExit(timeout: TimeInterval = 10) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        var status: Int32 = 0
        while Date() < deadline {
            readAvailable(waitMilliseconds: 50)
            if waitpid(pid, &status, WNOHANG) == pid { return (status >> 8) & 0xff }
        }
        kill(pid, SIGKILL)
        throw PtyError.timeout("exit", String(decoding: output, as: UTF8.self))
    }

    deinit {
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        close(master)
    }
}
