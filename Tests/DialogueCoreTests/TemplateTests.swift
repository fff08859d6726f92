import DialogueCore
import Testing

/// How dialogue texts render: the rules authors have relied on since the texts were Mustache,
/// including where a tag alone on its line takes the line with it.
@Suite struct TemplateTests {
    private let values: [String: TemplateValue] = [
        "name": TemplateValue(text: "Dana"),
        "target": TemplateValue(text: "dermatology"),
        "willing": TemplateValue(text: "yes"),
        "declined": TemplateValue(text: "no", isAbsent: true),
        "skipped": .missing("your hospital"),
    ]

    private func rendered(_ text: String) -> String? {
        guard case .success(let template) = Template.compile(text) else { return nil }
        return template.render(values)
    }

    @Test(arguments: [
        ("Plain text, {curly} and } alone.", "Plain text, {curly} and } alone."),
        ("Hello {{name}}, about {{ target }}.", "Hello Dana, about dermatology."),
        ("{{{name}}} and {{&name}} are not escaped: {{target}}", "Dana and Dana are not escaped: dermatology"),
        ("At {{skipped}}.", "At [your hospital]."),
        ("{{#willing}}Yes, {{name}}.{{/willing}}{{^willing}}No.{{/willing}}", "Yes, Dana."),
        ("{{#declined}}shown{{/declined}}{{^declined}}hidden section shown{{/declined}}", "hidden section shown"),
        ("{{#skipped}}x{{/skipped}}{{^skipped}}no answer{{/skipped}}", "no answer"),
        ("a {{! a note for authors }}b", "a b"),
        ("Only a note: {{! hidden }}", "Only a note: "),
        ("<b>&'\"</b> {{name}}", "<b>&'\"</b> Dana"),
    ])
    func rendersValuesAndSections(text: String, expected: String) {
        #expect(rendered(text) == expected)
    }

    /// A section tag alone on a line (after the first) removes that line; on the first line, or
    /// beside text, it does not. Existing dialogue texts were written against these rules.
    @Test(arguments: [
        ("Intro\n{{#willing}}\nshown\n{{/willing}}\nend", "Intro\nshown\nend"),
        ("Intro\n  {{#declined}}\nhidden\n  {{/declined}}\nend", "Intro\nend"),
        ("Intro\n\t{{^declined}}  \nshown\n{{/declined}}", "Intro\nshown\n"),
        ("{{#willing}}\nfirst line\n{{/willing}}\nafter", "\nfirst line\nafter"),
        ("Intro\n{{! note }}\nend", "Intro\nend"),
        ("Intro\n  {{! note }} text\nend", "Intro\n   text\nend"),
        ("a\n{{#willing}}x{{/willing}}\nb", "a\nx\nb"),
        ("a\n  {{name}}\nb", "a\n  Dana\nb"),
        ("a\r\n{{#willing}}\r\nshown\r\n{{/willing}}\r\nb", "a\r\nshown\r\nb"),
        ("a\n{{#willing}}\nb\n{{/willing}}", "a\nb\n"),
        ("a\n{{#willing}}\nb\n{{/willing}}  ", "a\nb\n"),
        ("\n{{name}}", "Dana"),
        ("  \n{{name}}", "Dana"),
        ("  \nx", "  \nx"),
    ])
    func standaloneLines(text: String, expected: String) {
        #expect(rendered(text) == expected)
    }

    @Test func placeholdersAreListedOnceInOrderOfFirstUse() throws {
        let template = try Template.compile("{{#willing}}{{name}}{{/willing}} {{target}} {{name}} {{^declined}}{{/declined}}").get()
        #expect(template.placeholders == ["willing", "name", "target", "declined"])
    }

    @Test(arguments: [
        ("Hi {{name", 1, 4, "'{{' is never closed by '}}'"),
        ("Hi\n  {{> partial}}", 2, 3, "partials and blocks ('{{>') are not supported in dialogue texts"),
        ("{{=<% %>=}}", 1, 1, "'{{=' changes how the template is read and is not supported in dialogue texts"),
        ("x {{}}", 1, 3, "an empty tag"),
        ("{{na-me}}", 1, 1, "'na-me' is not a variable name"),
        ("é {{#willing}}open", 1, 3, "the section '{{#willing}}' is never closed"),
        ("{{/willing}}", 1, 1, "'{{/willing}}' closes no open section"),
        ("{{#willing}}x{{/name}}", 1, 14, "'{{/name}}' does not close the open section '{{#willing}}' (line 1, column 1)"),
        ("{{{name}}", 1, 1, "'{{{name}}' needs a third '}' to close it"),
        ("{{ #willing}}", 1, 1, "nothing may stand between '{{' and '#'"),
    ])
    func malformedTextsAreRefusedWithTheirPlace(text: String, line: Int, column: Int, message: String) {
        guard case .failure(let error) = Template.compile(text) else {
            Issue.record("'\(text)' compiled")
            return
        }
        #expect(error.line == line)
        #expect(error.column == column)
        #expect(error.message == message)
    }
}

/// A text that reads no variable is shown the same in every session, without its comments.
@Suite struct FixedTextTests {
    @Test func aTextWithoutPlaceholdersIsShownWithoutItsComments() throws {
        #expect(try Template.compile("Plain words.").get().fixedText == "Plain words.")
        #expect(try Template.compile("Note {{! for authors }}done.\n{{! alone }}\nEnd.").get().fixedText == "Note done.\nEnd.")
        #expect(try Template.compile("Hi {{name}}.").get().fixedText == nil)
    }
}

/// A `{{` is found wherever it stands: a text that has one is parsed (and an unclosed one
/// refused), one that has none is shown as written.
@Suite struct TagDetectionTests {
    @Test(arguments: ["{{", "a{{", "ab{{", "{{x", "a {{x", "x{{y}}", "{{y}}", "é{{", "éa{{"])
    func anOpeningIsFoundAtEitherParity(_ text: String) {
        #expect(throws: TemplateError.self) { try Template.compile(text.hasSuffix("}}") ? text + "{{" : text).get() }
    }

    @Test(arguments: ["", "{", "a{", "{a{", "{ {", "a}{b", "}}", "{a}{b}"])
    func textWithoutAnOpeningIsShownAsWritten(_ text: String) throws {
        #expect(try Template.compile(text).get().fixedText == text)
    }
}
