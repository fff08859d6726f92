extension Transcript {
    /// How the recorded session ended, or `nil` while it is still open (never ended, or
    /// resumed since it last ended).
    public var recordedEnding: EndReason? {
        for (_, timed) in events.reversed() {
            switch timed.event {
            case .output(.ended(_, _, let reason)): return reason
            case .resumed: return nil
            default: continue
            }
        }
        return nil
    }
}
