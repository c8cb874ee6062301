import Testing

@testable import SpeechParser

@Suite("Check: heading levels")
struct CheckLevelTests {
    @Test("（1） directly under 一、 skips the level-2 form")
    func skip() {
        let text = "一、清理整顿工作的主要内容\n（1）有专职工作人员；\n"
        #expect(
            checkMessages(text, .levelSkip)
                == ["'（1）' (level 4) is directly under '一、' (level 1): the level-2 form '（一）' is skipped"])
    }

    @Test("forms out of GB/T 9704 order: （一） after a sibling 1.")
    func outOfOrder() {
        let text = "一、主要内容\n（一）重点。\n1.接受境外资助。\n（二）要求。\n"
        // Here 1. nests under （一） and （二） is （一）'s sibling: the forms are in order.
        #expect(checkFindings(text, .levelSkip).isEmpty)
        let wrong = "一、主要内容\n1.接受境外资助。\n（一）重点。\n"
        let messages = checkMessages(wrong, .levelSkip)
        #expect(messages.contains { $0.hasPrefix("'（一）' (level 2) comes after its sibling '1.' (level 3)") })
    }

    @Test("a level-3 heading with no parent in a document that has level-1 headings")
    func withoutParent() {
        let text = "1.先说一点。\n一、总体要求\n（一）指导思想。\n"
        #expect(checkMessages(text, .levelSkip).first?.hasPrefix("'1.' (level 3) has no parent heading") == true)
    }

    @Test("all four levels in order (国办发〔1997〕11号), a document whose top is （一）, and sections after a gap: nothing")
    func negatives() {
        let full = """
            三、清理整顿工作的主要内容
            （一）清理整顿的重点。
            1.接受境外资助、捐赠等情况。
            10.法人社会团体还应具备：
            （1）有专职工作人员；（2）有独立、固定的办公住所；
            （二）符合下列要求的社会团体予以保留。

            """
        #expect(checkFindings(full, .levelSkip).isEmpty)
        #expect(checkFindings("（一）如何对待解放军。\n（二）阶级观点。\n", .levelSkip).isEmpty)
        let gap = "一、甲\n（一）子。\n---此处隐藏8274字,下载后查看---\n（一）强化思想淬炼。\n1.细则。\n"
        #expect(checkFindings(gap, .levelSkip).isEmpty)
    }
}
