import Testing

@testable import DocumentImport

@Suite("PDF text repair")
struct PDFTextTests {
    @Test(
        "page numbers in their common forms",
        arguments: ["— 3 —", "- 3 -", "第3页", "第 3 页 共 12 页", "3 / 12", "12", "－ 4 －"])
    func pageNumbers(line: String) {
        #expect(PageFurniture.isPageNumber(line))
    }

    @Test("lines that are not page numbers", arguments: ["一、总体要求", "2026年工作安排", "第三条 为了规范", "3.5 亿元"])
    func notPageNumbers(line: String) {
        #expect(!PageFurniture.isPageNumber(line))
    }

    @Test("running headers, footers, page numbers and form feeds go")
    func furniture() {
        let page = { (number: Int, body: String) in "某某市人民政府文件\n\(body)\n— \(number) —\n" }
        let text = [page(1, "第一页正文。"), page(2, "第二页正文。"), page(3, "第三页正文。")].joined(separator: "\u{0C}")
        #expect(PageFurniture.pages(text) == [["第一页正文。"], ["第二页正文。"], ["第三页正文。"]])
    }

    @Test("cut lines join; sentence ends, short lines and heading markers do not")
    func joining() {
        let full = String(repeating: "字", count: 30)
        let lines = [
            full, "接着写完。", full + "。", "新的一段，短行", full, "一、下一个标题", full, "（二）另一个", full,
            "第三条 规定", "", "空行之后"
        ]
        #expect(
            HardWrapJoiner.join(lines) == [
                full + "接着写完。", full + "。", "新的一段，短行", full, "一、下一个标题", full, "（二）另一个", full,
                "第三条 规定", "空行之后"
            ])
    }

    @Test("Latin words join with a space, Chinese without")
    func joinSpacing() {
        #expect(HardWrapJoiner.joined("the word", "continues") == "the word continues")
        #expect(HardWrapJoiner.joined("中文", "续写") == "中文续写")
    }

    @Test("pdftotext's dehyphenation of an elision notice is undone; CJK–Latin spaces go")
    func popplerArtefacts() {
        let text = "---此处隐藏 8274 字,下载后查看--认识的目的在于实践。"
        #expect(PopplerArtefacts.repair(text) == "---此处隐藏8274字,下载后查看---\n认识的目的在于实践。")
    }
}
