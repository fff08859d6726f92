import FoundationEssentials
import Glibc

/// The saved sessions: one transcript file each in `<data>/sessions/`, named by session id.
struct SessionStore {
    let directory: URL

    init(paths: Paths) {
        directory = paths.dataDirectory.appendingPathComponent("sessions")
    }

    /// Creates the sessions directory owner-only (0700), whatever the umask.
    func prepare() throws(CoachError) {
        var isDirectory = false
        if FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory {
            return try Paths.requireWritable(directory.path)
        }
        try DirectoryMaker.make(directory.path, shownAs: directory.path)
    }

    /// A new session id: its start time, sortable, and a random suffix.
    static func newID(at time: LocalTime = LocalTime()) -> String {
        let suffix = String(UInt16.random(in: 0...UInt16.max), radix: 16)
        return time.compact + "-" + String(repeating: "0", count: 4 - suffix.count) + suffix
    }

    func file(for id: String) -> URL { directory.appendingPathComponent(id + ".jsonl") }

    /// What continues the session saved at `path`: its id when it is one of ours, else the file.
    func resumeCommand(for path: String) -> String {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        if url.deletingLastPathComponent().path == directory.standardizedFileURL.path, url.pathExtension == "jsonl" {
            return "prelim-coach resume " + url.deletingPathExtension().lastPathComponent
        }
        let quoted = path.contains(where: { !($0.isLetter || $0.isNumber || "/._-+".contains($0)) })
            ? "'" + path.replacingEvery("'", with: "'\\''") + "'" : path
        return "prelim-coach resume " + quoted
    }

    /// Saved transcripts, oldest first.
    func all() -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".jsonl") }.sorted().map { directory.appendingPathComponent($0) }
    }

    /// A session named by id (or a unique start of one), or a transcript file's path.
    func resolve(_ name: String) throws(CoachError) -> URL {
        if name.contains("/") || name.hasSuffix(".jsonl") || FileManager.default.fileExists(atPath: name) {
            guard FileManager.default.fileExists(atPath: name) else { throw CoachError.sessionNotFound(name, []) }
            return URL(fileURLWithPath: name)
        }
        let ids = all().map { $0.deletingPathExtension().lastPathComponent }
        let matches = ids.filter { $0.hasPrefix(name) }
        guard matches.count == 1, let id = matches.first else { throw CoachError.sessionNotFound(name, ids) }
        return file(for: id)
    }
}
