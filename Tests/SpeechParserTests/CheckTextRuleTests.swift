import Testing

@testable import SpeechParser

@Suite("Check: duplicated words, pairs, heading punctuation, elisions")
struct CheckTextRuleTests {
    @Test("总书记总书记 is a duplicated word, once per occurrence")
    func duplicatedWord() {
        let text = "总书记总书记深刻指出,要将贯彻落实总书记总书记重要指示批示精神。\n"
        let findings = checkFindings(text, .duplicatedWord)
        #expect(findings.map { covered($0, in: text) } == ["总书记总书记", "总书记总书记"])
        #expect(checkMessages(text, .duplicatedWord).first == "'总书记' is written twice in a row: '总书记总书记'")
        #expect(checkFindings("我们要研究工作工作。\n", .duplicatedWord).count == 1)
    }

    @Test("legitimate reduplication is allowed: 一个难关一个难关, 研究研究, 清清楚楚, 常常, 哈哈哈哈")
    func reduplicationAllowed() {
        let negatives = [
            "要拿出啃硬骨头的决心和韧劲,一个难关一个难关地攻克。",  // the bundled speech
            "这件事我们再研究研究。", "把问题说得清清楚楚。", "要常常看看群众的意见。", "大家哈哈哈哈地笑了。",
            "一步一步地推进。", "万岁万岁万万岁！"
        ]
        for text in negatives {
            #expect(checkFindings(text, .duplicatedWord).isEmpty, "\(text)")
        }
    }

    @Test("an unclosed bracket within a paragraph, and a closer with no opener")
    func unbalancedPositive() {
        let text = "让发展成果更多更公平惠及全体人民(共享。三是要坚持系统观念。\n"
        #expect(checkMessages(text, .unbalancedPair) == ["'(' is not closed by ')' in this paragraph"])
        let closer = "要关注宏观经济运行》等重大战略。\n"
        #expect(checkMessages(closer, .unbalancedPair) == ["'》' closes no '《' in this paragraph"])
        let quote = "毛主席说：“没有一个人民的军队便没有人民的一切。\n第二段。\n"
        #expect(checkFindings(quote, .unbalancedPair).count == 1)
    }

    @Test("balanced pairs, a quotation across paragraphs, a toolbar over lines, apostrophes, 1） lists: nothing")
    func unbalancedNegative() {
        let negatives = [
            "社会团体的法定代表人由会长（理事长）或《章程》规定的人员担任。\n",
            "他说：“第一段。\n“第二段。”\n",
            "【字号：\n加大\n还原\n减小\n】\n",  // the Shanghai report's page toolbar
            "It’s “OK”.\n",
            "要求如下：1）按时；2）保质。\n"
        ]
        for text in negatives {
            #expect(checkFindings(text, .unbalancedPair).isEmpty, "\(text)")
        }
    }

    @Test("a sibling heading that alone lacks the 。 the others end with")
    func headingPunctuationPositive() {
        let text = "（一）清理整顿的重点。\n1.接受境外资助、捐赠等情况。\n2.参加国际民间组织情况\n3.财务活动和向社会集资等情况。\n"
        #expect(
            checkMessages(text, .headingPunctuation)
                == ["'2.' does not end its title with '。'; 2 of its 2 sibling headings do"])
    }

    @Test("a title ending in ： and a bare heading opening a —— list take no side (国办发, 中央一号文件)")
    func headingPunctuationNegative() {
        let colon = "（二）保留。\n1.有规范的名称。\n2.按规定参加并通过年检。\n10.法人社会团体还应具备：\n（1）有专职工作人员；\n"
        #expect(checkFindings(colon, .headingPunctuation).isEmpty)
        let list = """
            二、实施乡村振兴战略的总体要求
            （一）指导思想。全面贯彻党的十九大精神。
            （二）目标任务。按照党的十九大提出的战略安排。
            （三）基本原则
            ——坚持党管农村工作。毫不动摇地坚持和加强党对农村工作的领导。

            """
        #expect(checkFindings(list, .headingPunctuation).isEmpty)
    }

    @Test("an elision is an error naming the notice; a text without one has none")
    func elision() {
        let text = "正文。\n---此处隐藏8274字,下载后查看---\n正文。\n"
        let findings = checkFindings(text, .elision)
        #expect(findings.count == 1)
        #expect(findings.first?.severity == .error)
        #expect(findings.first.map { covered($0, in: text) } == "---此处隐藏8274字,下载后查看---")
        #expect(checkFindings("不隐藏问题，逐字逐句核对。\n", .elision).isEmpty)
    }
}
