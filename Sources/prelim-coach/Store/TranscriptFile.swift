import DialogueCore
import FoundationEssentials
import Glibc

/// A transcript read from disk, with what is needed to continue writing it.
struct TranscriptFile {
    let path: String
    let transcript: Transcript
    /// Bytes up to the end of the last complete line (a torn last line lies beyond).
    let completeLength: Int
    /// The file's size when it was read, to notice another process writing to it since.
    let readLength: Int

    /// Largest transcript read: hundreds of sessions' worth. A larger file (or a device such as
    /// /dev/zero) is refused after reading one byte more, never read whole.
    static let maximumFileBytes = 64 << 20

    /// - Parameter keepingOutputs: `false` when only the session is rebuilt (`check --transcripts`):
    ///   output lines are checked as strictly but not kept, so `recordedEnding` knows nothing.
    static func read(_ url: URL, keepingOutputs: Bool = true) throws(CoachError) -> TranscriptFile {
        if let problem = FileErrorText.notAFile(url.path) {
            throw CoachError.transcriptUnreadable(url.path, problem == "it is a directory" ? "it is a directory, not a transcript" : problem)
        }
        let data: Data
        do {
            data = try BoundedFile.read(url.path, atMost: maximumFileBytes + 1)
        } catch {
            switch error {
            case .cannotOpen(let reason): throw CoachError.transcriptUnreadable(url.path, reason)
            case .unreadable(let reason): throw CoachError.transcriptUnreadable(url.path, reason)
            }
        }
        guard data.count <= maximumFileBytes else {
            throw CoachError.transcriptInvalid(url.path, line: 1, "the file is larger than 64 MiB; this is not a PrelimCoach transcript")
        }
        switch Transcript.read(data, keepingOutputs: keepingOutputs) {
        case .failure(let error):
            throw CoachError.transcriptInvalid(url.path, line: error.line, error.message)
        case .success(let transcript):
            let length = transcript.tornLine == nil ? data.count : (data.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0)
            return TranscriptFile(path: url.path, transcript: transcript, completeLength: length, readLength: data.count)
        }
    }

    /// How the session ended, from what was recorded: `nil` while it is still open.
    var recordedEnding: EndReason? { transcript.recordedEnding }

    var isFinished: Bool { recordedEnding == .finished }

    /// When the last event was written.
    var lastActivity: String { transcript.events.last?.event.at ?? transcript.header.startedAt }

    /// The notice for a torn last line, if there is one.
    var tornNotice: String? {
        transcript.tornLine.map { "note: line \($0) of \(path) was cut off mid-write (a crash or kill); it is left out" }
    }
}
