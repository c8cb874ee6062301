import Testing

@testable import SpeechParser

@Suite("Check: numbering")
struct CheckNumberingTests {
    // Sentences from the bundled speech's first section (with half-width commas as written).
    private let one = "一是要强化政治忠诚,确保政绩方向不偏。"
    private let two = "二是要心怀“国之大者”,提升政绩格局站位。"
    private let three = "三是要严守政治纪律,净化政绩创造环境。"
    private let four = "四是要自觉接受政治监督。"

    private func section(_ items: String) -> String {
        "(一)坚持党性原则,校准政绩创造的政治坐标。政绩观首先是一个政治问题。" + items + "\n"
    }

    @Test("a requirement list 一是 二是 四是 reports the missing 三是 at 四是, though the parser dropped it")
    func requirementGap() {
        let text = section(one + two + four)
        let findings = checkFindings(text, .numberingGap)
        #expect(findings.count == 1)
        #expect(findings.first.map { covered($0, in: text) } == "四是")
        #expect(checkMessages(text, .numberingGap) == ["'四是' follows '二是': '三是' is missing"])
    }

    @Test("a complete list, and two lists in one section, are not reported")
    func requirementNegative() {
        #expect(StructureCheck.run(Document(parsing: section(one + two + three))).filter(isNumbering).isEmpty)
        let twoLists = section(one + two + three + "同时要注意方法。" + "一要深入调研。二要精准施策。")
        #expect(StructureCheck.run(Document(parsing: twoLists)).filter(isNumbering).isEmpty)
    }

    @Test("a repeated requirement number is a duplicate, a lower one out of order")
    func requirementDuplicateAndOrder() {
        #expect(
            checkMessages(section(one + two + two), .numberingDuplicate) == [
                "'二是' repeats the number of the earlier '二是'"
            ])
        #expect(
            checkMessages(section(one + three + two), .numberingOrder) == [
                "'二是' comes after '三是': numbers out of order"
            ])
    }

    @Test("headings （一）（三） skip （二）; 1. 3. skip 2.; a first （二） misses （一）")
    func headingGap() {
        let text = "一、清理整顿的原则\n（一）“双重”负责的原则。\n（三）统一归口登记的原则。\n"
        #expect(checkMessages(text, .numberingGap) == ["'（三）' follows '（一）': '（二）' is missing"])
        let dotted = "（一）清理整顿的重点。\n1.接受境外资助、捐赠等情况。\n3.参加国际民间组织情况。\n"
        #expect(checkMessages(dotted, .numberingGap) == ["'3.' follows '1.': '2.' is missing"])
        let late = "一、总体要求\n（二）目标任务。\n（三）基本原则。\n"
        #expect(checkMessages(late, .numberingGap) == ["'（二）' is the first of its level here: '（一）' is missing"])
        let wide = "一、甲\n二、乙\n五、戊\n"
        #expect(checkMessages(wide, .numberingGap) == ["'五、' follows '二、': '三、' to '四、' are missing"])
    }

    @Test("heading duplicates, order and restarts")
    func headingDuplicateOrderRestart() {
        #expect(checkMessages("一、甲\n二、乙\n二、丙\n", .numberingDuplicate).count == 1)
        #expect(checkMessages("一、甲\n三、丙\n二、乙\n", .numberingOrder) == ["'二、' comes after '三、': numbers out of order"])
        let restart = "（一）甲方案\n（二）乙方案\n（一）丙方案\n"
        #expect(
            checkMessages(restart, .numberingOrder)
                == ["'（一）' restarts the numbering after '（二）' without a new parent heading"])
    }

    @Test("a preview list followed by the sections it announces is not a restart (1967 speech)")
    func previewIsNotRestart() {
        let text = """
            下边主要讲三个问题：
            （一）如何对待我们伟大的人民解放军；
            （二）阶级观点和阶级路线；
            （三）中学红卫兵的光荣战斗任务。
            （一）如何对待我们伟大的人民解放军。这个问题一说大家都知道，要爱护解放军。
            （二）阶级观点和阶级路线。
            （三）中学红卫兵的光荣战斗任务。

            """
        #expect(StructureCheck.run(Document(parsing: text)).filter(isNumbering).isEmpty)
    }

    @Test("numbers hidden by an elision are not reported, and sections under a lost heading may start anywhere")
    func elisionHidesNumbers() {
        let text = "一、甲\n（一）子甲。\n---此处隐藏8274字,下载后查看---\n（三）子丙。\n（四）子丁。\n"
        #expect(StructureCheck.run(Document(parsing: text)).filter(isNumbering).isEmpty)
    }

    @Test("disabled numbering rules report nothing")
    func disabled() {
        let findings = StructureCheck.run(
            Document(parsing: section(one + two + four)),
            disabled: [.numberingGap, .numberingOrder, .numberingDuplicate])
        #expect(findings.filter(isNumbering).isEmpty)
        #expect(!findings.isEmpty)  // the half-width commas are still reported
    }

    private func isNumbering(_ finding: Finding) -> Bool {
        [.numberingGap, .numberingDuplicate, .numberingOrder].contains(finding.rule)
    }
}
