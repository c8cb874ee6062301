import SpeechParser
import Testing

@testable import ReaderCore

/// The structural check in the reader: the outline's `!` counts, the gutter mark, the `W` list
/// and the status line's finding under the cursor.
@Suite("Reader: the check's findings")
struct ReaderCheckTests {
    static let text = """
        今天，我们召开全体干部大会。这是开场白的第二句话。
        一、坚持学习，提高本领
        （一）加强理论学习
        一是要深化理论学习，掌握思想武器。二是要加强党性教育，砥砺初心使命。
        三、严守纪律，廉洁自律
        要时刻绷紧廉洁这根弦，学习总书记总书记的讲话，自觉抵制各种诱惑。
        同志们，让我们携手奋进，再创佳绩！

        """
    static let document = Document(parsing: text)
    static let findings = StructureCheck.run(document)

    /// A reader on the fixture with the check's findings reported.
    func checked(width: Int = 100, height: Int = 12, language: UILanguage = .english) -> ReaderState {
        var state = ReaderState(document: Self.document, width: width, height: height, language: language)
        ReaderReducer.reduce(&state, .checked(Self.findings, revision: 0))
        return state
    }

    func rows(_ state: ReaderState) -> [String] {
        Renderer.render(state).text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The character drawn at display column `column` of a screen row.
    static func character(atColumn column: Int, of row: String) -> Character? {
        var used = 0
        for character in row {
            if used == column { return character }
            used += DisplayWidth.of(character)
            if used > column { return nil }
        }
        return nil
    }

    func statusLine(_ state: ReaderState) -> String {
        rows(state)[state.height - 2]
    }

    @Test("findings reported out of text order are put in it; in order, they are kept as they came")
    func findingsInTextOrder() {
        #expect(Self.findings.count >= 2)
        var shuffled = ReaderState(document: Self.document, width: 100, height: 12, language: .english)
        ReaderReducer.reduce(&shuffled, .checked(Self.findings.reversed(), revision: 0))
        let ranges = shuffled.findings.findings.map(\.range)
        #expect(ranges.count == Self.findings.count)
        for (earlier, later) in zip(ranges, ranges.dropFirst()) {
            #expect((earlier.lowerBound, earlier.upperBound) <= (later.lowerBound, later.upperBound))
        }
        #expect(checked().findings.findings.map(\.range) == ranges)
    }

    @Test func theFixtureHasTheFindingsTheseTestsNeed() {
        let rules = Self.findings.map(\.rule)
        #expect(rules.contains(.numberingGap))
        #expect(rules.contains(.duplicatedWord))
    }

    @Test func nothingIsMarkedBeforeTheCheckReports() {
        let state = ReaderState(document: Self.document, width: 100, height: 12, language: .english)
        let screen = rows(state).joined(separator: "\n")
        #expect(!screen.contains("!"))
        #expect(!state.findings.isComputed)
    }

    @Test func outlineEntriesHoldingFindingsShowACount() throws {
        let state = checked()
        let section = try #require(rows(state).first { $0.contains("三、严守纪律") })
        let outline = String(section.prefix { $0 != "│" })
        // The numbering gap on 三、 and the duplicated word in its body.
        #expect(outline.hasSuffix("!2 ") || outline.hasSuffix("!2"), "\(outline)")
        let clean = try #require(rows(state).first { $0.contains("（一）加强理论学习") })
        #expect(!clean.prefix { $0 != "│" }.contains("!"))
    }

    @Test func aFoldedEntryCountsItsWholeSubtree() throws {
        var state = checked()
        let section = try #require(Self.document.nodeIndex(path: "2"))
        #expect(state.findings.count(forNode: section, folded: true, in: Self.document) == 2)
        ReaderFixture.press([.key(.tab)] + ReaderFixture.keys("z"), on: &state)
        #expect(state.folded.contains(section) == false)  // 三、 has no children to fold
        let first = try #require(Self.document.nodeIndex(path: "1"))
        #expect(state.findings.count(forNode: first, folded: true, in: Self.document) == 0)
    }

    @Test func theGutterMarksRowsHoldingAFinding() throws {
        let state = checked()
        let screen = rows(state)
        let gutter = try #require(state.geometry.text).x - 1
        let marked = screen.indices.filter { row in Self.character(atColumn: gutter, of: screen[row]) == "!" }
        let duplicated = try #require(screen.firstIndex { $0.contains("总书记总书记") })
        let gap = try #require(screen.firstIndex { $0.drop { $0 != "│" }.contains("三、严守纪律") })
        #expect(marked.contains(duplicated))
        #expect(marked.contains(gap))
        #expect(marked.count == 2, "\(marked)")
    }

    @Test func theStatusLineShowsTheFindingUnderTheCursor() throws {
        var state = checked(width: 140)
        #expect(!statusLine(state).contains("["))
        let sentence = try #require(
            Self.document.sentenceIndex(atOrAfter: ReaderFixture.offset(of: "要时刻", in: Self.document)))
        while state.cursor < sentence { ReaderReducer.reduce(&state, .nextSentence) }
        let status = statusLine(state)
        #expect(status.contains("[duplicated-word]"), "\(status)")
        #expect(status.contains("'总书记' is written twice"), "\(status)")
        #expect(status.contains("2 三、严守纪律"), "the place stays: \(status)")
    }

    @Test func wListsTheFindingsAndEnterGoesThere() throws {
        var state = checked(width: 140)
        ReaderFixture.press(ReaderFixture.keys("W"), on: &state)
        #expect(state.mode == .findings(ListState(selected: 0, top: 0)))
        let screen = rows(state).joined(separator: "\n")
        #expect(screen.contains("Findings (\(Self.findings.count))"))
        #expect(screen.contains("numbering-gap"))
        #expect(screen.contains("duplicated-word"))
        #expect(statusLine(state).contains("FINDINGS"))
        let target = try #require(Self.findings.firstIndex { $0.rule == .duplicatedWord })
        ReaderFixture.press(Array(repeating: .character("j"), count: target) + [.key(.enter)], on: &state)
        #expect(state.mode == .normal)
        let range = Self.findings[target].range
        #expect(state.cursorRange.map { $0.contains(range.lowerBound) } == true)
        #expect(statusLine(state).contains("[duplicated-word]"))
    }

    @Test func theListSpeaksChineseInAChineseReader() {
        var state = checked(language: .chinese)
        ReaderFixture.press(ReaderFixture.keys("W"), on: &state)
        let screen = rows(state).joined(separator: "\n")
        #expect(screen.contains("检查结果（\(Self.findings.count)）"))
        #expect(screen.contains("连写了两次") || screen.contains("重复"), "\(screen)")
        #expect(screen.contains("duplicated-word"))  // rule ids stay English
    }

    @Test func theListSaysWhenTheCheckHasNotReportedYet() {
        var state = ReaderState(document: Self.document, width: 100, height: 12, language: .english)
        ReaderFixture.press(ReaderFixture.keys("W"), on: &state)
        #expect(rows(state).joined(separator: "\n").contains("Checking…"))
        ReaderReducer.reduce(&state, .checked([], revision: 0))
        #expect(rows(state).joined(separator: "\n").contains("The check found nothing"))
        ReaderFixture.press([.key(.escape)], on: &state)
        #expect(state.mode == .normal)
    }

    @Test func findingsForAnOlderTextAreIgnored() {
        var state = ReaderState(document: Self.document, width: 100, height: 12, language: .english)
        ReaderReducer.reduce(&state, .checked(Self.findings, revision: 1))
        #expect(!state.findings.isComputed)
    }

    @Test func wAndDAreInTheHelpInBothLanguages() {
        for language in UILanguage.allCases {
            let entries = HelpOverlay.entries(language)
            let keys = entries.compactMap { entry -> String? in
                if case .binding(let keys, _) = entry { return keys }
                return nil
            }
            #expect(keys.contains("W"))
            #expect(keys.contains("D"))
        }
        let binding = Keymap.bindings.first { $0.action == .showFindings }
        #expect(binding?.help(in: .chinese).contains("检查") == true)
        #expect(binding?.help(in: .english).contains("findings") == true)
    }
}
