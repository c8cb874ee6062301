/// Scrolling the text and keeping the reading cursor on screen.
extension ReaderReducer {
    /// Scrolls by rows or pages; the cursor follows if it would leave the screen. Rings the bell
    /// when already at that end.
    static func scroll(_ state: inout ReaderState, by amount: Action.Amount) -> [Effect] {
        let rows = rowCount(amount, paneRows: state.geometry.paneRows)
        var layout = state.makeLayout()
        var target = layout.lineStart(movedBy: rows, from: state.top)
        if rows > 0 {
            target = max(state.top, clampToLastPage(target, &layout, rows: state.geometry.paneRows))
        }
        guard target != state.top else { return [.bell] }
        state.top = target
        state.anchor = target
        keepCursorOnScreen(&state, &layout)
        return []
    }

    /// Rows in an amount: a page is the pane's height less one row kept for context.
    static func rowCount(_ amount: Action.Amount, paneRows: Int) -> Int {
        switch amount {
        case .rows(let rows): return rows
        case .pages(let pages): return pages * max(paneRows - 1, 1)
        }
    }

    /// `lineStart`, or the last page's top if the screen from `lineStart` would not be full, so
    /// the text never scrolls up past its last row.
    static func clampToLastPage(_ lineStart: Int, _ layout: inout TextLayout, rows: Int) -> Int {
        let window = layout.lines(fromLineStart: lineStart, count: rows)
        guard window.count < rows else { return lineStart }
        return min(lineStart, layout.lastPageTop(rows: rows))
    }

    /// The end of the last text row on screen.
    static func screenEnd(_ state: ReaderState, _ layout: inout TextLayout) -> Int {
        let window = layout.lines(fromLineStart: state.top, count: state.geometry.paneRows)
        return window.last(where: { !$0.isBlank })?.range.upperBound ?? state.top
    }

    /// After a scroll: a cursor sentence that left the screen moves to the first sentence that
    /// starts on screen (scrolled down) or the last one (scrolled up).
    static func keepCursorOnScreen(_ state: inout ReaderState, _ layout: inout TextLayout) {
        guard let sentence = state.cursorRange else { return }
        let document = state.document
        let bottom = screenEnd(state, &layout)
        if sentence.upperBound <= state.top {
            let first = document.sentenceCount(startingBefore: state.top)
            let startsOnScreen = first < document.sentences.count && document.sentences[first].lowerBound < bottom
            state.cursor = startsOnScreen ? first : document.cursorSentence(for: state.top)
        } else if sentence.lowerBound >= bottom {
            let last = document.sentenceCount(startingBefore: bottom) - 1
            state.cursor = max(last, document.cursorSentence(for: state.top))
        }
    }

    /// Scrolls as little as possible to show `range` whole (or its start, if it is taller than
    /// the screen). Walks down from the top rather than re-wrapping from a paragraph start.
    static func reveal(_ range: Range<Int>, _ state: inout ReaderState) {
        var layout = state.makeLayout()
        let rows = state.geometry.paneRows
        if range.lowerBound < state.top {
            let start = layout.lineStart(containing: range.lowerBound)
            state.top = start
            state.anchor = start
            return
        }
        let ahead = layout.lines(fromLineStart: state.top, count: rows * 3)
        guard let endRow = ahead.firstIndex(where: { !$0.isBlank && $0.range.upperBound >= range.upperBound }),
            let startRow = ahead.firstIndex(where: { !$0.isBlank && $0.range.upperBound > range.lowerBound })
        else {
            let start = clampToLastPage(layout.lineStart(containing: range.lowerBound), &layout, rows: rows)
            state.top = start
            state.anchor = start
            return
        }
        guard endRow >= rows else { return }  // already on screen
        var topRow = max(min(endRow - rows + 1, startRow), 0)
        if ahead[topRow].isBlank { topRow += 1 }
        state.top = ahead[topRow].range.lowerBound
        state.anchor = state.top
    }

    /// Moves the reading cursor by sentences and scrolls to keep it visible.
    static func moveCursor(_ state: inout ReaderState, by delta: Int) -> [Effect] {
        let target = state.cursor + delta
        guard state.document.sentences.indices.contains(target) else { return [.bell] }
        state.cursor = target
        reveal(state.document.sentences[target], &state)
        return []
    }
}
