import Annotations
import SpeechParser

extension ReadingAction {
    /// Which modes the action applies in.
    func isAllowed(in mode: ReaderState.Mode) -> Bool {
        switch self {
        case .configure, .restored:
            return true
        case .copy:
            if case .noteView = mode { return true }
            return mode == .normal || (mode.list.map { !$0.isConfirmingDelete } ?? false)
        case .toggleMouse:
            return mode == .normal || (mode.list.map { !$0.isConfirmingDelete } ?? false)
        case .scrollNoteView, .closeNoteView:
            if case .noteView = mode { return true }
            return false
        case .openNote:
            return mode == .normal
        case .reattach:
            if case .notes(let list) = mode { return !list.isConfirmingDelete }
            return false
        case .copyCitation, .undo, .resizeOutline, .toggleOutline, .scrollNote, .unknownKey:
            return mode == .normal
        }
    }
}

extension Action {
    /// Whether the action reports a key that does nothing (which must not reset the report).
    var isUnknownKey: Bool {
        if case .reading(.unknownKey) = self { return true }
        return false
    }
}

/// Copying, undo, re-attaching, the mouse switch, the outline pane, unknown keys, configuration.
extension ReaderReducer {
    /// The step of `<` and `>` in columns.
    static let outlineStep = 4

    static func reading(_ state: inout ReaderState, _ action: ReadingAction) -> [Effect] {
        switch action {
        case .copy:
            return copy(&state)
        case .copyCitation:
            return copyCitation(&state)
        case .undo:
            return undo(&state)
        case .reattach:
            return reattach(&state)
        case .toggleMouse:
            state.reading.settings.mouse.toggle()
            state.message = .reading(.mouse(state.reading.settings.mouse))
            return [.terminal(.mouseCapture(state.reading.settings.mouse))]
        case .resizeOutline(let delta):
            guard state.geometry.isTwoPane else { return [.bell] }
            let current = ScreenGeometry.outlineWidth(state.width, state.reading.settings.outlineWidth)
            let wanted = ScreenGeometry.outlineWidth(state.width, current + delta)
            guard wanted != current else { return [.bell] }
            state.reading.settings.outlineWidth = wanted
            return relaid(&state)
        case .toggleOutline:
            state.reading.settings.outlineHidden.toggle()
            if state.reading.settings.outlineHidden { state.focus = .text }
            return relaid(&state)
        case .openNote, .scrollNoteView, .closeNoteView:
            return noteView(&state, action)
        case .scrollNote(let rows):
            guard !notesOnCursor(state).isEmpty else { return [.bell] }
            state.reading.stripScroll = max(state.reading.stripScroll + rows, 0)
            state.reading.stripSentence = state.cursor
            return []
        case .unknownKey(let label):
            guard state.reading.reportedUnknownKey != label else { return [] }
            state.reading.reportedUnknownKey = label
            state.message = .reading(.unknownKey(label))
            return []
        case .configure(let settings, let warning):
            state.reading.settings = settings
            if let warning { state.message = .reading(.configWarning(warning)) }
            var layout = state.makeLayout()
            state.top = layout.lineStart(containing: state.anchor)
            return []
        case .restored(let message):
            state.message = .reading(message)
            return []
        }
    }

    /// The notes whose passages hold the cursor sentence's start, in list order.
    static func notesOnCursor(_ state: ReaderState) -> [Note] {
        guard let sentence = state.cursorRange else { return [] }
        return state.annotations.notes.filter { note in
            guard let range = note.range else { return false }
            return range.overlaps(sentence) || range.lowerBound == sentence.lowerBound
        }
    }

    /// The layout after the pane changed: the top re-snapped from the anchor, the layout
    /// remembered by the store.
    private static func relaid(_ state: inout ReaderState) -> [Effect] {
        var layout = state.makeLayout()
        state.top = layout.lineStart(containing: state.anchor)
        keepListInBounds(&state)
        let settings = state.reading.settings
        return [.store(.saveLayout(outlineWidth: settings.outlineWidth, outlineHidden: settings.outlineHidden))]
    }

    /// `y`: in a list, the selected item's text; in the note overlay, the notes' text; else the
    /// selection, else the cursor sentence.
    private static func copy(_ state: inout ReaderState) -> [Effect] {
        if case .noteView(let view) = state.mode {
            return copied(&state, NoteOverlay.copiedText(view, state), as: .note)
        }
        if let content = ListOverlay.content(state), let list = state.mode.list {
            guard content.items.indices.contains(list.selected) else { return [.bell] }
            let item = content.items[list.selected]
            let text = item.text.isEmpty ? item.quote : item.text
            return copied(&state, text, as: content.kind == .notes ? .note : .item)
        }
        if let range = state.selectionRange {
            return copied(&state, String(state.document.substring(range)), as: .selection)
        }
        guard let sentence = state.cursorRange else { return [.bell] }
        return copied(&state, String(state.document.substring(sentence)), as: .sentence)
    }

    /// `Y`: the current node's own text (up to its first child) as a citation:
    /// `〔1.2.1 一是要把…〕 text`.
    private static func copyCitation(_ state: inout ReaderState) -> [Effect] {
        guard let index = state.currentNode else { return copy(&state) }
        let document = state.document
        let node = document.nodes[index]
        let end = node.children.first.map { document.nodes[$0].range.lowerBound } ?? node.range.upperBound
        let body = document.substring(node.range.lowerBound..<max(end, node.range.lowerBound))
            .split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            .joined(separator: "\n")
        let names = Vocabulary.of(chinese: state.language == .chinese)
        let unnamed: String
        switch node.kind {
        case .preamble: unnamed = names.preamble
        case .closing: unnamed = names.closing
        case .gap: unnamed = names.gap
        case .title: unnamed = names.title
        case .heading, .section, .article, .requirement: unnamed = names.headingLost
        }
        let title = (node.marker + node.title).isEmpty ? unnamed : node.marker + node.title
        let label = node.path == title || node.path.isEmpty ? title : "\(node.path) \(title)"
        return copied(&state, "〔\(label)〕 \(body)", as: .citation)
    }

    private static func copied(_ state: inout ReaderState, _ text: String, as what: ReadingMessage.Copied) -> [Effect] {
        guard !text.isEmpty else { return [.bell] }
        state.message = .reading(.copied(what, characters: text.count))
        return [.terminal(.copy(text))]
    }

    /// `u`: the last deleted note or bookmark is added again (once).
    private static func undo(_ state: inout ReaderState) -> [Effect] {
        guard let deleted = state.reading.lastDeleted else {
            state.message = .reading(.nothingToUndo)
            return [.bell]
        }
        guard !state.annotations.isReadOnly else {
            state.message = .storeNotice(state.annotations.notice)
            return [.bell]
        }
        state.reading.lastDeleted = nil
        switch deleted {
        case .note(let note): return [.store(.restoreNote(note))]
        case .bookmark(let bookmark): return [.store(.restoreBookmark(bookmark))]
        }
    }

    /// `r` in the note list: the selected note moves to the selection, else the cursor sentence.
    private static func reattach(_ state: inout ReaderState) -> [Effect] {
        guard let content = ListOverlay.content(state), let list = state.mode.list,
            content.items.indices.contains(list.selected)
        else { return [.bell] }
        guard !state.annotations.isReadOnly else {
            state.message = .storeNotice(state.annotations.notice)
            return [.bell]
        }
        guard let target = state.selectionRange ?? state.cursorRange, !target.isEmpty else { return [.bell] }
        let item = content.items[list.selected]
        state.selectionAnchor = nil
        return [.store(.reattachNote(id: item.id, text: item.text, range: target))]
    }

    /// Remembers what a confirmed deletion removes, for `u`.
    static func rememberDeletion(_ state: inout ReaderState, id: Int64, note: Bool) {
        if note, let deleted = state.annotations.notes.first(where: { $0.id == id }) {
            state.reading.lastDeleted = .note(deleted)
        } else if !note, let deleted = state.annotations.bookmarks.first(where: { $0.id == id }) {
            state.reading.lastDeleted = .bookmark(deleted)
        }
    }
}
