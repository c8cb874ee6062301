import Testing

@testable import DocumentImport

@Suite("Web pages")
struct HTMLExtractionTests {
    static let page = """
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>关于做好防汛工作的通知_某某市人民政府</title>
        <script>var x = "<p>脚本</p>";</script><style>p { color: red }</style></head><body>
        <div class="top-nav"><a>首页</a><a>政务公开</a></div><nav>导航</nav>
        <div class="breadcrumb">当前位置：首页 &gt; 通知公告</div>
        <div class="article"><h1>关于做好防汛工作的通知</h1>
        <div class="toolbar">【字号：<a>加大</a> <a>还原</a> <a>减小</a>】 <a>打印</a></div>
        <div id="zoom"><p>&nbsp;&nbsp;各区县：</p><p>一、提高认识<br>二、压实责任</p>
        <table><tr><td>单位</td><td>电话</td></tr></table><ul><li>第一项</li><li>第二项</li></ul></div>
        <div class="share-box">分享到</div></div><footer>版权所有</footer><form>搜索</form>
        <div id="footer">主办单位</div></body></html>
        """

    @Test("blocks become paragraphs; scripts, styles and chrome are left out; the h1 is the title")
    func blocks() throws {
        let document = try HTMLExtractor.extract(html: Self.page)
        #expect(document.title == "关于做好防汛工作的通知")
        #expect(
            document.text == """
                关于做好防汛工作的通知
                各区县：
                一、提高认识
                二、压实责任
                单位
                电话
                第一项
                第二项

                """)
    }

    @Test("without an h1 the title is the <title> without the site's name")
    func titleFromHead() {
        #expect(HTMLExtractor.articleTitle("关于做好防汛工作的通知_某某市人民政府") == "关于做好防汛工作的通知")
        #expect(HTMLExtractor.articleTitle("工作报告 - 某某网 | 首页") == "工作报告")
    }

    @Test("a page declared gb2312 is decoded as GBK before parsing")
    func gbkPage() throws {
        let head = Array("<html><head><meta charset=\"gb2312\"></head><body><p>".utf8)
        let body: [UInt8] = [0xC4, 0xE3, 0xBA, 0xC3]  // 你好 in GBK
        let document = try HTMLExtractor.importPage(head + body + Array("</p></body></html>".utf8))
        #expect(document.text == "你好\n")
    }

    @Test("format detection by content")
    func sniffing() {
        #expect(FormatSniffer.format(of: Array("<!DOCTYPE html><p>x".utf8)) == .html)
        #expect(FormatSniffer.format(of: Array("  <meta charset=gbk><p>x".utf8)) == .html)
        #expect(FormatSniffer.format(of: Array("今天我们学习<html>标签".utf8)) == .plainText)
        #expect(FormatSniffer.format(of: Array("%PDF-1.7\n".utf8)) == .pdf)
        #expect(FormatSniffer.format(of: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0]) == .legacyOffice)
        #expect(FormatSniffer.format(of: [0x50, 0x4B, 0x03, 0x04, 0]) == .zipArchive)
    }

    @Test("a part with a DTD is refused before parsing (no entity expansion, no external entities)")
    func doctypeRefused() {
        let xml = Array(
            "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>".utf8)
        #expect(throws: DocumentImportError.self) { try XMLTreeParser.parse(xml, part: "content.xml", format: .odt) }
    }
}
