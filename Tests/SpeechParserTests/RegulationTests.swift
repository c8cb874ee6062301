import Foundation
import TestSupport
import Testing

@testable import SpeechParser

/// Regulations: 第X编/章/节 are headings ranked by the forms present, 第X条 articles, and the
/// （一）/1. inside an article its items.
@Suite("Regulations: chapters, sections, articles and items")
struct RegulationTests {
    static func regulation() throws -> Document {
        parse(try TitleAndSectionTests.fixture("regulation.txt"))
    }

    @Test("the regulation fixture's outline")
    func outline() throws {
        let document = try Self.regulation()
        let expected = try TitleAndSectionTests.fixture("regulation.outline.tsv").split(separator: "\n").map(
            String.init)
        #expect(GoldenOutline.firstDifference(document.tsvLines, expected) == nil)
        #expect(DocumentInvariants.violations(in: document) == [])
        #expect(
            StructureCheck.run(document).filter { $0.rule.rawValue.hasPrefix("numbering") || $0.rule == .levelSkip }
                .isEmpty)
    }

    @Test(
        "addresses by the regulation's own numbering",
        arguments: [
            ("第五条", "2.1.2"), ("第二章第五条", "2.1.2"), ("第二章第一节", "2.1"), ("第八条", "3.1"),
            ("第五条（二）", "2.1.2.2"), ("第三章", "3")
        ])
    func addresses(address: String, path: String) throws {
        let document = try Self.regulation()
        guard case .node(let index) = document.resolve(address: address) else {
            Issue.record("\(address): \(document.resolve(address: address))")
            return
        }
        #expect(document.nodes[index].path == path)
        #expect(document.resolve(address: "第十条") == .notFound)
    }

    @Test("titles: a chapter's name, an article's first sentence, empty when the body starts on the next line")
    func titles() throws {
        let document = try Self.regulation()
        #expect(document.node("1")?.title == "总则")
        #expect(document.node("2.1.1")?.title.hasPrefix("市住房城乡建设部门") == true)
        #expect(document.node("2.2.2")?.marker == "第七条")
        #expect(document.node("2.2.2")?.title == "")
    }

    @Test("traps: 第一条件 and 第二次 at a line start, 第四条 and 第十条 cited mid-line")
    func traps() throws {
        let document = try Self.regulation()
        #expect(!document.nodes.contains { $0.marker.hasPrefix("第一条") && $0.kind != .article })
        #expect(
            document.nodes.filter { $0.kind == .article }.map(\.marker) == [
                "第一条", "第二条", "第三条", "第四条", "第五条", "第六条", "第七条", "第八条"
            ])
        let prose = "一、总体要求\n依照第十条规定办理。第二次会议审议通过。\n第一条件是符合规划。\n第三章程序另行规定。\n"
        #expect(parse(prose).compact == ["1 一、 总体要求"])
    }

    @Test("levels by rank among the forms present: 章 alone is 1; 编 章 节 are 1 2 3")
    func ranks() {
        let chapters = parse("第一章 总则\n第一条 为了规范管理，制定本办法。\n第二章 附则\n第二条 本办法自公布之日起施行。\n")
        #expect(chapters.compact == ["1 第一章 总则", "A 第一条 为了规范管理，制定本办法", "1 第二章 附则", "A 第二条 本办法自公布之日起施行"])
        let all = parse("第一编 总则\n第一章 基本规定\n第一节 一般规定\n第一条　为了保护民事主体的合法权益，制定本法。\n")
        #expect(
            all.tsvLines == [
                "1\t1\t第一编\t总则", "1.1\t2\t第一章\t基本规定", "1.1.1\t3\t第一节\t一般规定",
                "1.1.1.1\tA\t第一条\t为了保护民事主体的合法权益，制定本法"
            ])
        let articlesOnly = parse("第一条 为了规范管理，制定本规定。\n第二条 本规定所称项目，是指：\n1.新建项目；\n2.改建项目。\n第一百零五条 本规定自公布之日起施行。\n")
        #expect(
            articlesOnly.tsvLines == [
                "1\tA\t第一条\t为了规范管理，制定本规定", "2\tA\t第二条\t本规定所称项目，是指：", "2.1\tR\t1.\t新建项目",
                "2.2\tR\t2.\t改建项目", "3\tA\t第一百零五条\t本规定自公布之日起施行"
            ])
    }

    @Test("check: articles are numbered straight through the chapters")
    func articleNumbering() {
        let text = "第一章 总则\n第一条 甲。\n第二条 乙。\n第二章 附则\n第四条 丙。\n"
        let findings = StructureCheck.run(parse(text))
        #expect(findings.map(\.rule) == [.numberingGap])
        let restart = StructureCheck.run(parse("第一章 总则\n第一条 甲。\n第二章 附则\n第三条 乙。\n"))
        #expect(restart.map(\.rule) == [.numberingGap])
    }
}
