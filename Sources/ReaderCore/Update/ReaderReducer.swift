/// The reader's pure update function: `reduce` applies an action to the state and describes
/// what the shell must do. No I/O, no clock: the same state and action always give the same result.
public enum ReaderReducer {
    /// Applies `action` to `state` and returns the effects for the shell to perform, in order.
    @discardableResult
    public static func reduce(_ state: inout ReaderState, _ action: Action) -> [Effect] {
        guard isAllowed(action, in: state.mode) else { return [] }
        if !action.comesFromTheShell {
            state.message = nil  // a message lasts until the next key or click
        }
        if !action.comesFromTheShell, !action.isUnknownKey {
            state.reading.reportedUnknownKey = nil  // another key worked: the next unknown one is said again
        }
        let effects = apply(action, to: &state)
        settlePendingKeys(&state, after: action)
        if keepsOutlineInView(action, state: state) {
            keepOutlineInView(&state)
        }
        return effects
    }

    /// Dispatches one action.
    private static func apply(_ action: Action, to state: inout ReaderState) -> [Effect] {
        switch action {
        case .quit:
            return [positionEffect(state), .quit]
        case .continueSearch:
            continueSearch(&state)
            return []
        case .scroll(let amount):
            return scroll(&state, by: amount)
        case .documentStart, .documentEnd, .nextNode, .previousNode, .nextSection, .previousSection:
            return navigate(&state, action)
        case .nextSentence, .previousSentence:
            return moveCursor(&state, by: action == .nextSentence ? 1 : -1)
        case .toggleFocus:
            toggleFocus(&state)
            return []
        case .moveSelection, .selectFirst, .selectLast, .openSelection, .fold, .unfold, .toggleFoldAll:
            return outline(&state, action)
        case .startGoto, .startSearch, .promptInsert, .promptBackspace, .promptDelete, .promptLeft,
            .promptRight, .promptHome, .promptEnd, .promptClear, .promptAccept, .promptCancel:
            return prompt(&state, action)
        case .extendSelection, .clearSelectionOrSearch, .startBookmark, .startNote, .showBookmarks, .showNotes,
            .showFindings, .showChanges:
            return annotate(&state, action)
        case .listMove, .listFirst, .listLast, .listOpen, .listDelete, .listEdit, .closeList, .confirmDelete,
            .cancelDelete:
            return list(&state, action)
        case .storeLoaded, .notesChanged, .bookmarksChanged, .report:
            storeUpdate(&state, action)
            return []
        case .checked(let findings, let revision):
            if revision == state.revisions.reloads {
                state.findings = FindingState(findings: findings, in: state.document)
            }
            keepListInBounds(&state)
            return []
        case .documentReloaded(let reload):
            reloadDocument(&state, reload)
            return []
        case .noteEdited(let id, let previous, let text):
            return noteEdited(&state, id: id, previous: previous, text: text)
        case .nextMatch, .previousMatch:
            return nextMatch(&state, forward: action == .nextMatch)
        case .historyBack, .historyForward:
            return travel(&state, back: action == .historyBack)
        case .showHelp, .closeHelp, .scrollHelp:
            help(&state, action)
            return []
        case .mouse(let event):
            return mouse(&state, event)
        case .resize(let width, let height):
            resize(&state, width: width, height: height)
            return []
        case .restore(let offset, let cursor):
            restore(&state, offset: offset, cursor: cursor)
            return []
        case .navigation(let action):
            return navigation(&state, action)
        case .reading(let action):
            return reading(&state, action)
        }
    }

    /// Which actions apply in which mode; others are ignored (the keymap never sends them there).
    private static func isAllowed(_ action: Action, in mode: ReaderState.Mode) -> Bool {
        switch action {
        case .quit, .mouse, .resize, .restore, .storeLoaded, .notesChanged, .bookmarksChanged, .noteEdited, .report,
            .checked, .documentReloaded, .continueSearch:
            return true
        case .listMove, .listFirst, .listLast, .listOpen, .listDelete, .listEdit, .closeList:
            return mode.list.map { !$0.isConfirmingDelete } ?? false
        case .confirmDelete, .cancelDelete:
            return mode.list?.isConfirmingDelete ?? false
        case .promptInsert, .promptBackspace, .promptDelete, .promptLeft, .promptRight, .promptHome,
            .promptEnd, .promptClear, .promptAccept, .promptCancel:
            if case .prompt = mode { return true }
            return false
        case .closeHelp, .scrollHelp:
            if case .help = mode { return true }
            return false
        case .navigation(let action):
            return action.isAllowed(in: mode)
        case .reading(let action):
            return action.isAllowed(in: mode)
        default:
            return mode == .normal
        }
    }

    /// The effect that reports the reading position to the shell.
    static func positionEffect(_ state: ReaderState) -> Effect {
        .store(.savePosition(state.readingPosition))
    }

    /// A new terminal size: the top is re-snapped from the anchor (the reading position), the
    /// cursor is kept.
    private static func resize(_ state: inout ReaderState, width: Int, height: Int) {
        state.width = max(width, 0)
        state.height = max(height, 0)
        var layout = state.makeLayout()
        state.top = layout.lineStart(containing: state.anchor)
        keepListInBounds(&state)
    }

    /// Puts the viewport at a saved offset, with the cursor on the saved sentence (else the
    /// sentence at the top line). A cursor saved off the restored screen (another width) brings
    /// the screen to it, as a cursor motion would.
    private static func restore(_ state: inout ReaderState, offset: Int, cursor: Int?) {
        let anchor = min(max(offset, 0), state.document.utf8Count)
        var layout = state.makeLayout()
        state.anchor = anchor
        state.top = layout.lineStart(containing: anchor)
        state.cursor = state.document.cursorSentence(for: anchor)
        if let cursor, !state.document.sentences.isEmpty {
            let sentence = state.document.cursorSentence(for: min(max(cursor, 0), state.document.utf8Count))
            state.cursor = sentence
            reveal(state.document.sentences[sentence], &state)
        }
        state.outlineSelection = state.visibleCurrentNode
    }

    /// Opens, closes and scrolls the help overlay.
    static func help(_ state: inout ReaderState, _ action: Action) {
        switch action {
        case .showHelp:
            state.mode = .help(scroll: 0)
        case .closeHelp:
            state.mode = .normal
        case .scrollHelp(let amount):
            guard case .help(let scroll) = state.mode else { return }
            let page = max(HelpOverlay.visibleRows(state) - 1, 1)
            let delta: Int
            switch amount {
            case .rows(let rows): delta = rows
            case .pages(let pages): delta = pages * page
            }
            state.mode = .help(scroll: min(max(scroll + delta, 0), HelpOverlay.maxScroll(state)))
        default:
            break
        }
    }
}
