import Annotations
import Testing

@Suite("The note-text rule")
struct NoteTextTests {
    @Test(
        "white space at either end goes, inner line breaks stay",
        arguments: [
            ("批注", "批注"),
            ("  批注\n", "批注"),
            ("\u{3000}第一行\n第二行\u{3000}", "第一行\n第二行"),
            ("\r\n批注\r\n\r\n", "批注"),
            ("a  b", "a  b")
        ])
    func trimming(raw: String, stored: String) {
        #expect(NoteText.normalized(raw) == stored)
        #expect(NoteText.outcome(raw) == .text(stored))
    }

    @Test("nothing but white space is empty", arguments: ["", " ", "\n\n", "\u{3000}\t", "\r\n"])
    func empty(raw: String) {
        #expect(NoteText.normalized(raw) == nil)
        #expect(NoteText.outcome(raw) == .empty)
        #expect(NoteText.outcome(raw, replacing: "旧的") == .empty)
    }

    @Test("the same text after trimming is unchanged; another text replaces it")
    func unchanged() {
        #expect(NoteText.outcome("旧的批注\n", replacing: "旧的批注") == .unchanged)
        #expect(NoteText.outcome("旧的批注", replacing: " 旧的批注 ") == .unchanged)
        #expect(NoteText.outcome("新的批注", replacing: "旧的批注") == .text("新的批注"))
    }
}
