import DialogueCore
import Testing

/// Every format for every fixture user, and the redacted and unfinished variants, byte for byte.
struct PlanSnapshotTests {
    @Test(arguments: PlanFixture.users)
    func everyFormatMatchesItsSnapshot(_ user: PlanFixture.User) throws {
        let plan = try PlanFixture.plan(user)
        try Snapshot.expect(MarkdownExport.render(plan), matches: "\(user.id).md")
        try Snapshot.expect(HTMLExport.render(plan), matches: "\(user.id).html")
        try Snapshot.expect(ICSExport.render(plan), matches: "\(user.id).ics")
    }

    @Test(arguments: [RedactionLevel.sensitive, .all])
    func redactedPlansMatchTheirSnapshots(_ level: RedactionLevel) throws {
        let plan = try PlanFixture.plan(PlanFixture.dana, redaction: level)
        try Snapshot.expect(MarkdownExport.render(plan), matches: "dana-redact-\(level.rawValue).md")
        try Snapshot.expect(HTMLExport.render(plan), matches: "dana-redact-\(level.rawValue).html")
        try Snapshot.expect(ICSExport.render(plan), matches: "dana-redact-\(level.rawValue).ics")
    }

    @Test func anUnfinishedPlanMatchesItsSnapshot() throws {
        let plan = try PlanFixture.plan(PlanFixture.sam)
        try Snapshot.expect(MarkdownExport.render(plan), matches: "sam-unfinished.md")
        try Snapshot.expect(HTMLExport.render(plan), matches: "sam-unfinished.html")
    }
}
