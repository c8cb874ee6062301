import BundledSpeech
import Foundation
import TestSupport
import Testing

@testable import SpeechParser

/// The document title (a first short stand-alone line, or the format's own title) and unnumbered
/// sections (a work report's `2026年工作安排`).
@Suite("Titles and unnumbered sections")
struct TitleAndSectionTests {
    static func fixture(_ name: String) throws -> String {
        try String(contentsOf: Repository.fixtures.appendingPathComponent("shapes/\(name)"), encoding: .utf8)
    }

    @Test(
        "each corpus document's title is its first stand-alone line",
        arguments: [
            ("01-shanghai-gov-report-2026.txt", "2026年上海市政府工作报告"),
            ("06-guobanfa-1997-11-social-orgs.txt", "国务院办公厅转发民政部关于清理整顿社会团体意见的通知"),
            ("08-rural-revitalization-opinions-2018-crlf.txt", "中共中央 国务院关于实施乡村振兴战略的意见"),
            ("10-ccrd-1967-speech-beijing-middle-schools.txt", "戚本禹张春桥谢富治接见北京中学代表时的讲话")
        ])
    func corpusTitles(name: String, title: String) throws {
        let document = try Document(bytes: Repository.bytes(of: Repository.corpusText(name)))
        let node = try #require(document.nodes.first)
        #expect(node.kind == .title && node.path == "title" && node.title == title)
        #expect(document.resolve(address: "title") == .node(0))
        #expect(document.resolve(address: "标题") == .node(0))
        // The title takes no ordinal: the first numbered node is still 1.
        #expect(document.nodes.first(where: \.kind.isNumbered)?.path == "1")
    }

    @Test("the bundled speech opens with its body: no title, its outline unchanged")
    func speechHasNoTitle() throws {
        let document = try Document(bytes: BundledSpeech.bytes)
        #expect(!document.nodes.contains { $0.kind == .title })
        #expect(document.nodes.first?.kind == .preamble)
    }

    @Test("a title hint: over the first line when it spells it, else standing before the text")
    func titleHints() throws {
        let text = "关于做好2026年春节期间安全生产工作的通知\n各区人民政府：\n现将有关事项通知如下。\n一、提高认识\n二、压实责任\n"
        let spelled = Document(parsing: text, hints: ParseHints(title: "关于做好2026年春节期间安全生产工作的通知"))
        #expect(spelled.nodes.first?.kind == .title)
        #expect(spelled.string(spelled.nodes[0].titleRange) == "关于做好2026年春节期间安全生产工作的通知")
        let other = Document(parsing: "一、提高认识\n二、压实责任\n", hints: ParseHints(title: "春节安全生产通知"))
        let title = try #require(other.nodes.first)
        #expect(title.kind == .title && title.title == "春节安全生产通知" && title.range.isEmpty)
        #expect(other.compact == ["1 一、 提高认识", "1 二、 压实责任"])
        #expect(DocumentInvariants.violations(in: other) == [])
        #expect(Document(parsing: text, hints: ParseHints()).nodes.first?.title == spelled.nodes.first?.title)
    }

    @Test(
        "not a title: a heading, a salutation, a sentence, a bracketed note, a lone line",
        arguments: [
            "一、总体要求\n坚持稳中求进。\n", "各位代表：\n现在我代表市人民政府报告工作。\n", "同志们\n今天我们召开会议。\n",
            "今天我们召开会议。\n一、总体要求\n", "（2018年1月2日）\n实施乡村振兴战略。\n", "关于清理整顿社会团体的通知\n",
            "——坚持党管农村工作\n毫不动摇地坚持。\n"
        ])
    func notTitles(text: String) {
        let document = parse(text)
        #expect(document.nodes.first?.kind != .title, "\(document.tsvLines)")
    }

    @Test("a work report: its unnumbered sections hold the numbered headings after them")
    func workReport() throws {
        let document = parse(try Self.fixture("work-report.txt"))
        let expected = try Self.fixture("work-report.outline.tsv").split(separator: "\n").map(String.init)
        #expect(GoldenOutline.firstDifference(document.tsvLines, expected) == nil)
        #expect(
            document.nodes.filter { $0.kind == .section }.map(\.title) == [
                "“十四五”时期发展成就和2025年工作回顾", "“十五五”时期经济社会发展的主要目标", "2026年工作安排"
            ])
        #expect(DocumentInvariants.violations(in: document) == [])
        #expect(StructureCheck.run(document).filter { $0.rule == .numberingOrder || $0.rule == .levelSkip }.isEmpty)
    }

    @Test(
        "the corpus documents have no unnumbered sections (their hand-checked outlines have none)",
        arguments: Repository.corpusDocuments())
    func corpusHasNoSections(name: String) throws {
        let document = try Document(bytes: Repository.bytes(of: Repository.corpusText(name)))
        #expect(document.nodes.filter { $0.kind == .section }.map(\.title) == [])
    }

    static let body = "我们坚持稳中求进工作总基调，全市经济运行稳中有进，发展质量持续提升，人民生活不断改善。"

    @Test(
        "not sections: a signature over its date, a salutation, a poem, a broken heading, a single short line",
        arguments: [
            // A signature and date under the body, twice.
            "一、总体要求\n\(body)\n国务院办公厅\n一九九七年四月八日\n\(body)\n民政部\n一九九七年一月二十八日\n",
            // An address without a colon.
            "\(body)\n同志们\n\(body)\n各位代表\n\(body)\n",
            // A poem quoted in a speech: its short lines stand next to each other.
            "\(body)\n独立寒秋\n湘江北去\n橘子洲头\n\(body)\n",
            // A heading title broken over two lines.
            "一、坚持稳中求进\n工作总基调\n\(body)\n二、坚持创新驱动\n发展动能加快转换\n\(body)\n",
            // Only one short line between paragraphs: an aside, not a structure.
            "\(body)\n会议精神传达提纲\n\(body)\n",
            // A table's cells.
            "\(body)\n项目名称\n投资额\n完成率\n\(body)\n"
        ])
    func notSections(text: String) {
        #expect(!parse(text).nodes.contains { $0.kind == .section }, "\(parse(text).tsvLines)")
    }
}
