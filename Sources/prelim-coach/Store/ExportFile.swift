import FoundationEssentials
import Glibc

/// Writes an export all at once: to a temporary file beside the target, owner-only (0600),
/// flushed to disk, then renamed over it, so that a reader never sees half a plan and an
/// interrupted write leaves the old file as it was.
enum ExportFile {
    static func write(_ text: String, to path: String) throws(CoachError) {
        let target = URL(fileURLWithPath: path)
        var template = Array((target.deletingLastPathComponent().path + "/." + target.lastPathComponent + ".XXXXXX").utf8CString)
        // mkstemp creates the file 0600, whatever the umask.
        let descriptor = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.map { mkstemp($0) } ?? -1 }
        guard descriptor >= 0 else { throw CoachError.exportUnwritable(path, String(cString: strerror(errno))) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var text = text
        let written = text.withUTF8 { FileDescriptor.writeAll(UnsafeRawBufferPointer($0), to: descriptor) } && fchmod(descriptor, 0o600) == 0 && fsync(descriptor) == 0
        let reason = String(cString: strerror(errno))
        guard close(descriptor) == 0, written else {
            unlink(temporary)
            throw CoachError.exportUnwritable(path, reason)
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw CoachError.exportUnwritable(path, reason)
        }
    }
}
