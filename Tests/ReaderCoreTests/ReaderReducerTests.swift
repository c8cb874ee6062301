import Annotations
import SpeechParser
import Testing

@testable import ReaderCore

/// Reducer tests on the bundled speech at 80×24 (22 pane rows, text laid out at 52 columns).
/// Each test states the whole expected state: a copy of the state before, with exactly the
/// fields the action should change.
@Suite("Reader reducer: reading and jumps")
struct ReaderReducerTests {
    let speech = ReaderFixture.speech

    private func at(_ needle: String) -> Int { ReaderFixture.offset(of: needle) }
    private func sentence(_ needle: String) -> Int { ReaderFixture.sentence(containing: needle) }
    private func lineStart(_ offset: Int, width: Int = 52) -> Int {
        var layout = TextLayout(document: speech, width: width)
        return layout.lineStart(containing: offset)
    }

    @Test func initialState() {
        let state = ReaderFixture.state()
        #expect(state.top == 0 && state.anchor == 0 && state.cursor == 0)
        #expect(state.focus == .text && state.mode == .normal && state.message == nil)
        #expect(state.outlineSelection == 0 && state.outlineTop == 0 && state.folded.isEmpty)
        #expect(state.search == SearchState() && state.history == JumpHistory())
        #expect(
            state.readingPosition
                == ReadingPosition(nodePath: "preamble", offset: 0, cursorOffset: state.cursorRange?.lowerBound))
        #expect(state.currentNode == 0)
    }

    // MARK: - scrolling

    @Test func lineDownMovesTheTopOneRowAndKeepsTheCursor() {
        var state = ReaderFixture.state()
        var expected = state
        expected.top = at("目的之一")
        expected.anchor = expected.top
        #expect(ReaderReducer.reduce(&state, .scroll(.rows(1))) == [])
        #expect(state == expected)
    }

    @Test func lineUpAtTheTopRingsTheBellAndChangesNothing() {
        var state = ReaderFixture.state()
        let expected = state
        #expect(ReaderReducer.reduce(&state, .scroll(.rows(-1))) == [.bell])
        #expect(state == expected)
    }

    @Test func pageDownKeepsOneRowOfContextAndTheCursorFollows() {
        var state = ReaderFixture.state()
        var expected = state
        expected.top = at("想源头和实践要求")  // row 21 of the first screen becomes row 0
        expected.anchor = expected.top
        expected.cursor = sentence("总书记总书记深刻指出")  // the first sentence starting on screen
        #expect(ReaderReducer.reduce(&state, .scroll(.pages(1))) == [])
        #expect(state == expected)

        expected.top = 0
        expected.anchor = 0
        expected.cursor = sentence("要树立正确的政绩观,首先")  // the last sentence starting on screen
        #expect(ReaderReducer.reduce(&state, .scroll(.pages(-1))) == [])
        #expect(state == expected)
    }

    @Test func scrollingStopsAtTheLastPage() {
        var state = ReaderFixture.state()
        ReaderFixture.apply([.documentEnd], to: &state)
        let expected = state
        #expect(ReaderReducer.reduce(&state, .scroll(.rows(1))) == [.bell])
        #expect(ReaderReducer.reduce(&state, .scroll(.pages(1))) == [.bell])
        #expect(state == expected)
    }

    // MARK: - jumps

    @Test func documentEndAndStartAreRecordedJumps() {
        var state = ReaderFixture.state()
        var expected = state
        expected.top = at("不回避矛盾,对于城市更新")  // the last page ends with the closing address
        expected.anchor = expected.top
        expected.cursor = speech.sentences.count - 1
        expected.history.back = [JumpHistory.Entry(anchor: 0, cursor: 0)]
        expected.outlineSelection = ReaderFixture.node("closing")
        expected.outlineTop = 29 - 22  // the closing is the last of 29 outline rows
        #expect(
            ReaderReducer.reduce(&state, .documentEnd) == [
                .positionChanged(path: "2.3.2", offset: expected.top, cursor: state.cursorRange?.lowerBound)
            ])
        #expect(state == expected)

        let end = JumpHistory.Entry(anchor: expected.top, cursor: expected.cursor)
        expected.top = 0
        expected.anchor = 0
        expected.cursor = 0
        expected.history.back.append(end)
        expected.outlineSelection = 0
        expected.outlineTop = 0
        #expect(
            ReaderReducer.reduce(&state, .documentStart) == [
                .positionChanged(path: "preamble", offset: 0, cursor: state.cursorRange?.lowerBound)
            ])
        #expect(state == expected)
        #expect(ReaderReducer.reduce(&state, .documentStart) == [])  // already there: no jump, no entry
        #expect(state == expected)
    }

    @Test func nextAndPreviousNodeVisitEveryLevel() {
        var state = ReaderFixture.state()
        var expected = state
        var entries = [JumpHistory.Entry(anchor: 0, cursor: 0)]
        for (path, marker) in [("1", "一、溯源固本"), ("1.1", "(一)坚持党性原则"), ("1.1.1", "一是要强化政治忠诚")] {
            expected.top = lineStart(at(marker))
            expected.anchor = expected.top
            expected.cursor = sentence(marker)
            expected.outlineSelection = ReaderFixture.node(path)
            expected.history.back = entries
            let effects = ReaderReducer.reduce(&state, .nextNode)
            #expect(
                effects == [
                    .positionChanged(
                        path: state.readingPosition.nodePath, offset: expected.top,
                        cursor: state.cursorRange?.lowerBound)
                ])
            #expect(state == expected, "after ] to \(path)")
            entries.append(JumpHistory.Entry(anchor: expected.top, cursor: expected.cursor))
        }
        // A requirement item begins a paragraph of its own: 1.1.1's marker starts the top row.
        #expect(state.top == at("一是要强化政治忠诚"))
        #expect(
            state.readingPosition
                == ReadingPosition(
                    nodePath: "1.1.1", offset: at("一是要强化政治忠诚"), cursorOffset: state.cursorRange?.lowerBound))

        expected.top = at("(一)坚持党性原则")
        expected.anchor = expected.top
        expected.cursor = sentence("(一)坚持党性原则")
        expected.outlineSelection = ReaderFixture.node("1.1")
        expected.history.back = entries
        #expect(
            ReaderReducer.reduce(&state, .previousNode) == [
                .positionChanged(path: "1.1", offset: expected.top, cursor: state.cursorRange?.lowerBound)
            ])
        #expect(state == expected)
    }

    @Test func previousNodeFromInsideABodyGoesToThatNodesStart() {
        var state = ReaderFixture.state()
        ReaderReducer.reduce(&state, .scroll(.pages(1)))  // the cursor is in the body of 一、
        var expected = state
        expected.top = at("一、溯源固本")
        expected.anchor = expected.top
        expected.cursor = sentence("一、溯源固本")
        expected.outlineSelection = ReaderFixture.node("1")
        expected.history.back = [state.historyEntry]
        #expect(
            ReaderReducer.reduce(&state, .previousNode) == [
                .positionChanged(path: "1", offset: expected.top, cursor: state.cursorRange?.lowerBound)
            ])
        #expect(state == expected)
    }

    @Test func sectionsSkipNestedNodesAndStopAtTheEnds() {
        var state = ReaderFixture.state()
        var visited: [String] = []
        for _ in 0..<3 {
            #expect(ReaderReducer.reduce(&state, .nextSection).count == 1)
            visited.append(speech.nodes[state.currentNode ?? 0].kind.code)
        }
        #expect(visited == ["1", "1", "CLOSING"])  // parts only: never the gap
        let atClosing = state
        #expect(ReaderReducer.reduce(&state, .nextSection) == [.bell])
        #expect(state == atClosing)

        var expected = state
        let untitled = speech.roots[3]
        expected.cursor = speech.cursorSentence(for: speech.nodes[untitled].range.lowerBound)
        expected.top = lineStart(speech.nodes[untitled].range.lowerBound)
        expected.anchor = expected.top
        expected.outlineSelection = untitled
        // The outline stays scrolled: the untitled section's row (15) is already in view.
        expected.history.back.append(atClosing.historyEntry)
        #expect(
            ReaderReducer.reduce(&state, .previousSection) == [
                .positionChanged(path: "2", offset: expected.top, cursor: state.cursorRange?.lowerBound)
            ])
        #expect(state == expected)
    }

    // MARK: - the sentence cursor

    @Test func sentenceCursorMovesAndScrollsOnlyWhenItMustLeaveTheScreen() {
        var state = ReaderFixture.state()
        var expected = state
        expected.cursor = 1
        #expect(ReaderReducer.reduce(&state, .nextSentence) == [])
        #expect(state == expected)

        // Walk to the first sentence that ends below the screen: only then does the view move.
        var layout = TextLayout(document: speech, width: 52)
        let bottom = layout.lines(fromLineStart: 0, count: 22).last?.range.upperBound ?? 0
        let target = speech.sentences.firstIndex { $0.upperBound > bottom } ?? 0
        for index in 2..<target {
            ReaderReducer.reduce(&state, .nextSentence)
            expected.cursor = index
            #expect(state == expected)
        }
        ReaderReducer.reduce(&state, .nextSentence)
        let lastRow = layout.lineStart(containing: speech.sentences[target].upperBound - 1)
        expected.cursor = target
        expected.top = layout.lineStart(movedBy: -21, from: lastRow)
        expected.anchor = expected.top
        #expect(state == expected)
        #expect(state.history == JumpHistory())  // moving the cursor is not a jump

        expected.cursor = target - 1
        #expect(ReaderReducer.reduce(&state, .previousSentence) == [])
        #expect(state == expected)
    }

    @Test func sentenceCursorStopsAtTheEnds() {
        var state = ReaderFixture.state()
        let expected = state
        #expect(ReaderReducer.reduce(&state, .previousSentence) == [.bell])
        #expect(state == expected)
        ReaderReducer.reduce(&state, .documentEnd)
        let atEnd = state
        #expect(ReaderReducer.reduce(&state, .nextSentence) == [.bell])
        #expect(state == atEnd)
    }

    // MARK: - history

    @Test func historyGoesBackAndForward() {
        var state = ReaderFixture.state()
        let start = state
        ReaderReducer.reduce(&state, .nextNode)
        let first = state
        ReaderReducer.reduce(&state, .nextNode)
        let second = state

        var expected = first
        expected.history = JumpHistory()
        expected.history.back = [start.historyEntry]
        expected.history.forward = [second.historyEntry]
        #expect(
            ReaderReducer.reduce(&state, .historyBack) == [
                .positionChanged(path: "1", offset: first.top, cursor: state.cursorRange?.lowerBound)
            ])
        #expect(state == expected)

        expected = start
        expected.history.forward = [second.historyEntry, first.historyEntry]
        #expect(
            ReaderReducer.reduce(&state, .historyBack) == [
                .positionChanged(path: "preamble", offset: 0, cursor: state.cursorRange?.lowerBound)
            ])
        #expect(state == expected)

        expected.message = .noOlderPosition
        #expect(ReaderReducer.reduce(&state, .historyBack) == [.bell])
        #expect(state == expected)

        ReaderReducer.reduce(&state, .historyForward)
        #expect(ReaderReducer.reduce(&state, .historyForward).count == 1)
        #expect(state == second)
        expected = second
        expected.message = .noNewerPosition
        #expect(ReaderReducer.reduce(&state, .historyForward) == [.bell])
        #expect(state == expected)
    }

    @Test func aNewJumpForgetsTheForwardList() {
        var state = ReaderFixture.state()
        ReaderFixture.apply([.nextNode, .nextNode, .historyBack], to: &state)
        #expect(state.history.forward.count == 1)
        ReaderFixture.apply([.nextSection], to: &state)
        #expect(state.history.forward.isEmpty)
        #expect(state.history.back.count == 2)
    }

    // MARK: - resize, restore, quit

    @Test func resizeKeepsTheReadingPositionAndTheCursor() {
        var state = ReaderFixture.state()
        ReaderFixture.apply([.scroll(.pages(2)), .nextSentence, .nextSentence], to: &state)
        var expected = state
        expected.width = 40
        expected.height = 12
        expected.top = lineStart(state.anchor, width: 40)
        #expect(ReaderReducer.reduce(&state, .resize(width: 40, height: 12)) == [])
        #expect(state == expected)
        #expect(state.top <= state.anchor)
    }

    @Test func restorePutsTheViewAtASavedOffsetWithoutAJump() {
        var state = ReaderFixture.state()
        let offset = at("一是要把群众满意度")
        var expected = state
        expected.anchor = offset
        expected.top = lineStart(offset)
        expected.cursor = sentence("一是要把群众满意度")
        expected.outlineSelection = ReaderFixture.node("1.2.1")
        #expect(ReaderReducer.reduce(&state, .restore(offset: offset)) == [])
        #expect(state == expected)
        #expect(
            state.readingPosition
                == ReadingPosition(nodePath: "1.2.1", offset: offset, cursorOffset: state.cursorRange?.lowerBound))
    }

    @Test func quitReportsThePositionThenQuits() {
        var state = ReaderFixture.state()
        ReaderReducer.reduce(&state, .scroll(.rows(3)))
        let expected = state
        #expect(
            ReaderReducer.reduce(&state, .quit) == [
                .positionChanged(path: "preamble", offset: state.anchor, cursor: state.cursorRange?.lowerBound), .quit
            ])
        #expect(state == expected)
    }

    @Test func aMessageLastsUntilTheNextAction() {
        var state = ReaderFixture.state()
        ReaderReducer.reduce(&state, .historyBack)
        #expect(state.message == .noOlderPosition)
        ReaderReducer.reduce(&state, .resize(width: 81, height: 24))
        #expect(state.message == .noOlderPosition)
        ReaderReducer.reduce(&state, .scroll(.rows(1)))
        #expect(state.message == nil)
    }
}
