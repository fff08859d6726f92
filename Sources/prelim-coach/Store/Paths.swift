import Foundation

/// Where PrelimCoach keeps its data: `$PRELIM_COACH_HOME`, else `$XDG_DATA_HOME/prelim-coach`,
/// else `~/.local/share/prelim-coach`.
struct Paths {
    let dataDirectory: URL

    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        if let home = environment["PRELIM_COACH_HOME"], !home.isEmpty {
            dataDirectory = URL(fileURLWithPath: home)
        } else if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty {
            dataDirectory = URL(fileURLWithPath: xdg).appendingPathComponent("prelim-coach")
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            dataDirectory = URL(fileURLWithPath: home).appendingPathComponent(".local/share/prelim-coach")
        }
    }

    var historyFile: URL { dataDirectory.appendingPathComponent("history") }

    /// Creates the data directory owner-only (0700) and tightens it if it already exists.
    func prepareDataDirectory() throws(CoachError) {
        let path = dataDirectory.path
        do {
            try FileManager.default.createDirectory(
                atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            // The umask may have widened a directory created earlier by someone else's tool.
            guard chmod(path, 0o700) == 0 else { throw CoachError.dataDirectory(path, String(cString: strerror(errno))) }
        } catch let error as CoachError {
            throw error
        } catch {
            throw CoachError.dataDirectory(path, error.localizedDescription)
        }
    }
}
