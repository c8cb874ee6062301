import SpeechParser
import Testing

@testable import ReaderCore

/// The outline pane and the mouse, on the bundled speech at 80×24: 29 outline rows, 22 shown;
/// the outline is columns 0–25, the border column 26, the text from column 28.
@Suite("Reader reducer: outline and mouse")
struct ReaderOutlineTests {
    let speech = ReaderFixture.speech

    private func node(_ path: String) -> Int { ReaderFixture.node(path) }
    private func at(_ needle: String) -> Int { ReaderFixture.offset(of: needle) }
    private func focusedOutline() -> ReaderState {
        var state = ReaderFixture.state()
        ReaderReducer.reduce(&state, .toggleFocus)
        return state
    }

    @Test func tabFocusesTheOutlineOnTheCurrentNodeAndBack() {
        var state = ReaderFixture.state()
        ReaderFixture.apply([.nextNode, .nextNode, .nextNode, .toggleFocus, .toggleFocus], to: &state)
        var expected = state
        expected.focus = .outline
        expected.outlineSelection = node("1.1.1")
        #expect(ReaderReducer.reduce(&state, .toggleFocus) == [])
        #expect(state == expected)
        expected.focus = .text
        #expect(ReaderReducer.reduce(&state, .toggleFocus) == [])
        #expect(state == expected)
    }

    @Test func theSelectionMovesByRowsAndPagesAndStopsAtTheEnds() {
        var state = focusedOutline()
        var expected = state
        expected.outlineSelection = 1
        #expect(ReaderReducer.reduce(&state, .moveSelection(.rows(1))) == [])
        #expect(state == expected)
        expected.outlineSelection = 0
        ReaderFixture.apply([.moveSelection(.rows(-1)), .moveSelection(.rows(-1))], to: &state)
        #expect(state == expected)
        expected.outlineSelection = 28
        expected.outlineTop = 7
        ReaderReducer.reduce(&state, .selectLast)
        #expect(state == expected)
        expected.outlineSelection = 0
        expected.outlineTop = 0
        ReaderReducer.reduce(&state, .selectFirst)
        #expect(state == expected)
        expected.outlineSelection = 21  // a page is 21 rows (22 less one of context)
        ReaderReducer.reduce(&state, .moveSelection(.pages(1)))
        #expect(state == expected)
        expected.outlineSelection = 28
        expected.outlineTop = 7
        ReaderReducer.reduce(&state, .moveSelection(.pages(1)))
        #expect(state == expected)
    }

    @Test func foldingHidesChildrenAndMovesLikeATreeView() {
        var state = focusedOutline()
        ReaderReducer.reduce(&state, .moveSelection(.rows(1)))
        var expected = state
        expected.folded = [1]
        ReaderReducer.reduce(&state, .fold)
        #expect(state == expected)
        #expect(state.outlineRows == [0, 1] + Array(14...28))
        ReaderReducer.reduce(&state, .fold)  // folded, top level: nothing to do
        #expect(state == expected)
        expected.folded = []
        ReaderReducer.reduce(&state, .unfold)
        #expect(state == expected)
        expected.outlineSelection = node("1.1")
        ReaderReducer.reduce(&state, .unfold)  // unfolded: go to the first child
        #expect(state == expected)
        expected.outlineSelection = node("1.1.1")
        ReaderReducer.reduce(&state, .moveSelection(.rows(1)))
        expected.outlineSelection = node("1.1")
        ReaderReducer.reduce(&state, .fold)  // a leaf: go to the parent
        #expect(state == expected)
    }

    @Test func foldAllThenUnfoldAll() {
        var state = focusedOutline()
        ReaderFixture.apply([.moveSelection(.rows(3))], to: &state)  // on 1.1.1
        var expected = state
        expected.folded = [1, 2, 6, 10, 15, 16, 20, 24]
        expected.outlineSelection = 1  // 1.1.1 is hidden: its top-level ancestor stands for it
        ReaderReducer.reduce(&state, .toggleFoldAll)
        #expect(state == expected)
        #expect(state.outlineRows == [0, 1, 14, 15, 28])
        expected.folded = []
        ReaderReducer.reduce(&state, .toggleFoldAll)
        #expect(state == expected)
    }

    @Test func theCurrentNodeShowsAsItsFoldedAncestor() {
        var state = ReaderFixture.state()
        ReaderFixture.apply([.nextNode, .nextNode, .nextNode, .toggleFocus, .toggleFoldAll, .toggleFocus], to: &state)
        #expect(state.currentNode == node("1.1.1"))
        #expect(state.visibleCurrentNode == node("1"))
    }

    @Test func enterJumpsToTheSelectionAndKeepsTheOutlineFocusedBesideTheText() {
        var state = focusedOutline()
        ReaderReducer.reduce(&state, .moveSelection(.rows(2)))
        var expected = state
        expected.top = at("(一)坚持党性原则")
        expected.anchor = expected.top
        expected.cursor = ReaderFixture.sentence(containing: "(一)坚持党性原则")
        expected.history.back = [JumpHistory.Entry(anchor: 0, cursor: 0)]
        #expect(
            ReaderReducer.reduce(&state, .openSelection) == [
                .positionChanged(path: "1.1", offset: expected.top, cursor: state.cursorRange?.lowerBound)
            ])
        #expect(state == expected)
    }

    @Test func enterInTheNarrowOutlineShowsTheTextAgain() {
        var state = ReaderFixture.state(width: 40, height: 12)
        ReaderFixture.apply([.toggleFocus, .moveSelection(.rows(1))], to: &state)
        #expect(state.geometry.text == nil && state.geometry.outline?.width == 40)
        ReaderReducer.reduce(&state, .openSelection)
        #expect(state.focus == .text && state.top == at("一、溯源固本"))
        #expect(state.geometry.text?.width == 40 && state.geometry.outline == nil)
    }

    // MARK: - mouse

    private func mouse(_ kind: InputEvent.MouseEvent.Kind, row: Int, col: Int) -> Action {
        .mouse(InputEvent.MouseEvent(kind, row: row, col: col))
    }

    @Test func theWheelScrollsTheTextThreeRows() {
        var state = ReaderFixture.state()
        var expected = state
        expected.top = at("绩观。政绩观是世界观")
        expected.anchor = expected.top
        expected.cursor = 2  // sentences 0 and 1 left the screen
        #expect(ReaderReducer.reduce(&state, mouse(.wheelDown, row: 5, col: 40)) == [])
        #expect(state == expected)
        expected = ReaderFixture.state()
        expected.cursor = 2
        ReaderReducer.reduce(&state, mouse(.wheelUp, row: 5, col: 40))
        #expect(state == expected)
        #expect(ReaderReducer.reduce(&state, mouse(.wheelUp, row: 5, col: 40)) == [])  // no bell from a wheel
    }

    @Test func theWheelScrollsTheOutlineWithoutSnappingBack() {
        var state = ReaderFixture.state()
        var expected = state
        expected.outlineTop = 3
        ReaderReducer.reduce(&state, mouse(.wheelDown, row: 4, col: 5))
        #expect(state == expected)
        expected.outlineTop = 7
        ReaderReducer.reduce(&state, mouse(.wheelDown, row: 4, col: 5))
        ReaderReducer.reduce(&state, mouse(.wheelDown, row: 4, col: 5))
        #expect(state == expected)
        // The next key brings the current node back into view.
        expected.outlineTop = 0
        expected.cursor = 1
        ReaderReducer.reduce(&state, .nextSentence)
        #expect(state == expected)
    }

    @Test func clickingAnOutlineRowJumpsThereAndItsMarkerFolds() {
        var state = ReaderFixture.state()
        var expected = state
        expected.outlineSelection = 2
        expected.top = at("(一)坚持党性原则")
        expected.anchor = expected.top
        expected.cursor = ReaderFixture.sentence(containing: "(一)坚持党性原则")
        expected.history.back = [JumpHistory.Entry(anchor: 0, cursor: 0)]
        #expect(
            ReaderReducer.reduce(&state, mouse(.press, row: 2, col: 10)) == [
                .positionChanged(path: "1.1", offset: expected.top, cursor: state.cursorRange?.lowerBound)
            ])
        #expect(state == expected)

        expected.outlineSelection = 1
        expected.folded = [1]
        #expect(ReaderReducer.reduce(&state, mouse(.press, row: 1, col: 1)) == [])  // ▾ of 一、 at column 1
        #expect(state == expected)
        #expect(ReaderReducer.reduce(&state, mouse(.press, row: 20, col: 10)) == [])  // below the last row
        #expect(state == expected)
    }

    @Test func clickingTheTextMovesTheCursorToThatSentence() {
        var state = ReaderFixture.state()
        ReaderReducer.reduce(&state, .toggleFocus)
        var expected = state
        expected.focus = .text
        expected.cursor = ReaderFixture.sentence(containing: "政绩观并非抽象的概念")
        ReaderReducer.reduce(&state, mouse(.press, row: 19, col: 34))  // row 19: "    政绩观并非抽象…"
        #expect(state == expected)
        ReaderReducer.reduce(&state, mouse(.press, row: 17, col: 40))  // the blank row before the heading
        #expect(state == expected)
        ReaderReducer.reduce(&state, mouse(.press, row: 22, col: 40))  // the status line
        #expect(state == expected)
        expected.cursor = ReaderFixture.sentence(containing: "一、溯源固本")
        ReaderReducer.reduce(&state, mouse(.press, row: 18, col: 79))  // past the end of the heading row
        #expect(state == expected)
    }

    @Test func theMouseIsIgnoredInTheInputLineAndScrollsTheHelp() {
        var state = ReaderFixture.state()
        ReaderReducer.reduce(&state, .startGoto)
        let prompt = state
        ReaderReducer.reduce(&state, mouse(.press, row: 3, col: 40))
        #expect(state == prompt)
        state = ReaderFixture.state()
        ReaderReducer.reduce(&state, .showHelp)
        ReaderReducer.reduce(&state, mouse(.wheelDown, row: 3, col: 40))
        #expect(state.mode == .help(scroll: 3))
    }
}
