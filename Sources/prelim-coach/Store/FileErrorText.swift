import FoundationEssentials
import Glibc

/// Words for a failed file operation. Foundation's own description is often only
/// "The operation could not be completed"; the system's reason (errno) says what happened.
enum FileErrorText {
    static func describe(_ error: Error) -> String {
        if let posix = error as? POSIXError { return String(cString: strerror(posix.code.rawValue)) }
        guard let cocoa = error as? CocoaError else { return "\(error)" }
        if let underlying = cocoa.underlying as? POSIXError { return String(cString: strerror(underlying.code.rawValue)) }
        switch cocoa.code {
        case .fileReadNoSuchFile, .fileNoSuchFile: return "no such file"
        case .fileReadNoPermission, .fileWriteNoPermission: return "permission denied"
        case .fileReadInvalidFileName: return "not a file name"
        default: return "\(error)"
        }
    }

    /// Why `path` cannot be read as a file, checked before opening it: `nil` when it is a file.
    static func notAFile(_ path: String) -> String? {
        var isDirectory = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return "no such file" }
        return isDirectory ? "it is a directory" : nil
    }
}
