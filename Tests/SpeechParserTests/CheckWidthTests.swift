import Testing

@testable import SpeechParser

@Suite("Check: marker and punctuation width")
struct CheckWidthTests {
    @Test("(一) among （一）（二） is the minority form and is fixed to full width")
    func markerWidthMinority() {
        let text = "一、总体要求\n（一）指导思想。\n(二)目标任务。\n（三）基本原则。\n"
        let findings = checkFindings(text, .markerWidth)
        #expect(findings.count == 1)
        #expect(findings.first.map { covered($0, in: text) } == "(二)")
        #expect(
            checkMessages(text, .markerWidth) == [
                "'(二)' differs in width from most markers in this document: write '（二）'"
            ])
        #expect(StructureCheck.fixedText(Document(parsing: text)).contains("\n（二）目标任务。"))
    }

    @Test("1． among 1. 2. is reported; a document written all (一) or all 1． is not")
    func markerWidthDots() {
        let mixed = "（一）重点。\n1.接受境外资助。\n2．参加国际民间组织。\n3.财务活动。\n"
        #expect(checkFindings(mixed, .markerWidth).map { covered($0, in: mixed) } == ["2．"])
        #expect(checkFindings("(一)坚持党性原则。\n(二)恪守人民立场。\n", .markerWidth).isEmpty)
        #expect(checkFindings("1．甲。\n2．乙。\n", .markerWidth).isEmpty)
    }

    @Test("half-width , : ; ! ( ) between Chinese characters (sentences of the bundled speech)")
    func halfWidthPositive() {
        let text = "一、溯源固本:深刻把握正确政绩观\n推动数字化转型升级(创新);统筹城乡发展,促进协调发展!\n"
        let found = checkFindings(text, .punctuationWidth).map { covered($0, in: text) }
        #expect(found == [":", "(", ")", ";", ",", "!"])
        let fixed = StructureCheck.fixedText(Document(parsing: text))
        #expect(fixed == "一、溯源固本：深刻把握正确政绩观\n推动数字化转型升级（创新）；统筹城乡发展，促进协调发展！\n")
        #expect(fixed.count == text.count)
    }

    @Test("a comma before a Chinese quote, and between Chinese and a number, is reported")
    func halfWidthAroundQuotesAndNumbers() {
        let text = "总书记反复强调,“为人民谋幸福”。时间:2018年,增长5%,全市。\n"
        #expect(checkFindings(text, .punctuationWidth).map { covered($0, in: text) } == [",", ":", ",", ","])
    }

    @Test("times, ratios, English, full-width text and heading markers are not reported")
    func halfWidthNegative() {
        let negatives = [
            "会议于9:30开始，比例尺1:1000。\n",
            "他说“Hello, world!”然后离开。\n",
            "有50个以上的成员（基金会除外）。\n",  // 国办发〔1997〕11号, full-width already
            "(一)坚持党性原则，校准政绩创造的政治坐标。\n",
            "采用GDP(Gross Domestic Product)统计。\n"
        ]
        for text in negatives {
            #expect(checkFindings(text, .punctuationWidth).isEmpty, "\(text)")
        }
    }

    @Test("full-width digits and letters are reported as one run and folded to half width")
    func fullWidthAlphanumerics() {
        let text = "到２０３５年，ＧＤＰ增长３．５个百分点。\n"
        let findings = checkFindings(text, .punctuationWidth)
        #expect(findings.map { covered($0, in: text) } == ["２０３５", "ＧＤＰ", "３．５"])
        #expect(StructureCheck.fixedText(Document(parsing: text)) == "到2035年，GDP增长3.5个百分点。\n")
    }

    @Test("the elision notice is the site's text: its comma is neither reported nor fixed")
    func elisionLineUntouched() {
        let text = "正文。\n---此处隐藏8274字,下载后查看---\n正文。\n"
        #expect(checkFindings(text, .punctuationWidth).isEmpty)
        #expect(StructureCheck.fixedText(Document(parsing: text)) == text)
    }
}
