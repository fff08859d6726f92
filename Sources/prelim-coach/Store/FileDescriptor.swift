import Glibc

/// Writing through the system's calls, which may take part of what they are given.
enum FileDescriptor {
    /// Writes every byte of `bytes` to `descriptor`, again after a partial write or a signal;
    /// `false` when the system refuses (errno says why), after what it took.
    static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Bool {
        var offset = 0
        while offset < bytes.count, let base = bytes.baseAddress {
            let written = write(descriptor, base + offset, bytes.count - offset)
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { return false }
            offset += written
        }
        return true
    }
}
