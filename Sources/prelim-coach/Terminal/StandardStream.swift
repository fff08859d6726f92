import Glibc

/// Standard output and standard error, written through the system's calls.
enum StandardStream {
    /// Writes `text` whole to standard output.
    static func output(_ text: String) {
        write(text, to: STDOUT_FILENO)
    }

    /// Writes `text` whole to standard error.
    static func error(_ text: String) {
        write(text, to: STDERR_FILENO)
    }

    /// Best effort: a stream closed by the reader loses what is left, as it would anyway.
    private static func write(_ text: String, to descriptor: Int32) {
        var text = text
        text.withUTF8 { bytes in
            var offset = 0
            while offset < bytes.count, let base = bytes.baseAddress {
                let written = Glibc.write(descriptor, base + offset, bytes.count - offset)
                if written < 0, errno == EINTR { continue }
                guard written > 0 else { return }
                offset += written
            }
        }
    }
}
