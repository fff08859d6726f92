import DialogueCore
import Testing

/// An option keeps its own text and aliases, and one without them reads as its label.
struct ChoiceOptionTests {
    @Test func anOptionWithoutATextOfItsOwnReadsAsItsLabel() {
        let plain = ChoiceOption(key: "im", label: "Internal medicine")
        #expect(plain.text == "Internal medicine")
        #expect(plain.aliases.isEmpty)
        let sameText = ChoiceOption(key: "im", label: "Internal medicine", text: "Internal medicine")
        #expect(sameText == plain)
        #expect(Set([sameText, plain]).count == 1)
    }

    @Test func anOptionKeepsItsOwnTextAndAliases() {
        let own = ChoiceOption(key: "im", label: "Internal medicine", text: "internal medicine", aliases: ["medicine", "im"])
        #expect(own.text == "internal medicine")
        #expect(own.aliases == ["medicine", "im"])
        #expect(own != ChoiceOption(key: "im", label: "Internal medicine", aliases: ["medicine", "im"]))
        #expect(own != ChoiceOption(key: "im", label: "Internal medicine", text: "internal medicine"))
    }
}
