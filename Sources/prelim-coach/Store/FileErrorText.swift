import Foundation

/// Words for a failed file operation. Foundation's own description is often only
/// "The operation could not be completed"; the system's reason (errno) says what happened.
enum FileErrorText {
    static func describe(_ error: Error) -> String {
        let nsError = error as NSError
        if nsError.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(nsError.code))) }
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        switch nsError.code {
        case NSFileReadNoSuchFileError, NSFileNoSuchFileError: return "no such file"
        case NSFileReadNoPermissionError, NSFileWriteNoPermissionError: return "permission denied"
        case NSFileReadInvalidFileNameError: return "not a file name"
        default: return nsError.localizedDescription
        }
    }

    /// Why `path` cannot be read as a file, checked before opening it: `nil` when it is a file.
    static func notAFile(_ path: String) -> String? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return "no such file" }
        return isDirectory.boolValue ? "it is a directory" : nil
    }
}
