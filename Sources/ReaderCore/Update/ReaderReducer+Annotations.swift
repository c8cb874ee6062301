import Annotations

/// The sentence selection, the `m` and `a` prompts, opening the lists, and the store's answers.
extension ReaderState {
    /// The selected sentences (indices, ascending): from the selection's start to the cursor.
    public var selectedSentences: ClosedRange<Int>? {
        guard let anchor = selectionAnchor, document.sentences.indices.contains(anchor),
            document.sentences.indices.contains(cursor)
        else { return nil }
        return min(anchor, cursor)...max(anchor, cursor)
    }

    /// The selected passage (UTF-8 offsets), or nil when nothing is selected.
    public var selectionRange: Range<Int>? {
        selectedSentences.flatMap { document.range(ofSentences: $0.lowerBound, through: $0.upperBound) }
    }
}

extension ReaderReducer {
    /// `v`, Esc, `m`, `a`, `B`, `A`.
    static func annotate(_ state: inout ReaderState, _ action: Action) -> [Effect] {
        switch action {
        case .extendSelection:
            return extendSelection(&state)
        case .clearSelectionOrSearch:
            if state.selectionAnchor != nil {
                state.selectionAnchor = nil
            } else {
                state.search = SearchState()
            }
            return []
        case .startBookmark, .startNote:
            return startAnnotationPrompt(&state, note: action == .startNote)
        case .showBookmarks:
            state.mode = .bookmarks(openedList(.bookmarks, state))
            return []
        case .showNotes:
            state.mode = .notes(openedList(.notes, state))
            return []
        case .showFindings:
            state.mode = .findings(openedList(.findings, state))
            return []
        case .showChanges:
            state.mode = .changes(openedList(.changes, state))
            return []
        default:
            return []
        }
    }

    /// `v`: the first press selects the cursor sentence; each further press moves the cursor one
    /// sentence away from where the selection started, so the selection grows by one.
    private static func extendSelection(_ state: inout ReaderState) -> [Effect] {
        guard state.document.sentences.indices.contains(state.cursor) else { return [.bell] }
        guard let anchor = state.selectionAnchor else {
            state.selectionAnchor = state.cursor
            return []
        }
        return moveCursor(&state, by: state.cursor < anchor ? -1 : 1)
    }

    /// Opens the note prompt (on the selection, else the cursor sentence) or the bookmark label
    /// prompt (on the cursor sentence); with a store that refuses writes, says why instead.
    private static func startAnnotationPrompt(_ state: inout ReaderState, note: Bool) -> [Effect] {
        guard !state.annotations.isReadOnly else {
            state.message = .storeNotice(state.annotations.notice)
            return [.bell]
        }
        guard let sentence = state.cursorRange, !sentence.isEmpty else { return [.bell] }
        let saved = SavedView(anchor: state.anchor, cursor: state.cursor, search: state.search)
        let kind: PromptState.Kind
        if note, let selection = state.selectionRange, let sentences = state.selectedSentences {
            kind = .note(range: selection, sentences: sentences.count)
        } else if note {
            kind = .note(range: sentence, sentences: 1)
        } else {
            kind = .bookmarkLabel(range: sentence)
        }
        state.mode = .prompt(PromptState(kind: kind, saved: saved))
        return []
    }

    /// Enter on a note or label prompt: asks the shell to write it. A note needs some text; a
    /// label may be empty. Leading and trailing white space is dropped.
    static func acceptAnnotation(_ state: inout ReaderState, _ prompt: PromptState) -> [Effect] {
        switch prompt.kind {
        case .note(let range, _):
            guard case .text(let text) = NoteText.outcome(prompt.input) else {
                state.message = .emptyNote
                return [.bell]
            }
            state.selectionAnchor = nil
            return [.addNote(range: range, text: text)]
        case .bookmarkLabel(let range):
            return [.addBookmark(range: range, label: NoteText.normalized(prompt.input) ?? "")]
        case .goto, .search, .outlineFilter:
            return []
        }
    }

    /// The editor's answer for a note: written when it changed, else a message saying why not.
    static func noteEdited(_ state: inout ReaderState, id: Int64, previous: String, text: String) -> [Effect] {
        switch NoteText.outcome(text, replacing: previous) {
        case .text(let text):
            return [.store(.editNote(id: id, text: text))]
        case .unchanged:
            state.message = .noteUnchanged
            return []
        case .empty:
            state.message = .emptyNote
            return []
        }
    }

    /// The store's answers: the lists after loading or a write, and messages.
    static func storeUpdate(_ state: inout ReaderState, _ action: Action) {
        switch action {
        case .storeLoaded(let notes, let bookmarks, let readOnly, let notice):
            state.annotations.setNotes(notes, in: state.document)
            state.annotations.setBookmarks(bookmarks)
            state.annotations.isReadOnly = readOnly
            state.annotations.notice = notice
            if notice != nil { state.message = .storeNotice(notice) }
        case .notesChanged(let notes, let change):
            state.annotations.setNotes(notes, in: state.document)
            if let message = acknowledgement(of: change, notes: true) { state.message = message }
        case .bookmarksChanged(let bookmarks, let change):
            state.annotations.setBookmarks(bookmarks)
            if let message = acknowledgement(of: change, notes: false) { state.message = message }
        case .report(let message):
            state.message = message
        default:
            break
        }
        keepListInBounds(&state)
    }

    /// The message that confirms a committed write.
    private static func acknowledgement(of change: StoreChange, notes: Bool) -> StatusMessage? {
        switch change {
        case .added(let path): return notes ? .noteAdded(path: path) : .bookmarkAdded(path: path)
        case .edited: return notes ? .noteEdited : nil
        case .removed: return notes ? .noteRemoved : .bookmarkRemoved
        case .reloaded: return nil
        case .existing(let path, let relabelled):
            return .reading(relabelled ? .bookmarkRelabelled(path: path) : .bookmarkExists(path: path))
        case .restored: return .reading(.undone(note: notes))
        case .reattached(let path): return .reading(.reattached(path: path))
        }
    }
}
