import Annotations
import SpeechParser

/// A new version of the file under the reader: the text is replaced and everything that pointed
/// into the old one is carried over by anchor (the re-anchoring notes use) or dropped.
extension ReaderReducer {
    /// Bytes of text after the viewport's anchor that stand for the reading position.
    static let positionQuoteLength = 96

    /// Replaces the document, keeping the view and the cursor on the same passages, carrying the
    /// folds over by path, re-running the search, and saying what changed.
    static func reloadDocument(_ state: inout ReaderState, _ reload: DocumentReload) {
        let old = state.document
        let new = reload.document
        let places = placesInNewText(state, old: old, new: new)
        let sectionChanges = state.revisions.record(replacing: old, with: new)
        let oldNotes = state.annotations.notes
        let oldBookmarks = state.annotations.bookmarks

        state.document = new
        state.findings = FindingState()
        // Sizes and the title finder index the old nodes; the shell builds a new index.
        state.navigation.index = nil
        state.selectionAnchor = nil
        if case .prompt = state.mode {
            // The shell holds a reload back while an input line is open; should one come anyway,
            // the line's ranges belong to the old text.
            state.mode = .normal
        }
        state.folded = Set(
            state.folded.compactMap { node in
                old.nodes.indices.contains(node) ? new.nodeIndex(path: old.nodes[node].path) : nil
            })
        state.annotations.setNotes(reload.notes ?? placed(oldNotes, in: new), in: new)
        state.annotations.setBookmarks(reload.bookmarks ?? placed(oldBookmarks, in: new))
        if !state.search.query.isEmpty {
            state.search = SearchState(query: state.search.query, in: new.text)
        }
        state.history = places.history
        var layout = state.makeLayout()
        state.anchor = places.anchor
        state.top = layout.lineStart(containing: places.anchor)
        state.cursor = new.cursorSentence(for: places.cursor)
        if let sentence = state.cursorRange { reveal(sentence, &state) }
        state.outlineSelection = state.visibleCurrentNode
        keepListInBounds(&state)
        state.message = .reloaded(
            summary(
                sections: sectionChanges.count, notes: (oldNotes, state.annotations.notes),
                bookmarks: (oldBookmarks, state.annotations.bookmarks), old: old, new: new))
    }

    /// Where the viewport's anchor, the cursor and the history's places are in the new text.
    private static func placesInNewText(_ state: ReaderState, old: Document, new: Document)
        -> (anchor: Int, cursor: Int, history: JumpHistory)
    {
        // One batch, in text order, so a shift found for one place is tried for the next.
        var offsets = [state.anchor, state.cursorRange?.lowerBound ?? state.anchor]
        offsets += state.history.back.map(\.anchor) + state.history.forward.map(\.anchor)
        let order = offsets.indices.sorted { offsets[$0] < offsets[$1] }
        let anchors = order.map { index in
            (
                anchor: positionAnchor(old, at: offsets[index], sentence: index == 1 ? state.cursorRange : nil),
                hint: Int?.none
            )
        }
        let resolved = Reanchorer(document: new).resolveAll(anchors)
        var mapped = [Int?](repeating: nil, count: offsets.count)
        for (index, resolution) in zip(order, resolved) {
            mapped[index] = resolution.range?.lowerBound
        }
        let fallback = fallbackOffset(old: old, new: new, offset: state.anchor)
        let anchor = mapped[0] ?? mapped[1] ?? fallback
        let cursor = mapped[1] ?? anchor
        var history = JumpHistory()
        let backCount = state.history.back.count
        for (index, entry) in (state.history.back + state.history.forward).enumerated() {
            // A place whose passage is gone is dropped; the cursor keeps its distance to the top.
            guard let moved = mapped[2 + index] else { continue }
            let cursorOffset =
                old.sentences.indices.contains(entry.cursor) ? old.sentences[entry.cursor].lowerBound : moved
            let place = JumpHistory.Entry(
                anchor: moved, cursor: new.cursorSentence(for: max(moved + cursorOffset - entry.anchor, 0)))
            if index < backCount { history.back.append(place) } else { history.forward.append(place) }
        }
        return (anchor, cursor, history)
    }

    /// The anchor of a place: the cursor sentence, or the text from `offset` on.
    private static func positionAnchor(_ document: Document, at offset: Int, sentence: Range<Int>?) -> TextAnchor {
        if let sentence, !sentence.isEmpty { return TextAnchor(document: document, range: sentence) }
        let end = min(offset + positionQuoteLength, document.utf8Count)
        return TextAnchor(document: document, range: offset..<max(end, offset))
    }

    /// Where a place whose passage is gone goes: as far into its node (found by path) as it was,
    /// else the same offset, clamped to the new text.
    private static func fallbackOffset(old: Document, new: Document, offset: Int) -> Int {
        if let node = old.nodeIndex(containing: offset), let same = new.nodeIndex(path: old.nodes[node].path) {
            let range = new.nodes[same].range
            return min(range.lowerBound + offset - old.nodes[node].range.lowerBound, max(range.upperBound - 1, 0))
        }
        return min(offset, new.utf8Count)
    }

    /// Notes placed in `document` by the reducer itself (when the store could not re-read them).
    private static func placed(_ notes: [Note], in document: Document) -> [Note] {
        let resolved = Reanchorer(document: document).resolveAll(notes.map { ($0.anchor, $0.range?.lowerBound) })
        return zip(notes, resolved).map { note, resolution in
            var note = note
            note.state = resolution.state
            note.range = resolution.range
            note.nodePath =
                resolution.range.flatMap { document.nodeIndex(containing: $0.lowerBound) }
                .map { document.nodes[$0].path } ?? note.anchor.nodePath
            return note
        }
    }

    /// Bookmarks placed likewise.
    private static func placed(_ bookmarks: [Bookmark], in document: Document) -> [Bookmark] {
        let resolved = Reanchorer(document: document).resolveAll(
            bookmarks.map { ($0.anchor, $0.range?.lowerBound) })
        return zip(bookmarks, resolved).map { bookmark, resolution in
            var bookmark = bookmark
            bookmark.state = resolution.state
            bookmark.range = resolution.range
            bookmark.nodePath =
                resolution.range.flatMap { document.nodeIndex(containing: $0.lowerBound) }
                .map { document.nodes[$0].path } ?? bookmark.anchor.nodePath
            return bookmark
        }
    }

    /// The counts of the one-line message.
    private static func summary(
        sections: Int, notes: ([Note], [Note]), bookmarks: ([Bookmark], [Bookmark]), old: Document, new: Document
    ) -> ReloadSummary {
        let noteMoves = movements(
            notes.0.map { ($0.id, $0.range, $0.nodePath) }, notes.1.map { ($0.id, $0.range, $0.nodePath) },
            old: old, new: new)
        let bookmarkMoves = movements(
            bookmarks.0.map { ($0.id, $0.range, $0.nodePath) }, bookmarks.1.map { ($0.id, $0.range, $0.nodePath) },
            old: old, new: new)
        return ReloadSummary(
            sectionsChanged: sections, notesMoved: noteMoves.moved, notesOrphaned: noteMoves.orphaned,
            bookmarksMoved: bookmarkMoves.moved, bookmarksOrphaned: bookmarkMoves.orphaned)
    }

    /// How many placed items now sit in another entry or on changed text, and how many lost
    /// their passage, comparing the lists before and after by id.
    private static func movements(
        _ before: [(Int64, Range<Int>?, String)], _ after: [(Int64, Range<Int>?, String)], old: Document,
        new: Document
    ) -> (moved: Int, orphaned: Int) {
        let previous = Dictionary(before.map { ($0.0, ($0.1, $0.2)) }, uniquingKeysWith: { first, _ in first })
        var moved = 0
        var orphaned = 0
        for (id, range, path) in after {
            guard let (oldRange, oldPath) = previous[id], let oldRange else { continue }
            guard let range else {
                orphaned += 1
                continue
            }
            if path != oldPath || old.substring(oldRange) != new.substring(range) { moved += 1 }
        }
        return (moved, orphaned)
    }
}
