import SpeechParser
import Testing

@testable import ReaderCore

/// Finding one's way: `:` by address and by title, the chooser, `}`/`{` by parts, `J`/`K`,
/// the prompt history, pinyin and regular expressions in `/`, less/vim motions.
@Suite("Reader reducer: finding one's way")
struct ReaderNavigationTests {
    let speech = ReaderFixture.speech
    /// Built once: ICU's readings of the speech.
    static let index = NavigationIndex(document: ReaderFixture.speech)

    private func typing(_ text: String) -> [Action] { text.map { .promptInsert($0) } }
    private func indexed(width: Int = 80, height: Int = 24) -> ReaderState {
        var state = ReaderFixture.state(width: width, height: height)
        ReaderReducer.reduce(&state, .navigation(.indexReady(Self.index)))
        return state
    }
    private func path(_ state: ReaderState) -> String {
        state.currentNode.map { speech.nodes[$0].path } ?? ""
    }

    @Test func gotoTakesTitlesAndTheDocumentsOwnNumbering() {
        for (input, expected) in [
            ("容错", "2.2.3"), ("一(二)", "1.2"), ("一（二）二是", "1.2.2"), ("结语", "closing"), ("1。2", "1.2")
        ] {
            var state = indexed()
            let effects = ReaderFixture.apply([.startGoto] + typing(input) + [.promptAccept], to: &state)
            #expect(path(state) == expected, "\(input)")
            #expect(effects.contains(.store(.recordHistory(.goto, input))), "\(input)")
        }
    }

    @Test func anAmbiguousAddressPrefersTheCurrentSection() {
        var state = indexed()
        ReaderFixture.apply([.startGoto] + typing("2.2") + [.promptAccept], to: &state)
        ReaderFixture.apply([.startGoto] + typing("(一)") + [.promptAccept], to: &state)
        #expect(path(state) == "2.1")
    }

    @Test func theChooserNarrowsAsYouTypeAndEnterTakesTheSelection() throws {
        var state = indexed(width: 100, height: 30)
        ReaderFixture.apply([.startGoto] + typing("政绩"), to: &state)
        guard case .prompt(let wide) = state.mode, let chooser = wide.chooser else {
            Issue.record("no chooser")
            return
        }
        #expect(chooser.candidates.count > 3)
        let frame = Renderer.render(state).text
        #expect(frame.contains("标题匹配（\(chooser.candidates.count)）"))
        #expect(frame.contains("1.1.1  一是要强化政治忠诚,确保政绩方向不偏"))
        ReaderFixture.apply(typing("创"), to: &state)
        guard case .prompt(let narrow) = state.mode, let narrowed = narrow.chooser else {
            Issue.record("no chooser after narrowing")
            return
        }
        #expect(narrowed.candidates.count < chooser.candidates.count && narrowed.candidates.count >= 2)
        ReaderFixture.press([.key(.down)], on: &state)
        guard case .prompt(let moved) = state.mode else { return }
        #expect(moved.chooser?.selected == 1)
        let second = narrowed.candidates[1]
        ReaderFixture.press([.key(.enter)], on: &state)
        #expect(state.currentNode == second)
    }

    @Test func pinyinFindsTitlesInTheChooser() {
        var state = indexed()
        ReaderFixture.apply([.startGoto] + typing("rongcuo") + [.promptAccept], to: &state)
        #expect(path(state) == "2.2.3")
    }

    @Test func nothingNamedSaysSo() {
        var state = indexed()
        let effects = ReaderFixture.apply([.startGoto] + typing("量子纠缠") + [.promptAccept], to: &state)
        #expect(effects == [.bell])
        #expect(state.message == .navigation(.nothingNamed("量子纠缠")))
    }

    @Test func theHistoryWalksBackAndForth() {
        var state = indexed()
        for query in ["试金石", "政绩观"] {
            ReaderFixture.apply([.startSearch] + typing(query) + [.promptAccept], to: &state)
        }
        #expect(state.navigation.history.entries(.search) == ["试金石", "政绩观"])
        ReaderFixture.press(ReaderFixture.keys("/abc") + [.key(.up), .key(.up)], on: &state)
        guard case .prompt(let prompt) = state.mode else { return }
        #expect(prompt.input == "试金石")
        ReaderFixture.press([.control("n"), .control("n")], on: &state)
        guard case .prompt(let back) = state.mode else { return }
        #expect(back.input == "abc")  // past the newest comes back what was typed
        ReaderFixture.press([.control("p"), .control("p"), .key(.enter)], on: &state)
        #expect(state.search.query == "试金石" && state.search.matches.count == 1 && state.search.current == 0)
        #expect(state.navigation.history.entries(.search) == ["政绩观", "试金石"])  // deduplicated, newest last
    }

    @Test func theHistoryKeepsTheNewestHundred() {
        var history = PromptHistory(search: (0..<150).map(String.init))
        #expect(history.entries(.search).count == 100 && history.entries(.search).first == "50")
        history.record("60", kind: .search)
        #expect(history.entries(.search).last == "60" && history.entries(.search).count == 100)
    }

    @Test func pinyinMatchesAfterTheIndexAndTogglesOff() {
        var state = indexed()
        ReaderFixture.apply([.startSearch] + typing("zjg") + [.promptAccept], to: &state)
        let literal = TextSearch.matches(of: "政绩观", in: speech.text).count
        #expect(state.search.matches.count >= literal && literal > 0)
        ReaderFixture.press(ReaderFixture.keys("P"), on: &state)
        #expect(!state.navigation.pinyinEnabled && state.search.matches.isEmpty)
        #expect(Renderer.render(state).lines()[22].contains("拼音关"))
    }

    @Test func aPinyinQueryTypedBeforeTheIndexMatchesOnceItArrives() {
        var state = ReaderFixture.state(width: 80, height: 24)
        ReaderFixture.apply([.startSearch] + typing("zjg") + [.promptAccept], to: &state)
        #expect(state.search.matches.isEmpty)
        ReaderReducer.reduce(&state, .navigation(.indexReady(Self.index)))
        let literal = TextSearch.matches(of: "政绩观", in: speech.text).count
        #expect(state.search.matches.count >= literal && literal > 0)
        #expect(state.search.current != nil)
    }

    @Test func regularExpressionsOnRequestAndABadPatternSaysSo() {
        var state = indexed()
        ReaderFixture.apply([.startSearch] + typing("re:政绩观[^,，]{0,2}") + [.promptAccept], to: &state)
        #expect(!state.search.matches.isEmpty)
        ReaderFixture.apply([.startSearch] + typing("re:(政绩"), to: &state)
        guard case .navigation(.badPattern(let reason)) = state.message else {
            Issue.record("no bad-pattern message: \(String(describing: state.message))")
            return
        }
        #expect(!reason.isEmpty && !reason.contains("\n"))
    }

    @Test func lessAndVimMotions() {
        var state = indexed()
        ReaderFixture.press(ReaderFixture.keys("50%"), on: &state)
        let half = speech.utf8Count / 2
        #expect(state.top <= half && state.top > half - 200)
        #expect(state.navigation.count == nil)
        let afterPercent = state.historyEntry
        ReaderFixture.press(ReaderFixture.keys("''"), on: &state)
        #expect(state.top == 0)
        ReaderFixture.press(ReaderFixture.keys("''"), on: &state)
        #expect(state.historyEntry == afterPercent)
        let top = state.top
        ReaderFixture.press([.control("d")], on: &state)
        var layout = state.makeLayout()
        #expect(state.top == layout.lineStart(movedBy: 11, from: top))
        ReaderFixture.press(ReaderFixture.keys("L"), on: &state)
        let bottom = state.cursor
        ReaderFixture.press(ReaderFixture.keys("H"), on: &state)
        #expect(state.cursor < bottom)
        #expect(speech.sentences[state.cursor].lowerBound >= state.top)
    }

    @Test func siblingsKeepTheirLevel() {
        var state = indexed()
        ReaderFixture.apply([.startGoto] + typing("1.1.3") + [.promptAccept], to: &state)
        ReaderFixture.press(ReaderFixture.keys("J"), on: &state)
        #expect(path(state) == "1.2.1")  // the next requirement, in the next section
        ReaderFixture.press(ReaderFixture.keys("K"), on: &state)
        #expect(path(state) == "1.1.3")
        ReaderFixture.apply([.startGoto] + typing("1.1") + [.promptAccept], to: &state)
        ReaderFixture.press(ReaderFixture.keys("J"), on: &state)
        #expect(path(state) == "1.2")
    }
}
