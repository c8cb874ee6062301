import BundledSpeech
import Testing

@testable import SpeechParser

/// The bundled speech, parsed once per test that needs it.
private func speech() throws -> Document {
    Document(parsing: try bundledSpeechText())
}

/// The path an address resolves to, or a description of what it resolved to instead.
private func resolvedPath(_ address: String, in document: Document, preferWithin: String? = nil) -> String {
    let scope = preferWithin.flatMap { document.nodeIndex(path: $0) }
    switch document.resolve(address: address, preferWithin: scope) {
    case .node(let index): return document.nodes[index].path
    case .ambiguous(let candidates):
        return "ambiguous " + candidates.map { document.nodes[$0].path }.joined(separator: ",")
    case .notFound: return "not found"
    case .malformed: return "malformed"
    }
}

@Suite("Addresses in the document's own terms")
struct AddressTests {
    @Test(
        "numbering as written resolves in the bundled speech",
        arguments: [
            ("1.2", "1.2"), ("一", "1"), ("一、", "1"), ("一(二)", "1.2"), ("一（二）", "1.2"), ("一(二)二是", "1.2.2"),
            ("一（二）二是", "1.2.2"), ("一.二.二", "1.2.2"), ("一 (二) 二", "1.2.2"), ("一三", "1.3"),
            ("一、（三）三是", "1.3.3"), ("二(一)", "2.1"), ("二（二）三是", "2.2.3"), ("二", "2"), ("preamble", "preamble"),
            ("开篇", "preamble"), ("导语", "preamble"), ("closing", "closing"), ("结语", "closing"), ("结尾", "closing"),
            ("１(二)", "not found"), ("三(二)2", "not found"), ("第一部分", "not found"), ("9.9", "not found")
        ])
    func resolvesInSpeech(address: String, expected: String) throws {
        #expect(resolvedPath(address, in: try speech()) == expected)
    }

    @Test(
        "what is not an address is malformed",
        arguments: ["", "  ", "abc", "1..2", "1.", "0", "1.0", "preamble.1", "一(", "(二", "容错", "-1", "\u{1B}[2J"])
    func malformed(address: String) throws {
        #expect(resolvedPath(address, in: try speech()) == "malformed")
    }

    @Test("an ambiguous form returns every candidate; preferWithin picks the one in the reader's section")
    func ambiguity() throws {
        let document = try speech()
        #expect(resolvedPath("(一)", in: document) == "ambiguous 1.1,2.1")
        #expect(resolvedPath("（二）一是", in: document) == "ambiguous 1.2.1,2.2.1")
        #expect(resolvedPath("二是", in: document) == "ambiguous 1.1.2,1.2.2,1.3.2,2.1.2,2.2.2,2.3.2")
        #expect(resolvedPath("(一)", in: document, preferWithin: "2.3.1") == "2.1")
        #expect(resolvedPath("(一)", in: document, preferWithin: "1") == "1.1")
        #expect(resolvedPath("二是", in: document, preferWithin: "1.3") == "1.3.2")
        #expect(resolvedPath("二是", in: document, preferWithin: "1.3.3") == "1.3.2", "the nearest enclosing section")
        // Inside the section that holds several, they stay ambiguous, narrowed to that section.
        #expect(resolvedPath("二是", in: document, preferWithin: "2") == "ambiguous 2.1.2,2.2.2,2.3.2")
        #expect(resolvedPath("(一)", in: document, preferWithin: "preamble") == "ambiguous 1.1,2.1")
    }

    @Test("full-width forms, Arabic numbering and 第…部分 in a document of all four levels")
    func fourLevels() {
        let document = parse(
            """
            一、指导思想
            （一）总体要求
            1．坚持原则
            （1）第一项
            （2）第二项
            2．统筹兼顾
            ①甲
            ②乙
            （二）基本原则
            二、主要任务
            """)
        #expect(resolvedPath("一(一)1(2)", in: document) == "1.1.1.2")
        #expect(resolvedPath("一（一）１．（２）", in: document) == "1.1.1.2")
        #expect(resolvedPath("一(一)2", in: document) == "1.1.2")
        #expect(resolvedPath("一(一)2②", in: document) == "1.1.2.2")
        #expect(resolvedPath("一、1、", in: document) == "1.1.1")
        #expect(resolvedPath("二、", in: document) == "2")
        #expect(resolvedPath("(二)", in: document) == "1.2")
        let parts = parse("第一部分　总则\n一、指导思想\n第二部分　分则\n一、主要任务\n")
        #expect(resolvedPath("第二部分", in: parts) == "3")
        #expect(resolvedPath("第二", in: parts) == "3")
        #expect(resolvedPath("一、", in: parts) == "ambiguous 2,4")
    }

    @Test("regulations: 第X条 and 第X章第Y条 match markers by numeral value and unit")
    func articles() throws {
        // The parser does not produce 第X章/第X条 nodes yet; the marker reading is checked directly.
        #expect(MarkerNumber(marker: "第十条") == MarkerNumber(family: .ordinal(unit: "条"), value: 10))
        #expect(MarkerNumber(marker: "第一百零五条") == MarkerNumber(family: .ordinal(unit: "条"), value: 105))
        #expect(MarkerNumber(marker: "第二章") == MarkerNumber(family: .ordinal(unit: "章"), value: 2))
        #expect(MarkerNumber(marker: "第一，") == MarkerNumber(family: .ordinal(unit: ""), value: 1))
        let parsed = try #require(AddressParser.parse("第二章第三条"))
        #expect(
            parsed
                == .numbering([
                    AddressComponent(pattern: .family(.ordinal(unit: "章")), value: 2),
                    AddressComponent(pattern: .family(.ordinal(unit: "条")), value: 3)
                ]))
        #expect(
            AddressParser.parse("第十条")
                == .numbering([AddressComponent(pattern: .family(.ordinal(unit: "条")), value: 10)]))
        #expect(AddressParser.parse("第10条") == AddressParser.parse("第十条"))
        let third = AddressComponent(pattern: .anyOrdinal, value: 3)
        #expect(third.matches(MarkerNumber(family: .ordinal(unit: "条"), value: 3)))
        #expect(!third.matches(MarkerNumber(family: .chineseComma, value: 3)))
    }

    @Test("requirements in the 第一，/首先， families answer to their own form")
    func ordinalRequirements() {
        let document = parse("一、总体\n第一，要学习。第二，要实践。第三，要总结。\n二、其他\n首先，甲。其次，乙。最后，丙。\n")
        #expect(resolvedPath("一第二", in: document) == "1.2")
        #expect(resolvedPath("一第二，", in: document) == "1.2")
        #expect(resolvedPath("一二", in: document) == "1.2")
        #expect(resolvedPath("二其次", in: document) == "2.2")
        #expect(resolvedPath("最后", in: document) == "2.3")
    }

    @Test("Chinese numerals: longest well-formed reading, years refused")
    func numerals() {
        func value(_ text: String) -> Int? {
            let values = AddressScalars.fold(text)
            return AddressNumeral.chineseValue(values[...])
        }
        #expect(value("十") == 10)
        #expect(value("十一") == 11)
        #expect(value("二十") == 20)
        #expect(value("九十九") == 99)
        #expect(value("一百零五") == 105)
        #expect(value("一千零五十") == 1050)
        #expect(value("一二") == nil)
        #expect(value("二〇二二") == nil)
        #expect(value("零") == nil)
        #expect(value("一百零") == nil)
        #expect(AddressNumeral.readChinese(AddressScalars.fold("一二是"), at: 0)?.end == 1)
    }
}
