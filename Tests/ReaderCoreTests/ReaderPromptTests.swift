import SpeechParser
import Testing

@testable import ReaderCore

/// `:` go to, `/` search, `n`/`N` and the help overlay, on the bundled speech at 80×24.
@Suite("Reader reducer: go to, search, help")
struct ReaderPromptTests {
    let speech = ReaderFixture.speech

    private func at(_ needle: String) -> Int { ReaderFixture.offset(of: needle) }
    private func typing(_ text: String) -> [Action] { text.map { .promptInsert($0) } }
    private func topShowing(_ offset: Int) -> Int {
        var layout = TextLayout(document: speech, width: 52)
        return ReaderReducer.clampToLastPage(layout.lineStart(containing: offset), &layout, rows: 22)
    }
    private var savedStart: SavedView {
        SavedView(anchor: 0, cursor: 0, search: SearchState())
    }

    // MARK: - go to

    @Test func gotoOpensTakesInputAndJumps() {
        var state = ReaderFixture.state()
        var expected = state
        expected.mode = .prompt(PromptState(kind: .goto, saved: savedStart))
        #expect(ReaderReducer.reduce(&state, .startGoto) == [])
        #expect(state == expected)

        expected.mode = .prompt(PromptState(kind: .goto, saved: savedStart, input: "1.2.1"))
        #expect(ReaderFixture.apply(typing("1.2.1"), to: &state) == [])
        #expect(state == expected)

        let target = speech.nodes[ReaderFixture.node("1.2.1")].range.lowerBound
        expected.mode = .normal
        expected.top = topShowing(target)
        #expect(expected.top == target)  // 1.2.1 begins its own paragraph: its marker starts the top row
        expected.anchor = expected.top
        expected.cursor = ReaderFixture.sentence(containing: "一是要把群众满意度")
        expected.outlineSelection = ReaderFixture.node("1.2.1")
        expected.history.back = [JumpHistory.Entry(anchor: 0, cursor: 0)]
        expected.navigation.history = PromptHistory(goto: ["1.2.1"])
        #expect(
            ReaderReducer.reduce(&state, .promptAccept) == [
                .positionChanged(path: "1.2.1", offset: expected.top, cursor: state.cursorRange?.lowerBound),
                .store(.recordHistory(.goto, "1.2.1"))
            ])
        #expect(state == expected)
    }

    @Test func aBadPathSaysSoAndDoesNotJump() {
        var state = ReaderFixture.state()
        ReaderFixture.apply([.startGoto] + typing("9.9"), to: &state)
        var expected = ReaderFixture.state()
        expected.message = .noSuchPath("9.9")
        #expect(ReaderReducer.reduce(&state, .promptAccept) == [.bell])
        #expect(state == expected)
    }

    @Test func pathsTypedWithAChineseInputMethodWork() {
        for input in ["１．２", "1。2", " 1.2 ", "CLOSING"] {
            var state = ReaderFixture.state()
            ReaderFixture.apply([.startGoto] + typing(input) + [.promptAccept], to: &state)
            let expected = input == "CLOSING" ? "closing" : "1.2"
            #expect(state.currentNode == ReaderFixture.node(expected), "input \(input)")
        }
    }

    @Test func theInputLineEdits() {
        var state = ReaderFixture.state()
        ReaderFixture.apply([.startGoto] + typing("12") + [.promptLeft] + typing("."), to: &state)
        var prompt = PromptState(kind: .goto, saved: savedStart, input: "1.2")
        prompt.cursor = 2
        #expect(state.mode == .prompt(prompt))
        ReaderFixture.apply([.promptHome, .promptDelete, .promptRight, .promptRight], to: &state)
        prompt = PromptState(kind: .goto, saved: savedStart, input: ".2")
        #expect(state.mode == .prompt(prompt))
        ReaderFixture.apply([.promptLeft, .promptBackspace, .promptEnd], to: &state)
        prompt = PromptState(kind: .goto, saved: savedStart, input: "2")
        #expect(state.mode == .prompt(prompt))
        ReaderFixture.apply([.promptClear], to: &state)
        prompt = PromptState(kind: .goto, saved: savedStart)
        #expect(state.mode == .prompt(prompt))
        ReaderReducer.reduce(&state, .promptBackspace)  // on an empty line: closes it
        #expect(state == ReaderFixture.state())
    }

    // MARK: - search

    @Test func searchHighlightsAsYouTypeAndEscRestoresTheView() {
        var state = ReaderFixture.state()
        ReaderReducer.reduce(&state, .startSearch)
        var expected = state
        let matches = TextSearch.matches(of: "试", in: speech.text)
        expected.mode = .prompt(PromptState(kind: .search, saved: savedStart, input: "试"))
        expected.search = SearchState(query: "试", in: speech.text)
        expected.search.current = 0
        expected.top = topShowing(matches[0].lowerBound)
        expected.anchor = expected.top
        expected.cursor = speech.cursorSentence(for: matches[0].lowerBound)
        ReaderReducer.reduce(&state, .promptInsert("试"))
        #expect(state == expected)
        #expect(state.search.matches == matches)

        ReaderFixture.apply(typing("金石"), to: &state)
        #expect(state.search.query == "试金石" && state.search.matches.count == 1 && state.search.current == 0)
        #expect(state.history == JumpHistory())  // typing is not a jump yet

        ReaderReducer.reduce(&state, .promptCancel)
        #expect(state == ReaderFixture.state())
    }

    @Test func acceptingASearchRecordsOneJump() {
        var state = ReaderFixture.state()
        ReaderFixture.apply([.startSearch] + typing("试金石"), to: &state)
        let match = TextSearch.matches(of: "试金石", in: speech.text)[0]
        var expected = ReaderFixture.state()
        expected.search = SearchState(query: "试金石", in: speech.text)
        expected.search.current = 0
        expected.top = topShowing(match.lowerBound)
        expected.anchor = expected.top
        expected.cursor = speech.cursorSentence(for: match.lowerBound)
        expected.outlineSelection = ReaderFixture.node("1.2.3")
        expected.history.back = [JumpHistory.Entry(anchor: 0, cursor: 0)]
        expected.navigation.history = PromptHistory(search: ["试金石"])
        // The match's row starts after 三是, inside 1.2.3; the query is remembered for next time.
        #expect(
            ReaderReducer.reduce(&state, .promptAccept) == [
                .positionChanged(path: "1.2.3", offset: expected.top, cursor: state.cursorRange?.lowerBound),
                .store(.recordHistory(.search, "试金石"))
            ])
        #expect(state == expected)
    }

    @Test func nAndShiftNWrapAroundWithAMessage() {
        var state = ReaderFixture.state()
        ReaderFixture.apply([.startSearch] + typing("政绩观") + [.promptAccept], to: &state)
        let matches = TextSearch.matches(of: "政绩观", in: speech.text)
        #expect(state.search.current == 0 && state.top == 0)  // the first match is on screen: no scroll

        var expected = state
        expected.search.current = matches.count - 1
        expected.top = topShowing(matches[matches.count - 1].lowerBound)
        expected.anchor = expected.top
        expected.cursor = speech.cursorSentence(for: matches[matches.count - 1].lowerBound)
        expected.outlineSelection = ReaderFixture.node("closing")
        expected.outlineTop = 7
        expected.history.back.append(state.historyEntry)
        expected.message = .searchWrappedToBottom
        #expect(ReaderReducer.reduce(&state, .previousMatch).count == 1)
        #expect(state == expected)

        ReaderReducer.reduce(&state, .nextMatch)
        #expect(state.search.current == 0 && state.message == .searchWrappedToTop)
        #expect(state.top == topShowing(matches[0].lowerBound))  // off screen, so its row goes on top
        ReaderReducer.reduce(&state, .nextMatch)
        #expect(state.search.current == 1 && state.message == nil)
    }

    @Test func nAfterScrollingAwayStartsFromTheScreen() {
        var state = ReaderFixture.state()
        ReaderFixture.apply([.startSearch] + typing("政绩观") + [.promptAccept, .scroll(.pages(5))], to: &state)
        let expected = state.search.firstMatch(atOrAfter: state.top)
        ReaderReducer.reduce(&state, .nextMatch)
        #expect(state.search.current == expected)
    }

    @Test func cancellingASearchAfterAResizeRestoresThePositionAtTheNewWidth() {
        var state = ReaderFixture.state()
        ReaderFixture.apply([.scroll(.pages(2)), .scroll(.rows(1))], to: &state)
        ReaderFixture.apply(
            [.startSearch] + typing("试金石") + [.resize(width: 41, height: 20), .promptCancel], to: &state)
        var expected = ReaderFixture.state()
        ReaderFixture.apply([.scroll(.pages(2)), .scroll(.rows(1)), .resize(width: 41, height: 20)], to: &expected)
        #expect(state == expected)
    }

    @Test func aSearchWithoutMatchesSaysNotFound() {
        var state = ReaderFixture.state()
        ReaderFixture.apply([.startSearch] + typing("没有这个词"), to: &state)
        var expected = ReaderFixture.state()
        expected.search = SearchState(query: "没有这个词", in: "")
        expected.message = .notFound("没有这个词")
        #expect(ReaderReducer.reduce(&state, .promptAccept) == [.bell])
        #expect(state == expected)
        #expect(ReaderReducer.reduce(&state, .nextMatch) == [.bell])
        #expect(state == expected)
    }

    @Test func nWithoutASearchAsksForOne() {
        var state = ReaderFixture.state()
        var expected = state
        expected.message = .noPreviousSearch
        #expect(ReaderReducer.reduce(&state, .nextMatch) == [.bell])
        #expect(state == expected)
    }

    @Test func anEmptySearchRepeatsTheLastOne() {
        var state = ReaderFixture.state()
        ReaderFixture.apply([.startSearch] + typing("试金石") + [.promptAccept, .documentStart], to: &state)
        ReaderFixture.apply([.startSearch, .promptAccept], to: &state)
        #expect(state.search.query == "试金石" && state.search.current == 0)
        #expect(state.cursor == ReaderFixture.sentence(containing: "试金石"))
    }

    @Test func escapeInTheTextClearsTheHighlight() {
        var state = ReaderFixture.state()
        ReaderFixture.apply([.startSearch] + typing("政绩观") + [.promptAccept], to: &state)
        var expected = state
        expected.search = SearchState()
        ReaderReducer.reduce(&state, .clearSelectionOrSearch)
        #expect(state == expected)
    }

    // MARK: - help

    @Test func helpOpensScrollsWithinItsContentAndCloses() {
        var state = ReaderFixture.state()
        var expected = state
        expected.mode = .help(scroll: 0)
        ReaderReducer.reduce(&state, .showHelp)
        #expect(state == expected)
        expected.mode = .help(scroll: 1)
        ReaderReducer.reduce(&state, .scrollHelp(.rows(1)))
        #expect(state == expected)
        ReaderReducer.reduce(&state, .nextNode)  // reading keys do nothing under the help
        #expect(state == expected)
        ReaderFixture.apply(Array(repeating: .scrollHelp(.pages(1)), count: 10), to: &state)
        expected.mode = .help(scroll: HelpOverlay.maxScroll(state))
        #expect(state == expected)
        #expect(HelpOverlay.maxScroll(state) > 0)
        expected.mode = .normal
        ReaderReducer.reduce(&state, .closeHelp)
        #expect(state == expected)
    }
}
