import ReaderCore
import Testing

@Suite("VisibleControls")
struct VisibleControlsTests {
    @Test(
        "C0 controls in caret notation, DEL as ^?",
        arguments: [
            ("\u{0}", "^@"), ("\u{1}", "^A"), ("\t", "^I"), ("\n", "^J"), ("\r", "^M"),
            ("\u{1B}", "^["), ("\u{1C}", "^\\"), ("\u{1F}", "^_"), ("\u{7F}", "^?")
        ] as [(String, String)])
    func caretNotation(control: String, shown: String) {
        #expect(VisibleControls.escape(control) == shown)
        #expect(VisibleControls.needsEscaping(control))
    }

    @Test(
        "C1 and bidi controls as U+XXXX",
        arguments: [
            ("\u{80}", "U+0080"), ("\u{85}", "U+0085"), ("\u{9B}", "U+009B"), ("\u{9F}", "U+009F"),
            ("\u{61C}", "U+061C"), ("\u{200E}", "U+200E"), ("\u{200F}", "U+200F"),
            ("\u{202A}", "U+202A"), ("\u{202E}", "U+202E"), ("\u{2066}", "U+2066"),
            ("\u{2069}", "U+2069")
        ] as [(String, String)])
    func codePointNotation(control: String, shown: String) {
        #expect(VisibleControls.escape(control) == shown)
        #expect(VisibleControls.needsEscaping(control))
    }

    @Test(
        "printable text, including neighbours of the escaped ranges, is unchanged",
        arguments: [
            "", "政绩观", "plain ASCII ~!@#^", "\u{A0}\u{A1}", "\u{200D}\u{200B}",
            "\u{2029}\u{2065}\u{206A}",
            "\u{202F}\u{061B}\u{061D}", "e\u{0301}", "\u{1F468}\u{200D}\u{1F469}", "“引号”——……"
        ])
    func unchanged(text: String) {
        #expect(!VisibleControls.needsEscaping(text))
        #expect(VisibleControls.escape(text) == text)
    }

    @Test("an escape sequence in a document becomes inert text")
    func terminalSequences() {
        let attack = "标题\u{1B}[2J\u{1B}]0;pwned\u{7}\u{9B}31m正文\u{202E}cba"
        let shown = VisibleControls.escape(attack)
        #expect(shown == "标题^[[2J^[]0;pwned^GU+009B31m正文U+202Ecba")
        #expect(!VisibleControls.needsEscaping(shown))
        #expect(shown.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F })
    }

    @Test("works on substrings")
    func substrings() {
        let text = "a\u{1B}b\u{1B}c"
        let middle = text.dropFirst(2).dropLast(2)
        #expect(middle == "b")
        #expect(!VisibleControls.needsEscaping(middle))
        #expect(VisibleControls.escape(text.dropFirst()) == "^[b^[c")
    }

    @Test("every scalar below U+00A0 except printable ASCII is escaped to printable ASCII")
    func exhaustiveLowRange() {
        for value in UInt32(0)..<0xA0 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(Character(scalar))
            let printable = value >= 0x20 && value < 0x7F
            #expect(
                VisibleControls.needsEscaping(text) == !printable, "U+\(String(value, radix: 16))")
            let shown = VisibleControls.escape(text)
            #expect(shown.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F })
            #expect(printable ? shown == text : shown.utf8.count >= 2)
        }
    }

    @Test("needsEscaping matches the documented set for every scalar, alone and after others")
    func needsEscapingOverTheBMP() {
        let bidi: Set<UInt32> = [
            0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E,
            0x2066, 0x2067, 0x2068, 0x2069
        ]
        var wrong: [UInt32] = []
        for value in UInt32(0)...0x10FFFF where value <= 0x2FFF || value % 61 == 0 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected = value < 0x20 || (0x7F...0x9F).contains(value) || bidi.contains(value)
            let alone = String(Character(scalar))
            let embedded = "中" + alone + "a"
            if VisibleControls.needsEscaping(alone) != expected
                || VisibleControls.needsEscaping(embedded) != expected
                || (VisibleControls.escape(embedded) == embedded) == expected
            {
                wrong.append(value)
            }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(20).map { String($0, radix: 16) })")
    }
}
