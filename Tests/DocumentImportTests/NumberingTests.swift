import Testing

@testable import DocumentImport

@Suite("Word and ODF numbering")
struct NumberingTests {
    @Test(
        "every number format a Chinese document uses",
        arguments: [
            ("decimal", 12, "12"), ("decimalFullWidth", 12, "１２"), ("decimalEnclosedCircle", 3, "③"),
            ("decimalEnclosedCircle", 21, "㉑"), ("chineseCounting", 10, "一〇"), ("chineseCountingThousand", 10, "十"),
            ("chineseCountingThousand", 11, "十一"), ("chineseCountingThousand", 20, "二十"),
            ("chineseCountingThousand", 105, "一百零五"), ("taiwaneseCountingThousand", 3, "三"),
            ("taiwaneseCounting", 2, "二"), ("ideographTraditional", 3, "丙"), ("lowerLetter", 28, "bb"),
            ("upperLetter", 2, "B"), ("lowerRoman", 14, "xiv"), ("upperRoman", 9, "IX"), ("none", 3, ""),
            ("bullet", 3, ""), ("somethingNew", 4, "4")
        ])
    func wordFormats(name: String, number: Int, expected: String) {
        #expect(NumberFormat(word: name).render(number) == expected)
    }

    @Test("ODF formats by their sample")
    func odfFormats() {
        #expect(NumberFormat(odf: "一, 二, 三, ...").render(4) == "四")
        #expect(NumberFormat(odf: "1").render(4) == "4")
        #expect(NumberFormat(odf: "①, ②, ③, ...").render(2) == "②")
        #expect(NumberFormat(odf: "甲, 乙, 丙, ...").render(2) == "乙")
        #expect(NumberFormat(odf: "").render(2) == "")
    }

    /// 一、 / （一） as LibreOffice writes them: style-linked levels of one abstract list.
    static func headings() -> WordNumbering {
        var numbering = WordNumbering()
        numbering.abstracts["1"] = [
            0: .init(format: NumberFormat(word: "taiwaneseCountingThousand"), text: "%1、", style: "Heading1"),
            1: .init(format: NumberFormat(word: "taiwaneseCountingThousand"), text: "（%2）", style: "Heading2"),
            2: .init(format: .decimal, text: "%3.")
        ]
        numbering.instances["1"] = .init(abstractID: "1")
        numbering.instances["2"] = .init(abstractID: "1", startOverrides: [1: 1])
        return numbering
    }

    @Test("deeper levels restart when a shallower one advances")
    func restarts() {
        var state = WordListState(numbering: Self.headings())
        let markers = [0, 1, 1, 2, 2, 1, 2, 0, 1].map { state.marker(numberingID: "1", level: $0) }
        #expect(markers == ["一、", "（一）", "（二）", "1.", "2.", "（三）", "1.", "二、", "（一）"])
    }

    @Test("a start override restarts the shared list where its instance is first used")
    func startOverride() {
        var state = WordListState(numbering: Self.headings())
        var markers = [0, 1, 1, 1].map { state.marker(numberingID: "1", level: $0) }
        markers.append(state.marker(numberingID: "2", level: 1))
        markers.append(state.marker(numberingID: "1", level: 1))
        #expect(markers == ["一、", "（一）", "（二）", "（三）", "（一）", "（二）"])
    }

    @Test("numId 0, unknown lists and bullets show no marker")
    func noMarker() {
        var numbering = Self.headings()
        numbering.abstracts["9"] = [0: .init(format: .bullet, text: "•")]
        numbering.instances["9"] = .init(abstractID: "9")
        var state = WordListState(numbering: numbering)
        #expect(state.marker(numberingID: "0", level: 0) == nil)
        #expect(state.marker(numberingID: "77", level: 0) == nil)
        #expect(state.marker(numberingID: "9", level: 0) == nil)
    }

    @Test("ODF outline: prefix, suffix and display levels")
    func odfOutline() {
        let style = OpenDocumentListStyle(levels: [
            0: .init(format: .chineseCounting, suffix: "、"),
            1: .init(format: .chineseCounting, prefix: "（", suffix: "）"),
            2: .init(format: .decimal, suffix: ".", displayLevels: 2)
        ])
        var counter = NumberingCounter()
        let markers = [0, 1, 1, 2, 0, 1].map { style.marker(counter.advance(level: $0, start: 1)) }
        #expect(markers == ["一、", "（一）", "（二）", "二.1.", "二、", "（一）"])
    }
}
