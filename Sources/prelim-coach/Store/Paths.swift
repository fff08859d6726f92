import FoundationEssentials
import Glibc

/// Where PrelimCoach keeps its data: `$PRELIM_COACH_HOME`, else `$XDG_DATA_HOME/prelim-coach`,
/// else `~/.local/share/prelim-coach`.
struct Paths {
    let dataDirectory: URL

    init(environment: [String: String] = Environment.current) {
        if let home = environment["PRELIM_COACH_HOME"], !home.isEmpty {
            dataDirectory = URL(fileURLWithPath: home)
        } else if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty {
            dataDirectory = URL(fileURLWithPath: xdg).appendingPathComponent("prelim-coach")
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? FileManager.default.homeDirectoryForCurrentUser.path
            dataDirectory = URL(fileURLWithPath: home).appendingPathComponent(".local/share/prelim-coach")
        }
    }

    /// Refuses a directory this process cannot create files in (read-only file system or
    /// permissions), before a session starts rather than at its first answer.
    static func requireWritable(_ path: String) throws(CoachError) {
        guard access(path, W_OK | X_OK) != 0 else { return }
        let reason = errno == EROFS ? "it is on a read-only file system" : "it cannot be written (\(String(cString: strerror(errno))))"
        throw CoachError.dataDirectory(path, reason)
    }

    var historyFile: URL { dataDirectory.appendingPathComponent("history") }

    /// Creates the data directory owner-only (0700), whatever the umask. A directory that
    /// already exists is left as it is (it may be shared, such as a home directory); the
    /// returned warning says when others can read it.
    func prepareDataDirectory() throws(CoachError) -> String? {
        let path = dataDirectory.path
        // One stat, not FileManager's attributes: those look up the owner's name, which costs
        // more than the rest of the check before the first question.
        var status = stat()
        if stat(path, &status) == 0 {
            guard status.st_mode & S_IFMT == S_IFDIR else { throw CoachError.dataDirectory(path, "it is a file, not a directory") }
            try Self.requireWritable(path)
            let mode = Int(status.st_mode & 0o7777)
            guard mode & 0o077 != 0 else { return nil }
            return "the data directory \(path) can be read by others (mode \(String(mode, radix: 8))); its files are kept owner-only"
        }
        try DirectoryMaker.make(path, shownAs: path)
        return nil
    }
}
