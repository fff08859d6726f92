import FoundationEssentials
import Glibc

/// Creates a directory and its missing parents owner-only (0700), saying which part of the path
/// failed and why: Foundation's own error names neither.
enum DirectoryMaker {
    /// - Parameter shown: the directory named in the error (the data directory the user set).
    static func make(_ path: String, shownAs shown: String) throws(CoachError) {
        var prefix = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            prefix += "/" + component
            var isDirectory = false
            if FileManager.default.fileExists(atPath: prefix, isDirectory: &isDirectory) {
                guard isDirectory else { throw CoachError.dataDirectory(shown, "\(prefix) is a file, not a directory") }
                continue
            }
            guard mkdir(prefix, 0o700) == 0 || errno == EEXIST else {
                let reason = errno == EROFS ? "\(prefix) is on a read-only file system" : "cannot create \(prefix) (\(String(cString: strerror(errno))))"
                throw CoachError.dataDirectory(shown, reason)
            }
            // mkdir's mode is cut by the umask; set it afterwards.
            guard chmod(prefix, 0o700) == 0 else { throw CoachError.dataDirectory(shown, String(cString: strerror(errno))) }
        }
    }
}
