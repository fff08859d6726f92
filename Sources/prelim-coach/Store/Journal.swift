import DialogueCore
import FoundationEssentials
import Glibc

/// Appends a session's events to its transcript and forces them to disk before the next prompt.
///
/// The file is created owner-only (0600) and locked while the session runs, so that two
/// processes never write to one transcript.
final class Journal {
    let path: String
    private let descriptor: Int32
    private var buffer: [String] = []
    private let clock: () -> String

    /// Starts a new transcript; an existing file is never overwritten.
    static func create(at path: String, header: TranscriptHeader, clock: @escaping () -> String) throws(CoachError) -> Journal {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_APPEND | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            if errno == EEXIST { throw CoachError.transcriptExists(path) }
            throw CoachError.transcriptUnwritable(path, String(cString: strerror(errno)))
        }
        let journal = try Journal(path: path, descriptor: descriptor, clock: clock)
        journal.buffer.append(TranscriptCoding.line(for: header))
        do {
            try journal.commit()
        } catch {
            // A file without its whole header is no session: leave nothing half-made behind.
            unlink(path)
            throw error
        }
        syncDirectory(of: path)
        return journal
    }

    /// Makes the new file's name durable too, not only its bytes: without it a power cut could
    /// keep the data but lose the directory entry. Best effort: some file systems refuse.
    private static func syncDirectory(of path: String) {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        close(descriptor)
    }

    /// Continues an existing transcript, cutting off a torn last line first.
    /// - Parameter readLength: the file's size when it was read; if another process wrote to it
    ///   since (and has let go of it), what was read is stale and nothing is cut.
    static func reopen(at path: String, keepingBytes length: Int, readLength: Int, clock: @escaping () -> String) throws(CoachError) -> Journal {
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CLOEXEC)
        guard descriptor >= 0 else { throw CoachError.transcriptUnwritable(path, String(cString: strerror(errno))) }
        let journal = try Journal(path: path, descriptor: descriptor, clock: clock)
        var status = stat()
        guard fstat(descriptor, &status) == 0, Int(status.st_size) == readLength else {
            throw CoachError.transcriptLocked(path)
        }
        guard ftruncate(descriptor, off_t(length)) == 0 else { throw CoachError.transcriptUnwritable(path, String(cString: strerror(errno))) }
        return journal
    }

    private init(path: String, descriptor: Int32, clock: @escaping () -> String) throws(CoachError) {
        self.path = path
        self.descriptor = descriptor
        self.clock = clock
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw errno == EWOULDBLOCK ? CoachError.transcriptLocked(path) : CoachError.transcriptUnwritable(path, String(cString: strerror(errno)))
        }
        // A permissive umask cannot loosen the file: set the mode explicitly.
        fchmod(descriptor, 0o600)
    }

    deinit {
        close(descriptor)
    }

    /// Queues events to be written at the next `commit`.
    func record(_ events: [TranscriptEvent]) {
        let at = clock()
        for event in events { buffer.append(TranscriptCoding.line(for: TimedEvent(event, at: at))) }
    }

    /// Writes the queued lines and waits until they are on disk.
    func commit() throws(CoachError) {
        guard !buffer.isEmpty else { return }
        var bytes = Array(buffer.map { $0 + "\n" }.joined().utf8)
        buffer.removeAll()
        guard bytes.withUnsafeBytes({ FileDescriptor.writeAll($0, to: descriptor) }) else {
            throw CoachError.transcriptUnwritable(path, String(cString: strerror(errno)))
        }
        bytes.removeAll()
        guard fsync(descriptor) == 0 else { throw CoachError.transcriptUnwritable(path, String(cString: strerror(errno))) }
    }
}
