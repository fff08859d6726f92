import Foundation
import Testing

/// Export snapshots in `Tests/Snapshots/plan/`, compared byte for byte; re-recorded only on
/// purpose, with `RECORD_SNAPSHOTS=1`.
enum Snapshot {
    static let directory = PlanFixture.packageRoot.appendingPathComponent("Tests/Snapshots/plan")

    static func expect(_ text: String, matches name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let file = directory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
            return
        }
        guard let recorded = FileManager.default.contents(atPath: file.path) else {
            Issue.record("no snapshot \(name); record it with RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: recorded, as: UTF8.self)
        #expect(text == expected, "\(name) differs from its snapshot (\(firstDifference(text, expected)))", sourceLocation: sourceLocation)
    }

    private static func firstDifference(_ found: String, _ expected: String) -> String {
        let foundLines = found.components(separatedBy: "\n")
        let expectedLines = expected.components(separatedBy: "\n")
        for index in 0..<max(foundLines.count, expectedLines.count) {
            let now = index < foundLines.count ? foundLines[index] : "(end)"
            let then = index < expectedLines.count ? expectedLines[index] : "(end)"
            if now != then { return "line \(index + 1): now \"\(now)\", recorded \"\(then)\"" }
        }
        return "same lines"
    }
}
