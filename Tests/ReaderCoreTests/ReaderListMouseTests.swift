import SpeechParser
import Testing

@testable import ReaderCore

/// Clicks in the list overlays: the first click on an item selects it, a click on the selected
/// item opens it as Enter does (so a double click opens too).
@Suite("Reader reducer: clicks in the lists")
struct ReaderListMouseTests {
    private func click(row: Int, col: Int = 40) -> Action {
        .mouse(InputEvent.MouseEvent(.press, row: row, col: col))
    }

    /// The screen row of `item`'s first row in the open bookmark/note/finding/change list.
    private func screenRow(ofItem item: Int, _ state: ReaderState) -> Int? {
        guard let content = ListOverlay.content(state), let list = state.mode.list else { return nil }
        let box = ListOverlay.box(state, rowCount: content.rows.count)
        let top = ListOverlay.scrolledTop(
            list.top, selected: list.selected, rows: content.rows, visible: box.height - 2)
        guard let index = content.rows.firstIndex(of: .entry(item: item, line: 0)) else { return nil }
        return box.y + 1 + index - top
    }

    @Test func aClickSelectsANoteAndASecondClickOpensIt() throws {
        var state = ReaderFixture.loaded(notes: ReaderFixture.sampleNotes)
        ReaderReducer.reduce(&state, .showNotes)
        let before = try #require(state.mode.list)
        let target = before.selected == 2 ? 1 : 2
        let row = try #require(screenRow(ofItem: target, state))
        #expect(ReaderReducer.reduce(&state, click(row: row)) == [])
        #expect(state.mode.listKind == .notes)
        #expect(state.mode.list?.selected == target)
        // The note's second row belongs to it too: a click there opens it.
        ReaderReducer.reduce(&state, click(row: row + 1))
        #expect(state.mode == .normal)
        let note = ReaderFixture.sampleNotes[target]
        #expect(state.cursorRange.map { $0.overlaps(note.range ?? 0..<0) } == true)
    }

    @Test func twoClicksOnABookmarkGoThere() throws {
        let sentences = [
            ReaderFixture.sentence(containing: "一是要把群众满意度"),
            ReaderFixture.sentence(containing: "二是要把保障和改善民生"),
            ReaderFixture.sentence(containing: "同志们")
        ]
        let marks = sentences.enumerated().map {
            ReaderFixture.bookmark(Int64($0.offset + 1), "", sentence: $0.element)
        }
        var state = ReaderFixture.loaded(bookmarks: marks, language: .english)
        ReaderReducer.reduce(&state, .showBookmarks)
        let target = state.mode.list?.selected == 2 ? 0 : 2
        let row = try #require(screenRow(ofItem: target, state))
        ReaderReducer.reduce(&state, click(row: row))
        #expect(state.mode.list?.selected == target)
        ReaderReducer.reduce(&state, click(row: row))
        #expect(state.mode == .normal)
        #expect(state.cursor == sentences[target])
    }

    @Test func clicksOffTheItemsDoNothing() throws {
        var state = ReaderFixture.loaded(notes: ReaderFixture.sampleNotes)
        ReaderReducer.reduce(&state, .showNotes)
        let before = state
        let content = try #require(ListOverlay.content(state))
        let box = ListOverlay.box(state, rowCount: content.rows.count)
        // The border, outside the box, and the orphans' heading.
        for row in [box.y, box.y + box.height - 1, 0] {
            #expect(ReaderReducer.reduce(&state, click(row: row)) == [], "row \(row)")
        }
        #expect(ReaderReducer.reduce(&state, click(row: box.y + 1, col: 0)) == [])
        if let heading = content.rows.firstIndex(where: { if case .heading = $0 { return true } else { return false } })
        {
            ReaderReducer.reduce(&state, click(row: box.y + 1 + heading - (state.mode.list?.top ?? 0)))
        }
        #expect(state.mode == before.mode)
    }

    @Test func theRequirementListSelectsThenOpens() throws {
        var state = ReaderFixture.state(width: 80, height: 24)
        ReaderReducer.reduce(&state, .navigation(.showRequirements))
        guard case .navigationList(let open) = state.mode else {
            Issue.record("no requirement list")
            return
        }
        let content = try #require(NavigationListOverlay.content(state))
        let box = NavigationListOverlay.box(state, rowCount: content.rows.count)
        let selectedRow = try #require(content.rows.firstIndex(of: .entry(open.list.selected)))
        let target = try #require(
            content.rows.indices.first { index in
                guard case .entry(let item) = content.rows[index] else { return false }
                let row = box.y + 1 + index - open.list.top
                return item != open.list.selected && row > box.y && row < box.y + box.height - 1
                    && abs(index - selectedRow) > 1
            })
        guard case .entry(let item) = content.rows[target] else { return }
        let row = box.y + 1 + target - open.list.top
        #expect(ReaderReducer.reduce(&state, click(row: row)) == [])
        guard case .navigationList(let selected) = state.mode else {
            Issue.record("the first click closed the list")
            return
        }
        #expect(selected.list.selected == item)
        ReaderReducer.reduce(&state, click(row: row))
        #expect(state.mode == .normal)
        #expect(state.currentNode == content.items[item].node)
    }
}
