import DialogueCore
import FuzzSupport

/// One input is one transcript file; one that reads is also rebuilt into a session against the
/// shipped dialogues and replayed, as `resume` and `replay --check` do.
@_cdecl("FuzzTranscript_main")
public func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzzTranscript)
}

private func fuzzTranscript(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    guard let start = bytes else { return 0 }
    guard case .success(let transcript) = Transcript.read(fuzzData(start, count)) else { return 0 }
    let engine = Engine(graph: shippedGraph)
    _ = SessionRebuild.rebuild(transcript, with: engine)
    _ = Replay.check(transcript, with: engine)
    return 0
}
