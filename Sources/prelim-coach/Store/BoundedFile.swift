import FoundationEssentials
import Glibc

/// Reads a file through the system's calls, never more than a limit: a huge file (or a device
/// such as /dev/zero) is never read whole.
enum BoundedFile {
    /// Why a file gave no bytes.
    enum Failure: Error {
        /// It could not be opened (missing, not permitted); the system's reason.
        case cannotOpen(String)
        /// It was opened, and reading it failed; the system's reason.
        case unreadable(String)
    }

    /// At most `limit` bytes from the start of the file at `path`.
    static func read(_ path: String, atMost limit: Int) throws(Failure) -> Data {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .cannotOpen(String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: min(limit, initialSize(of: descriptor)))
        var count = 0
        while count < limit {
            if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: min(limit, bytes.count * 2) - bytes.count)) }
            let got = bytes.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress.map { $0 + count }, $0.count - count) }
            if got == 0 { break }
            if got < 0 {
                if errno == EINTR { continue }
                throw .unreadable(String(cString: strerror(errno)))
            }
            count += got
        }
        // From the buffer's memory at once: `Data` made from a slice copied it byte by byte,
        // a million instructions for the dialogues at every start.
        return bytes.withUnsafeBufferPointer { Data(buffer: UnsafeBufferPointer(rebasing: $0[0..<count])) }
    }

    /// A regular file's size and one byte more, so that its end is seen without growing the
    /// buffer; 64 KiB for anything else (a pipe, a device), doubled as it fills.
    private static func initialSize(of descriptor: Int32) -> Int {
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return 1 << 16 }
        return max(Int(status.st_size), 0) + 1
    }
}
