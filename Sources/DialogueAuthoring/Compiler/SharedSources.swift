import Synchronization

/// The dialogue files' texts while two threads read and hash them, each text let go as soon as
/// both its reader and the hash are done with it: a large graph's texts were all held until the
/// last file was read, beside every file's document, at the peak of the load.
///
/// `@unchecked`: a text is read by each of its two users before it says it is done, and let go
/// by the second to say so; the count it says so on orders the two (acquire and release).
final class SharedSources: @unchecked Sendable {
    let paths: [String]
    private let texts: UnsafeMutableBufferPointer<String?>
    /// For each file, how many of its two users (its reader, the hash) are not done with it.
    private let users: UnsafeMutablePointer<Atomic<UInt8>>

    init(_ sources: consuming [DialogueSource]) {
        paths = sources.map(\.path)
        texts = .allocate(capacity: paths.count)
        users = .allocate(capacity: paths.count)
        for index in paths.indices {
            (texts.baseAddress.map { $0 + index })?.initialize(to: sources[index].text)
            (users + index).initialize(to: Atomic(2))
        }
    }

    deinit {
        texts.deinitialize().deallocate()
        users.deinitialize(count: paths.count)
        users.deallocate()
    }

    var count: Int { paths.count }

    /// The text of file `index`; each user reads it before it says it is `done`.
    func text(at index: Int) -> String {
        texts[index] ?? ""
    }

    /// One user is done with file `index`; the second lets its text go.
    func done(with index: Int) {
        if users[index].subtract(1, ordering: .acquiringAndReleasing).newValue == 0 {
            texts[index] = nil
        }
    }

    /// The files' hash, each text let go (by this user) once it is mixed in.
    func hash() -> String {
        SourceHash.of(paths: paths) { index in
            defer { done(with: index) }
            return text(at: index)
        }
    }
}
