import TestSupport
import Testing

@testable import SpeechParser

/// A trap: text that looks like a marker but is prose, placed between real headings so the
/// whole expected outline can be compared.
struct Trap: CustomTestStringConvertible, Sendable {
    var name: String
    var text: String
    var expected: [String]
    var testDescription: String { name }
}

@Suite("Traps: what looks like a marker but is not")
struct TrapTests {
    static let traps: [Trap] = [
        Trap(
            name: "统一、 in a line", text: "一、总体要求\n建立统一、规范、高效的市场体系。\n二、主要任务",
            expected: ["1 一、 总体要求", "1 二、 主要任务"]),
        Trap(
            name: "统一、 at a line start", text: "一、总体要求\n统一、规范、高效。\n二、主要任务",
            expected: ["1 一、 总体要求", "1 二、 主要任务"]),
        Trap(
            name: "二、三级医院 inside a sentence", text: "（一）就医\n群众可以预约二、三级医院专家号。\n（二）养老",
            expected: ["2 （一） 就医", "2 （二） 养老"]),
        Trap(
            name: "。一、二、三产业", text: "一、发展经济\n要做强产业。一、二、三产业协调发展。\n二、改善民生",
            expected: ["1 一、 发展经济", "1 二、 改善民生"]),
        Trap(
            name: "一、二、三产业 at a line start", text: "一、发展经济\n一、二、三产业协调发展。\n二、改善民生",
            expected: ["1 一、 发展经济", "1 二、 改善民生"]),
        Trap(
            name: "第一阶段", text: "第一阶段完成试点。第二阶段全面推开。\n第一部分 总结",
            expected: ["1 第一部分 总结"]),
        Trap(
            name: "世界第一，", text: "第一，抓产业。产量世界第一，质量一流。\n第二，抓民生。",
            expected: ["R 第一， 抓产业", "R 第二， 抓民生"]),
        Trap(name: "世界第一， alone", text: "我们的产量是世界第一，质量也是一流。", expected: []),
        Trap(
            name: "3.0、 at a line start", text: "1.版本\n3.0、4.0版本都支持。\n2.平台",
            expected: ["3 1. 版本", "3 2. 平台"]),
        Trap(
            name: "3.0、 after a sentence end", text: "1.版本\n都支持。3.0、4.0版本。\n2.平台",
            expected: ["3 1. 版本", "3 2. 平台"]),
        Trap(name: "1.5亿 at a line start", text: "1.投资\n1.5亿元资金已到位。\n2.建设", expected: ["3 1. 投资", "3 2. 建设"]),
        Trap(
            name: "1.5亿 after a sentence end", text: "1.投资\n到位。1.5亿元。12.5%的增长。\n2.建设",
            expected: ["3 1. 投资", "3 2. 建设"]),
        Trap(
            name: "（2022年） date", text: "（一）回顾\n（2022年）会议召开。回顾。（2022年1月2日）\n（二）展望",
            expected: ["2 （一） 回顾", "2 （二） 展望"]),
        Trap(name: "(2022年) half-width date", text: "(2022年)\n(1)甲\n(2)乙", expected: ["4 (1) 甲", "4 (2) 乙"]),
        Trap(
            name: "（大笑） aside", text: "（一）开场\n（大笑）同志们好。（热烈鼓掌）\n（二）正文",
            expected: ["2 （一） 开场", "2 （二） 正文"]),
        Trap(
            name: "（4） inside 《》", text: "（1）学习\n认真学习《毛泽东选集（4）》。要读《（4）》。\n（2）实践",
            expected: ["4 （1） 学习", "4 （2） 实践"]),
        Trap(
            name: "一九九七年 at a line start", text: "一、通知\n一九九七年十月八日\n（民政部　一九九七年三月）\n二、附则",
            expected: ["1 一、 通知", "1 二、 附则"]),
        Trap(
            name: "一九九七年 after a sentence end", text: "一、通知\n发布。一九九七年开始施行。\n二、附则",
            expected: ["1 一、 通知", "1 二、 附则"]),
        Trap(name: "lone 首先要", text: "（一）学习\n首先要学习理论。\n（二）实践", expected: ["2 （一） 学习", "2 （二） 实践"]),
        Trap(name: "首先要 and 其次要 (no comma)", text: "首先要学习。其次要实践。最后要总结。", expected: []),
        Trap(
            name: "lone 首先，", text: "（一）学习\n首先，我们要学习理论。\n（二）实践",
            expected: ["2 （一） 学习", "2 （二） 实践"]),
        Trap(
            name: "首先， and 其次， split by a heading", text: "（一）学习\n首先，学习。\n（二）实践\n其次，实践。",
            expected: ["2 （一） 学习", "2 （二） 实践"]),
        Trap(name: "lone 最后，", text: "最后，我再讲一点意见。", expected: []),
        Trap(
            name: "(创新) at a line start", text: "(一)发展\n(创新)是第一动力。发展。(协调)是内在要求。\n(二)改革",
            expected: ["2 (一) 发展", "2 (二) 改革"]),
        Trap(
            name: "unclosed (共享。", text: "(一)发展\n坚持(共享。\n(共享。\n(一。\n(二)改革",
            expected: ["2 (一) 发展", "2 (二) 改革"]),
        Trap(name: "lone 一是", text: "（一）学习\n一是一个好开端。\n（二）实践", expected: ["2 （一） 学习", "2 （二） 实践"]),
        Trap(name: "三是 without 二是", text: "一是要学。三是要做。", expected: []),
        Trap(
            name: "分三、六、九等", text: "一、历史\n旧社会把人分三、六、九等。\n二、现在",
            expected: ["1 一、 历史", "1 二、 现在"]),
        Trap(
            name: "一时一地、 and 为官一任、", text: "一、政绩\n不能只顾一时一地、为官一任、造福一方。\n二、作风",
            expected: ["1 一、 政绩", "1 二、 作风"]),
        Trap(name: "第二次 and 再次亲临", text: "第二次会议。再次亲临现场。", expected: []),
        Trap(name: "（基金会除外）", text: "1.条件\n（基金会除外）\n2.名称", expected: ["3 1. 条件", "3 2. 名称"]),
        Trap(name: "—— paragraphs", text: "一、要求\n——坚持创新。\n——坚持协调。\n二、任务", expected: ["1 一、 要求", "1 二、 任务"]),
        Trap(name: "a four-digit number with a dot", text: "2024.1 版本\n1000、2000元", expected: []),
        Trap(name: "markers inside words mid-line", text: "这是一、二级标准，统计第一，要（1）做好。", expected: [])
    ]

    @Test("traps are prose", arguments: traps)
    func trapIsProse(trap: Trap) {
        let document = parse(trap.text)
        #expect(document.compact == trap.expected)
        #expect(DocumentInvariants.violations(in: document) == [])
    }

    @Test("a trap never shifts the paths of the headings around it")
    func trapsDoNotShiftPaths() {
        let document = parse("一、甲\n统一、规范。（2022年）\n（一）乙\n（大笑）\n（二）丙\n二、丁")
        #expect(document.tsvLines == ["1\t1\t一、\t甲", "1.1\t2\t（一）\t乙", "1.2\t2\t（二）\t丙", "2\t1\t二、\t丁"])
    }
}

@Suite("Traps: known problems")
struct TrapKnownIssueTests {
    @Test("二、三级医院 at the start of a sentence is a list, not a heading")
    func listOfTwoNumeralsAtSentenceStart() {
        #expect(parse("（一）就医\n二、三级医院要做好预约。\n（二）养老").compact == ["2 （一） 就医", "2 （二） 养老"])
        #expect(parse("一、产业\n要协调。一、二产业增加值增长。\n二、民生").compact == ["1 一、 产业", "1 二、 民生"])
    }
}
