import Foundation
import SpeechParser
import TestSupport
import Testing

@testable import ReaderCore

/// `}`/`{` by top-level parts, the outline filter, the requirement list and sizes, as state
/// changes and as rendered frames.
@Suite("Reader: parts, outline filter, requirement list, sizes")
struct ReaderPartsTests {
    static let report: Document = {
        let url = Repository.fixtures.appendingPathComponent("reader/work-report-requirements-first.txt")
        return (try? Document(bytes: Repository.bytes(of: url))) ?? Document(parsing: "")
    }()

    private func kindAndPath(_ state: ReaderState) -> String {
        guard let node = state.currentNode else { return "" }
        return state.document.nodes[node].kind.code + " " + state.document.nodes[node].path
    }

    @Test func partsSkipTopLevelRequirements() {
        let document = Self.report
        #expect(
            document.roots.map { document.nodes[$0].kind.code }.prefix(7) == [
                "TITLE", "PREAMBLE", "R", "R", "R", "R", "R"
            ])
        var state = ReaderState(document: document, width: 80, height: 24, language: .chinese)
        var visited: [String] = []
        while ReaderReducer.reduce(&state, .nextSection) != [.bell] {
            visited.append(kindAndPath(state))
        }
        #expect(visited == ["1 6", "1 7", "1 8", "CLOSING closing"])  // the first } reaches 一、
        ReaderReducer.reduce(&state, .previousSection)
        #expect(kindAndPath(state) == "1 8")
        ReaderFixture.press(ReaderFixture.keys("gJ"), on: &state)  // J from the preamble: no such level
        #expect(state.message == .navigation(.noSibling))
    }

    @Test func theOutlineFilterShowsMatchesWithTheirAncestors() {
        var state = ReaderFixture.state(width: 90, height: 14)
        ReaderFixture.press([.key(.tab)] + ReaderFixture.keys("/容错"), on: &state)
        let filter = state.navigation.outlineFilter
        #expect(filter?.matches == [ReaderFixture.node("2.2.3")])
        #expect(filter?.rows == [ReaderFixture.node("2"), ReaderFixture.node("2.2"), ReaderFixture.node("2.2.3")])
        ReaderFixture.press([.key(.enter)], on: &state)
        let lines = Renderer.render(state).lines()
        #expect(lines[0].hasPrefix(" ▾ （标题缺失）"))
        #expect(lines[1].hasPrefix("   ▾ (二)健全制度保障"))
        #expect(lines[2].hasPrefix("       三是要落实容错纠错机制"))
        #expect(lines[3].hasPrefix("                              │"))  // nothing else
        #expect(state.mode == .normal && state.focus == .outline)
        ReaderFixture.press([.key(.escape)], on: &state)
        #expect(state.navigation.outlineFilter == nil && state.focus == .outline)
        #expect(Renderer.render(state).text.contains("一是要完善考核评价体系"))  // the whole outline again
    }

    @Test func theRequirementListGroupsAndJumps() {
        var state = ReaderFixture.state(width: 80, height: 30)
        ReaderFixture.press(ReaderFixture.keys("R"), on: &state)
        let text = Renderer.render(state).text
        #expect(text.contains("要点：6 处共 18 条"))
        #expect(text.contains("1.1 (一)坚持党性原则,校准政绩创造的政治坐标（3）"))
        #expect(text.contains("1.1.1  一是要强化政治忠诚,确保政绩方向不偏"))
        ReaderFixture.press(ReaderFixture.keys("jj") + [.key(.enter)], on: &state)
        #expect(state.currentNode == ReaderFixture.node("1.1.3") && state.mode == .normal)
        ReaderFixture.press(ReaderFixture.keys("Rp"), on: &state)
        #expect(Renderer.render(state).text.contains("要点（1）：3 处共 9 条"))
        ReaderFixture.press([.key(.escape)], on: &state)
        #expect(state.mode == .normal)
    }

    @Test func theMatchListShowsPathAndContext() {
        var state = ReaderFixture.state(width: 80, height: 30)
        ReaderFixture.press(ReaderFixture.keys("/政绩观") + [.key(.enter)] + ReaderFixture.keys("F"), on: &state)
        let count = state.search.matches.count
        let lines = Renderer.render(state).lines()
        #expect(lines.contains { $0.contains("全部匹配（\(count)）") })
        #expect(lines.contains { $0.contains("1         、溯源固本:深刻把握正确政绩观的核心要义与时代要求") })
        ReaderFixture.press(ReaderFixture.keys("G") + [.key(.enter)], on: &state)
        #expect(state.search.current == count - 1)
    }

    @Test func sizesInTheOutlineAndTheSpeakingTimeInTheStatusLine() {
        var state = ReaderFixture.state(width: 100, height: 12)
        ReaderFixture.press(ReaderFixture.keys("S"), on: &state)
        #expect(state.message == .navigation(.indexNotReady))
        let index = NavigationIndex(document: ReaderFixture.speech, readings: PinyinReadings(characters: []))
        ReaderReducer.reduce(&state, .navigation(.indexReady(index)))
        ReaderFixture.press(ReaderFixture.keys("}S"), on: &state)
        let stats = index.stats
        let part = ReaderFixture.node("1")
        let minutes = UIStrings.oneDecimal(stats.minutes(ofNode: part))
        let lines = Renderer.render(state).lines()
        #expect(lines[10].contains("约 \(minutes) 分钟"))
        let row = lines.first { $0.hasPrefix(" ▾ 一、溯源固本") } ?? ""
        #expect(row.hasPrefix(" ▾ 一、溯源固本:深刻… \(stats.characters[part])   \(minutes) │"))
    }
}
