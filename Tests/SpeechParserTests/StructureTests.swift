import TestSupport
import Testing

@testable import SpeechParser

@Suite("Structure: levels, gaps, preamble, closing, paths")
struct StructureTests {
    @Test("nesting follows the marker form: 一、 > （一） > 1. > （1） > requirements")
    func fullNesting() {
        let document = parse("一、甲\n（一）乙\n1.丙\n（1）丁\n一是a。二是b。\n（2）戊\n2.己\n（二）庚\n二、辛")
        #expect(
            document.tsvLines == [
                "1\t1\t一、\t甲", "1.1\t2\t（一）\t乙", "1.1.1\t3\t1.\t丙", "1.1.1.1\t4\t（1）\t丁",
                "1.1.1.1.1\tR\t一是\ta", "1.1.1.1.2\tR\t二是\tb", "1.1.1.2\t4\t（2）\t戊", "1.1.2\t3\t2.\t己",
                "1.2\t2\t（二）\t庚", "2\t1\t二、\t辛"
            ])
        #expect(document.nodes.map(\.depth) == [0, 1, 2, 3, 4, 4, 3, 2, 1, 0])
    }

    @Test("skipped levels: a level 3 directly under a level 1, a level 4 under a level 2")
    func skippedLevels() {
        let document = parse("一、甲\n1.乙\n（1）丙\n（一）丁\n（1）戊")
        #expect(
            document.tsvLines == [
                "1\t1\t一、\t甲", "1.1\t3\t1.\t乙", "1.1.1\t4\t（1）\t丙", "1.2\t2\t（一）\t丁", "1.2.1\t4\t（1）\t戊"
            ])
    }

    @Test("level 2 with no level 1 above it is top level")
    func levelTwoWithoutLevelOne() {
        let document = parse("前言。\n（一）甲\n1.乙\n（二）丙")
        #expect(document.tsvLines.dropFirst() == ["1\t2\t（一）\t甲", "1.1\t3\t1.\t乙", "2\t2\t（二）\t丙"])
        #expect(document.roots.map { document.nodes[$0].path } == ["preamble", "1", "2"])
    }

    @Test("a lower level before any higher one, then the higher one")
    func lowerLevelFirst() {
        let document = parse("1.甲\n2.乙\n一、丙\n1.丁")
        #expect(document.tsvLines == ["1\t3\t1.\t甲", "2\t3\t2.\t乙", "3\t1\t一、\t丙", "3.1\t3\t1.\t丁"])
    }

    @Test("restarts: an appendix starting again at 一、 continues the top-level paths")
    func restarts() {
        let document = parse("一、甲\n二、乙\n附件\n一、丙\n（一）丁")
        #expect(document.tsvLines == ["1\t1\t一、\t甲", "2\t1\t二、\t乙", "3\t1\t一、\t丙", "3.1\t2\t（一）\t丁"])
    }

    @Test("numbering that skips or repeats is kept as written")
    func skippedAndRepeatedNumbers() {
        let document = parse("一、甲\n三、乙\n三、丙\n（二）丁\n（二）戊")
        #expect(
            document.tsvLines == [
                "1\t1\t一、\t甲", "2\t1\t三、\t乙", "3\t1\t三、\t丙", "3.1\t2\t（二）\t丁", "3.2\t2\t（二）\t戊"
            ])
    }

    @Test("a requirement sequence belongs to the heading above it and ends at the next heading")
    func requirementsUnderHeadings() {
        let document = parse("（一）甲\n一是a。二是b。\n（二）乙\n一是c。二是d。三是e。")
        #expect(
            document.tsvLines == [
                "1\t2\t（一）\t甲", "1.1\tR\t一是\ta", "1.2\tR\t二是\tb",
                "2\t2\t（二）\t乙", "2.1\tR\t一是\tc", "2.2\tR\t二是\td", "2.3\tR\t三是\te"
            ])
    }

    static let gapLines = [
        "---此处隐藏8274字,下载后查看---",
        "……（此处省略2000字）……",
        "【下载后查看全文】",
        "（此处隐藏1200字）",
        "　　---此处隐藏300字，下载后查看---　　"
    ]

    @Test("elision variants are gap nodes whose title is the line as written", arguments: gapLines)
    func gapVariants(line: String) throws {
        let document = parse("一、甲\n正文。\n\(line)\n二、乙")
        #expect(document.nodes.map(\.kind.code) == ["1", "GAP", "1"])
        let gap = try #require(document.nodes.first { $0.kind == .gap })
        #expect(gap.title == line.trimmingSpaces)
        #expect(gap.path == "")
        #expect(gap.marker == "")
        #expect(document.nodes.map(\.path) == ["1", "", "2"])
        #expect(DocumentInvariants.violations(in: document) == [])
    }

    @Test("orphans after a gap go into an untitled level-1 node, as in the bundled speech")
    func orphansAfterGap() throws {
        let document = parse("前言。\n一、甲\n（一）乙\n---此处隐藏8274字,下载后查看---\n认识。\n（一）丙\n一是a。二是b。\n（二）丁\n同志们，谢谢。")
        #expect(
            document.tsvLines == [
                "preamble\tPREAMBLE\t\t前言", "1\t1\t一、\t甲", "1.1\t2\t（一）\t乙",
                "\tGAP\t\t---此处隐藏8274字,下载后查看---", "2\t1\t\t", "2.1\t2\t（一）\t丙",
                "2.1.1\tR\t一是\ta", "2.1.2\tR\t二是\tb", "2.2\t2\t（二）\t丁", "closing\tCLOSING\t\t同志们，谢谢"
            ])
        let untitled = try #require(document.node("2"))
        #expect(untitled.isUntitled)
        #expect(untitled.kind == .heading(level: 1))
        #expect(
            document.string(untitled.range).hasPrefix("认识。\n（一）丙"), "the untitled node starts right after the gap line")
        #expect(DocumentInvariants.violations(in: document) == [])
    }

    @Test("several gaps: each gap's orphans get their own untitled node; a heading after a gap needs none")
    func severalGaps() {
        let document = parse("一、甲\n---此处隐藏100字,下载后查看---\n1.乙\n（1）丙\n【下载后查看全文】\n（二）丁\n（此处省略50字）\n三、戊")
        #expect(
            document.tsvLines == [
                "1\t1\t一、\t甲", "\tGAP\t\t---此处隐藏100字,下载后查看---", "2\t1\t\t", "2.1\t3\t1.\t乙",
                "2.1.1\t4\t（1）\t丙", "\tGAP\t\t【下载后查看全文】", "3\t1\t\t", "3.1\t2\t（二）\t丁",
                "\tGAP\t\t（此处省略50字）", "4\t1\t三、\t戊"
            ])
        #expect(DocumentInvariants.violations(in: document) == [])
    }

    @Test("without level-1 headings, nodes after a gap stay top level")
    func gapWithoutLevelOne() {
        #expect(
            parse("（一）甲\n---此处隐藏100字,下载后查看---\n（二）乙").tsvLines
                == ["1\t2\t（一）\t甲", "\tGAP\t\t---此处隐藏100字,下载后查看---", "2\t2\t（二）\t乙"])
    }

    @Test("a gap before any heading and a gap at the end")
    func gapAtTheEdges() {
        #expect(parse("---此处隐藏100字,下载后查看---\n一、甲\n【下载后查看全文】").nodes.map(\.kind.code) == ["GAP", "1", "GAP"])
        #expect(parse("前言。\n【下载后查看全文】").nodes.map(\.kind.code) == ["PREAMBLE", "GAP"])
    }

    @Test("preamble, gap and closing never shift the numbering")
    func unnumberedNodesDoNotShiftPaths() {
        let plain = parse("一、甲\n二、乙\n三、丙")
        let decorated = parse("前言。\n一、甲\n【下载后查看全文】\n二、乙\n三、丙\n同志们，谢谢！")
        #expect(plain.nodes.map(\.path) == ["1", "2", "3"])
        #expect(decorated.nodes.map(\.path) == ["preamble", "1", "", "2", "3", "closing"])
    }

    @Test("a preamble is the text before the first heading, named by its first sentence")
    func preamble() throws {
        let document = parse("今天，我们召开大会。主要讲三点。\n一、甲")
        let preamble = try #require(document.node("preamble"))
        #expect(preamble.kind == .preamble)
        #expect(preamble.title == "今天，我们召开大会")
        #expect(preamble.range == 0..<document.nodes[1].range.lowerBound)
        #expect(preamble.depth == 0 && preamble.parent == nil && preamble.children.isEmpty)
    }

    @Test("no preamble when the text starts with a heading or only spaces precede it")
    func noPreamble() {
        #expect(parse("一、甲\n正文").node("preamble") == nil)
        #expect(parse("\n　　\n  一、甲\n正文").node("preamble") == nil)
        #expect(parse("一、甲").nodes.count == 1)
    }

    static let closings = ["同志们，谢谢大家！", "同志们：让我们团结起来。", "　　各位代表，让我们携手奋进！", "各位同志，谢谢。"]

    @Test("a closing is a final paragraph opening with an address, running to the end", arguments: closings)
    func closing(line: String) throws {
        let document = parse("一、甲\n正文。\n\(line)\n最后一句。\n")
        let closing = try #require(document.node("closing"))
        #expect(closing.kind == .closing)
        #expect(document.string(closing.range).hasPrefix(line.trimmingSpaces))
        #expect(closing.range.upperBound == document.utf8Count)
        #expect(document.nodes.last?.path == "closing")
        #expect(document.roots.count == 2, "the closing is top level, not inside section 1")
    }

    @Test("no closing when the address is mid-text, mid-line, or followed by a heading")
    func noClosing() {
        #expect(parse("一、甲\n同志们，这是中间。\n二、乙\n正文。").node("closing") == nil)
        #expect(parse("一、甲\n这是最后一段。同志们要努力。").node("closing") == nil)
        #expect(parse("一、甲\n同志们，\n一是学。二是做。").node("closing") == nil)
        #expect(parse("同志们，\n一、甲\n1\n2\n3\n4").node("closing") == nil)
    }

    @Test(
        "paths are unique and resolve back to their node in every corpus document",
        arguments: Repository.corpusDocuments())
    func corpusPaths(name: String) throws {
        let document = try Document(bytes: Repository.bytes(of: Repository.corpusText(name)))
        #expect(DocumentInvariants.pathViolations(document) == [])
        let paths = document.nodes.map(\.path).filter { !$0.isEmpty }
        #expect(Set(paths).count == paths.count)
    }

    @Test("nodeIndex(path:) finds paths, trims spaces and refuses what is not a path")
    func nodeIndexByPath() {
        let document = parse("前言。\n一、甲\n（一）乙\n（二）丙\n同志们，谢谢。")
        #expect(document.nodeIndex(path: "preamble") == 0)
        #expect(document.nodeIndex(path: "1") == 1)
        #expect(document.nodeIndex(path: "1.2") == 3)
        #expect(document.nodeIndex(path: " 1.1 ") == 2)
        #expect(document.nodeIndex(path: "closing") == 4)
        for bad in ["", " ", "0", "1.3", "2", "1..2", "-1", "abc", "1.", ".1"] {
            #expect(document.nodeIndex(path: bad) == nil, "\(bad.debugDescription)")
        }
    }
}

@Suite("Structure: known problems")
struct StructureKnownIssueTests {
    @Test("a preamble that begins with blank lines is still named by its first sentence")
    func preambleAfterBlankLines() {
        #expect(parse("\n前言。\n一、甲").node("preamble")?.title == "前言")
        #expect(parse("　　\n　　同志们：\n今天开会。\n一、甲").node("preamble")?.title == "同志们：")
    }

    @Test("a short speech with no headings that opens with 同志们 has a preamble, not only a closing")
    func openingAddressIsNotClosing() {
        let document = parse("同志们：\n今天召开会议。\n谢谢大家。")
        #expect(document.nodes.first?.kind == .preamble)
    }

    @Test("a short prose line mentioning 隐藏…字 or 下载后查看 is not a gap")
    func proseIsNotGap() {
        #expect(parse("一、甲\n要敢于揭短亮丑，不隐藏问题，逐字逐句对照检查。\n二、乙").nodes.map(\.kind.code) == ["1", "1"])
        #expect(parse("一、甲\n材料请到官网下载后查看。\n二、乙").nodes.map(\.kind.code) == ["1", "1"])
    }

    @Test("orphans that continue the numbering after a gap stay in the open section")
    func continuedNumberingAfterGap() {
        let document = parse("一、甲\n（一）乙\n---此处隐藏100字,下载后查看---\n（二）丙\n（三）丁\n二、戊")
        #expect(document.nodes.filter(\.kind.isNumbered).map(\.path) == ["1", "1.1", "1.2", "1.3", "2"])
    }
}
