@testable import DialogueCore
import Testing

/// The byte path for tags written as nearly every text writes them must read each as the
/// general path does, and leave every other tag to it.
struct TemplateTagTests {
    @Test(arguments: [
        "name", "#name", "^name", "/name", "&name", "{name", "first_name", "_x", "x1", "9lives", "#x_2", "a",
        "", " ", "!comment", "! name", " name", "name ", "# name", "#", "^", "{", "/ x", "x y", "na-me", "né",
        "\tname", ">partial", "=<% %>=", "%x", "$x", "<x", "#na me", "{name}", "x\n", "#\u{00A0}x",
    ])
    func thePlainPathReadsAsTheGeneralOne(_ content: String) {
        if let plain = TemplateTag.plainTag(content) {
            #expect(TemplateTag.readInGeneral(content) == .success(plain))
        }
        #expect(TemplateTag.read(content) == TemplateTag.readInGeneral(content))
    }

    @Test func theUsualTagsTakeThePlainPath() {
        #expect(TemplateTag.plainTag("name") == .value("name"))
        #expect(TemplateTag.plainTag("#name") == .open("name", inverted: false))
        #expect(TemplateTag.plainTag("^name") == .open("name", inverted: true))
        #expect(TemplateTag.plainTag("/name") == .close("name"))
        #expect(TemplateTag.plainTag("{name") == .value("name"))
        #expect(TemplateTag.plainTag(" name") == nil)
        #expect(TemplateTag.plainTag("#") == nil)
    }
}
