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
        _ = text.withUTF8 { FileDescriptor.writeAll(UnsafeRawBufferPointer($0), to: descriptor) }
    }
}
