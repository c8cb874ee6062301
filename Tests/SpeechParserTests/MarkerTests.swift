import TestSupport
import Testing

@testable import SpeechParser

/// A positive case: text and the numbered nodes it must give, as `KIND MARKER TITLE`.
struct MarkerCase: CustomTestStringConvertible, Sendable {
    var name: String
    var text: String
    var expected: [String]
    var testDescription: String { name }
}

@Suite("Markers: forms, positions and titles")
struct MarkerTests {
    static let forms: [MarkerCase] = [
        MarkerCase(
            name: "一、 … 十、", text: "一、甲\n二、乙\n九、丙\n十、丁",
            expected: ["1 一、 甲", "1 二、 乙", "1 九、 丙", "1 十、 丁"]),
        MarkerCase(
            name: "十一、 二十、 二十三、 九十九、", text: "十一、甲\n二十、乙\n二十三、丙\n九十九、丁",
            expected: ["1 十一、 甲", "1 二十、 乙", "1 二十三、 丙", "1 九十九、 丁"]),
        MarkerCase(
            name: "（一） (一) and mixed brackets", text: "（一）全角\n(二)半角\n（三)混合\n(四）混合",
            expected: ["2 （一） 全角", "2 (二) 半角", "2 （三) 混合", "2 (四） 混合"]),
        MarkerCase(name: "（十二）", text: "（十二）甲\n（二十）乙", expected: ["2 （十二） 甲", "2 （二十） 乙"]),
        MarkerCase(
            name: "1. 1． 1、 and full-width digits", text: "1.甲\n2．乙\n3、丙\n４．丁\n12.戊",
            expected: ["3 1. 甲", "3 2． 乙", "3 3、 丙", "3 ４． 丁", "3 12. 戊"]),
        MarkerCase(
            name: "（1） (1) and full-width digits", text: "（1）甲\n(2)乙\n（３）丙\n（12）丁",
            expected: ["4 （1） 甲", "4 (2) 乙", "4 （３） 丙", "4 （12） 丁"]),
        MarkerCase(
            name: "一是 … 十是 after 。", text: "要做到：一是要学。二是要做。三是要改。",
            expected: ["R 一是 要学", "R 二是 要做", "R 三是 要改"]),
        MarkerCase(name: "一要 二要", text: "一要讲政治；二要讲规矩。", expected: ["R 一要 讲政治", "R 二要 讲规矩"]),
        MarkerCase(
            name: "第一， 第二， with the comma in the marker", text: "第一，抓产业。\n第二，抓民生。第三,抓作风。",
            expected: ["R 第一， 抓产业", "R 第二， 抓民生", "R 第三, 抓作风"]),
        MarkerCase(
            name: "首先， 其次， 最后，", text: "首先，学习。其次，实践。最后，总结。",
            expected: ["R 首先， 学习", "R 其次， 实践", "R 最后， 总结"]),
        MarkerCase(
            name: "首先， 其次， 再次， 最后，", text: "首先，甲。\n其次，乙。\n再次，丙。\n最后，丁。",
            expected: ["R 首先， 甲", "R 其次， 乙", "R 再次， 丙", "R 最后， 丁"]),
        MarkerCase(name: "首先， then 最后，", text: "首先，甲。最后，乙。", expected: ["R 首先， 甲", "R 最后， 乙"]),
        MarkerCase(name: "第一部分", text: "第一部分 总论\n第二部分 分论", expected: ["1 第一部分 总论", "1 第二部分 分论"]),
        MarkerCase(name: "① ②", text: "①甲\n②乙", expected: ["4 ① 甲", "4 ② 乙"])
    ]

    static let positions: [MarkerCase] = [
        MarkerCase(
            name: "mid-line after 。", text: "现提出如下意见。一、溯源固本:把握要义\n正文",
            expected: ["1 一、 溯源固本:把握要义"]),
        MarkerCase(
            name: "several (一) on one line", text: "(一)甲。(二)乙。(三)丙。",
            expected: ["2 (一) 甲", "2 (二) 乙", "2 (三) 丙"]),
        MarkerCase(
            name: "inline （1）…；（2）… after ：", text: "条件如下：（1）有名称；（2）有场所。",
            expected: ["4 （1） 有名称", "4 （2） 有场所"]),
        MarkerCase(
            name: "inline (1) after a half-width colon", text: "条件如下:(1)有名称;(2)有场所.",
            expected: ["4 (1) 有名称", "4 (2) 有场所."]),
        MarkerCase(
            name: "after ！ ？ and half-width ! ?", text: "好！一、甲\n对吗？二、乙\nok!三、丙\nok?四、丁",
            expected: ["1 一、 甲", "1 二、 乙", "1 三、 丙", "1 四、 丁"]),
        MarkerCase(
            name: "after a sentence end and a closing quote", text: "他说：“好。”一是要学。二是要做。",
            expected: ["R 一是 要学", "R 二是 要做"]),
        MarkerCase(name: "after a sentence end and spaces", text: "意见。 　一、甲", expected: ["1 一、 甲"]),
        MarkerCase(
            name: "leading spaces and U+3000 indentation", text: "    一、甲\n　　（一）乙\n\t1.丙\n \u{3000}（1）丁",
            expected: ["1 一、 甲", "2 （一） 乙", "3 1. 丙", "4 （1） 丁"]),
        MarkerCase(
            name: "a heading's body on the same line", text: "（一）指导思想。全面贯彻党的精神。\n（二）目标任务。到2020年。",
            expected: ["2 （一） 指导思想", "2 （二） 目标任务"])
    ]

    static let titles: [MarkerCase] = [
        MarkerCase(
            name: "a marker alone on its line has an empty title", text: "一、\n正文。\n（一）\n正文",
            expected: ["1 一、 ", "2 （一） "]),
        MarkerCase(
            name: "a heading title stops at 。！？；", text: "一、甲。正文\n二、乙！正文\n三、丙？正文\n四、丁；正文",
            expected: ["1 一、 甲", "1 二、 乙", "1 三、 丙", "1 四、 丁"]),
        MarkerCase(
            name: "a heading title stops at half-width ! ? ;", text: "一、甲!正文\n二、乙?正文\n三、丙;正文",
            expected: ["1 一、 甲", "1 二、 乙", "1 三、 丙"]),
        MarkerCase(
            name: "a heading title keeps ： , and quotes", text: "一、溯源固本：把握“要义”，推进工作",
            expected: ["1 一、 溯源固本：把握“要义”，推进工作"]),
        MarkerCase(name: "a title stops at the line end", text: "一、甲乙丙\n丁戊己。", expected: ["1 一、 甲乙丙"]),
        MarkerCase(
            name: "a title stops at the line end with CRLF and CR", text: "一、甲\r\n二、乙\r三、丙\r\n",
            expected: ["1 一、 甲", "1 二、 乙", "1 三、 丙"]),
        MarkerCase(
            name: "a title stops at the next marker on the same line", text: "一、总体要求：（一）指导思想",
            expected: ["1 一、 总体要求：", "2 （一） 指导思想"]),
        MarkerCase(
            name: "a requirement title stops at 。；only", text: "一是要学！要学好？学；二是要做！做。",
            expected: ["R 一是 要学！要学好？学", "R 二是 要做！做"]),
        MarkerCase(
            name: "a requirement title stops at the next requirement", text: "要求：一是甲：二是乙",
            expected: ["R 一是 甲：", "R 二是 乙"]),
        MarkerCase(
            name: "titles are trimmed of spaces and U+3000", text: "一、  甲 乙 　。\n二、\u{3000}丙\u{3000}",
            expected: ["1 一、 甲 乙", "1 二、 丙"])
    ]

    @Test("every marker form gives its level, with the marker as written", arguments: forms)
    func markerForms(testCase: MarkerCase) {
        let document = parse(testCase.text)
        #expect(document.compact == testCase.expected)
        #expect(DocumentInvariants.violations(in: document) == [])
    }

    @Test("markers count at a line start and right after a sentence end", arguments: positions)
    func markerPositions(testCase: MarkerCase) {
        let document = parse(testCase.text)
        #expect(document.compact == testCase.expected)
        #expect(DocumentInvariants.violations(in: document) == [])
    }

    @Test("title rules", arguments: titles)
    func titleRules(testCase: MarkerCase) {
        let document = parse(testCase.text)
        #expect(document.compact == testCase.expected)
        #expect(DocumentInvariants.violations(in: document) == [])
    }

    @Test("half-width and full-width forms are equal: same levels, same tree, markers as written")
    func halfAndFullWidthAreEqual() {
        let full = parse("一、甲\n（一）乙：（1）丙；（2）丁。\n第一，戊。第二，己。")
        let half = parse("一、甲\n(一)乙:(1)丙;(2)丁。\n第一,戊。第二,己。")
        #expect(full.nodes.map(\.kind) == half.nodes.map(\.kind))
        #expect(full.nodes.map(\.path) == half.nodes.map(\.path))
        #expect(half.nodes.map(\.marker) == ["一、", "(一)", "(1)", "(2)", "第一,", "第二,"])
        #expect(full.nodes.map(\.marker) == ["一、", "（一）", "（1）", "（2）", "第一，", "第二，"])
        #expect(half.text == "一、甲\n(一)乙:(1)丙;(2)丁。\n第一,戊。第二,己。", "the text is never rewritten")
    }

    @Test("a mid-line heading splits the preamble and starts its own block")
    func midLineHeadingStartsBlock() throws {
        let document = parse("现提出如下意见。一、溯源固本:把握要义。正文继续。")
        let preamble = try #require(document.node("preamble"))
        let heading = try #require(document.node("1"))
        #expect(document.string(preamble.range) == "现提出如下意见。")
        #expect(document.string(heading.range) == "一、溯源固本:把握要义。正文继续。")
        #expect(document.blocks.map { document.string($0) } == ["现提出如下意见。", "一、溯源固本:把握要义。正文继续。"])
    }

    @Test("requirement sequences restart, and items of different families do not mix")
    func requirementSequences() {
        #expect(parse("一是甲。二是乙。一是丙。二是丁。").compact == ["R 一是 甲", "R 二是 乙", "R 一是 丙", "R 二是 丁"])
        #expect(parse("一是甲。二要乙。").compact == [])
        #expect(parse("一要甲。二要乙。三要丙。二要丁。").compact == ["R 一要 甲", "R 二要 乙", "R 三要 丙"])
        #expect(
            parse("第一，甲。首先，乙。第二，丙。其次，丁。").compact
                == ["R 第一， 甲", "R 首先， 乙", "R 第二， 丙", "R 其次， 丁"])
    }
}
