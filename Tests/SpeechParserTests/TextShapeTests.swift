import BundledSpeech
import Foundation
import TestSupport
import Testing

@testable import SpeechParser

/// The shapes a text arrives in: hard-wrapped, flattened, inside a web page's furniture. The
/// outline is the same as the plain text's, and the text is never rewritten.
@Suite("Text shapes: hard-wrapped, flattened, site chrome")
struct TextShapeTests {
    static func speech() throws -> String { try SpeechDecoder.decode(BundledSpeech.bytes).text }

    @Test("the speech hard-wrapped at 36 columns has the same outline as the speech", arguments: [36, 30, 50])
    func hardWrappedSpeech(columns: Int) throws {
        let plain = parse(try Self.speech())
        let text = TextShapes.hardWrapped(try Self.speech(), columns: columns)
        let wrapped = parse(text)
        #expect(wrapped.text == text)
        #expect(GoldenOutline.firstDifference(wrapped.tsvLines, plain.tsvLines) == nil)
        #expect(!wrapped.softLineBreaks.isEmpty)
        #expect(DocumentInvariants.violations(in: wrapped) == [])
        // The reader shows paragraphs: a block spans the wrapped lines of its paragraph.
        let lineCount = text.split(separator: "\n", omittingEmptySubsequences: false).count
        #expect(wrapped.blocks.count < lineCount / 3, "\(wrapped.blocks.count) blocks for \(lineCount) lines")
        #expect(wrapped.sentences.count == plain.sentences.count)
    }

    @Test("a wrapped heading title reads whole; a short last line ends its paragraph")
    func wrappedTitle() throws {
        let text = TextShapes.hardWrapped(try Self.speech(), columns: 36)
        let document = parse(text)
        let heading = try #require(document.node("1.1"))
        #expect(heading.title == "坚持党性原则,校准政绩创造的政治坐标")
        #expect(document.string(heading.titleRange).contains("\n"), "the title runs across a soft break")
    }

    @Test(
        "the corpus documents are not taken for hard-wrapped or flattened texts",
        arguments: Repository.corpusDocuments())
    func corpusIsPlain(name: String) throws {
        let document = try Document(bytes: Repository.bytes(of: Repository.corpusText(name)))
        #expect(document.softLineBreaks.isEmpty)
        #expect(document.blocks.allSatisfy { !document.string($0).contains(where: \.isNewline) })
    }

    @Test("the speech flattened onto one line has the same headings")
    func flattenedSpeech() throws {
        let plain = parse(try Self.speech())
        let text = TextShapes.flattened(try Self.speech())
        let flat = parse(text)
        #expect(flat.text == text)
        #expect(GoldenOutline.firstDifference(flat.tsvLines, plain.tsvLines) == nil)
        #expect(DocumentInvariants.violations(in: flat) == [])
    }

    @Test("flattened lines: a heading after a space, and a heading title that ends without punctuation")
    func flattenedHeadings() {
        let body = String(repeating: "为高效推进各项工作，要统筹安排时间节点，落实责任分工。", count: 12)
        let text =
            "一、总体要求 \(body) 二、时段划分 1. 第一时段\(body) 2. 第二时段\(body)"
            + " 三、加强领导 （一）压实责任\(body)（二）强化督导\(body)"
        let sentence = "为高效推进各项工作，要统筹安排时间节点，落实责任分工"
        #expect(
            parse(text).compact == [
                "1 一、 总体要求", "1 二、 时段划分", "3 1. 第一时段\(sentence)", "3 2. 第二时段\(sentence)",
                "1 三、 加强领导", "2 （一） 压实责任\(sentence)", "2 （二） 强化督导\(sentence)"
            ])
    }

    @Test("a marker after a space counts only when it continues a sequence")
    func weakMarkers() {
        // 一、二、三产业 after a space is a list; a lone （一） after a space is not a heading.
        let text = "一、发展经济\n做强 一、二、三产业融合发展，详见 （一）所列。\n二、改善民生\n补齐短板 3. 提高水平。"
        #expect(parse(text).compact == ["1 一、 发展经济", "1 二、 改善民生"])
        let list = "四、时段划分 1. 为高效推进 2. 为压实责任\n五、工作要求"
        #expect(
            parse(list).compact == ["1 四、 时段划分", "3 1. 为高效推进", "3 2. 为压实责任", "1 五、 工作要求"])
    }

    @Test("the speech inside a web page: same outline, preamble from 今天, chrome kept as furniture")
    func siteChrome() throws {
        let plain = parse(try Self.speech())
        let text = TextShapes.withSiteChrome(try Self.speech())
        let page = parse(text)
        #expect(page.text == text)
        #expect(page.outlineRows == plain.outlineRows)
        let preamble = try #require(page.node("preamble"))
        #expect(page.string(preamble.range).hasPrefix("今天"))
        #expect(preamble.title.hasPrefix("今天"))
        let closing = try #require(page.node("closing"))
        #expect(closing.title.hasPrefix("同志们"))
        #expect(page.node("title") == nil)
        let furniture = page.furniture.map { page.string($0) }
        #expect(furniture.count == 6, "\(furniture)")
        #expect(furniture.first == "下载 打印 全屏 收藏")
        #expect(furniture.contains("【打印本页】【关闭窗口】"))
        #expect(furniture.contains("责任编辑：李明"))
        #expect(DocumentInvariants.violations(in: page) == [])
    }

    @Test("page furniture in the 2026 Shanghai report: toolbar, 来源 and 时间, not the title")
    func corpusFurniture() throws {
        let document = try Document(
            bytes: Repository.bytes(of: Repository.corpusText("01-shanghai-gov-report-2026.txt")))
        let furniture = document.furniture.map { document.string($0) }
        #expect(furniture == ["下载", "打印", "全屏", "收藏", "【字号：", "加大", "还原", "减小", "】", "来源：解放日报", "时间：2026-02-09"])
        #expect(document.nodes.first?.kind == .title)
        #expect(document.nodes.first?.title == "2026年上海市政府工作报告")
    }

    @Test(
        "furniture traps: prose that mentions 下载 or 时间 is text",
        arguments: [
            "时间：2026年3月1日上午9时\n地点：市政府第一会议室\n请各单位准时参加。",
            "下载并打印表格后填写。\n一、填写要求",
            "大\n中\n小"
        ])
    func furnitureTraps(text: String) {
        #expect(parse(text).furniture.isEmpty, "\(parse(text).furniture)")
    }

    @Test("page numbers are furniture", arguments: ["- 3 -", "— 12 —", "第 3 页", "第3页 共10页", "3/10"])
    func pageNumbers(line: String) {
        let text = "一、总体要求\n坚持稳中求进。\n\(line)\n二、主要任务\n"
        let document = parse(text)
        #expect(document.furniture.map { document.string($0) } == [line])
        #expect(document.compact == ["1 一、 总体要求", "1 二、 主要任务"])
    }
}
