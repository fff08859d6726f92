@testable import DialogueCore
import Testing

/// Cases kept on one variable read, compare and hash as the same cases kept with their
/// conditions: a tool or a test cannot tell how a branch keeps them.
struct BranchCasesTests {
    static let conditions = [
        BranchCase(condition: .compare(.equal, .variable("track"), .literal(.choice("derm"))), target: "derm_plan"),
        BranchCase(condition: .compare(.equal, .variable("track"), .literal(.choice("ortho"))), target: "ortho_plan"),
    ]
    static let kept = BranchCases(variable: "track", literals: [.choice("derm"), .choice("ortho")], targets: ["derm_plan", "ortho_plan"])

    @Test func casesKeptOnOneVariableAreTheCasesTheirConditionsMake() {
        let listed = BranchCases(Self.conditions)
        #expect(Array(Self.kept) == Self.conditions)
        #expect(Self.kept == listed)
        #expect(Self.kept.hashValue == listed.hashValue)
        #expect(Self.kept.indices.map(Self.kept.target(at:)) == ["derm_plan", "ortho_plan"])
        let node = Node(id: "route", kind: .branch(Self.kept, fallback: "general"))
        #expect(node.successors == ["derm_plan", "ortho_plan", "general"])
        #expect((0...3).map(node.successor(at:)) == ["derm_plan", "ortho_plan", "general", nil])
        #expect(node == Node(id: "route", kind: .branch(listed, fallback: "general")))
    }

    @Test func theShapeOnOneVariableIsFoundOnlyWhenEveryCaseHasIt() {
        #expect(BranchCases.oneVariable(of: Self.conditions)?.variable == "track")
        #expect(BranchCases.oneVariable(of: Self.conditions)?.literals == [.choice("derm"), .choice("ortho")])
        // One case, another variable, or another comparison: kept with the conditions.
        #expect(BranchCases.oneVariable(of: Self.conditions.prefix(1)) == nil)
        let other = BranchCase(condition: .compare(.equal, .variable("year"), .literal(.integer(2))), target: "x")
        #expect(BranchCases.oneVariable(of: [Self.conditions[0], other]) == nil)
        let unequal = BranchCase(condition: .compare(.notEqual, .variable("track"), .literal(.choice("derm"))), target: "x")
        #expect(BranchCases.oneVariable(of: [Self.conditions[0], unequal]) == nil)
        #expect(!BranchCases(Self.conditions).isKeptOnOneVariable)
        #expect(BranchCases(Self.conditions).onOneVariable?.variable == "track")
    }
}
