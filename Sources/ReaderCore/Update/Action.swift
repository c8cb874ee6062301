import Annotations
import SpeechParser

/// Everything the reader can be asked to do: what a key, a click or a resize means. `Keymap`
/// maps input events to actions; `ReaderReducer.reduce` applies them.
public enum Action: Hashable, Sendable {
    /// How far a scroll or an outline move goes.
    public enum Amount: Hashable, Sendable {
        /// This many rows (negative: up).
        case rows(Int)
        /// This many pages (a page is the pane's height less one row of context).
        case pages(Int)
    }

    // Reading
    /// Quit (emits the reading position, then `.quit`).
    case quit
    /// Scroll the text; the cursor follows when it would leave the screen.
    case scroll(Amount)
    /// Jump to the first row (recorded in the jump history).
    case documentStart
    /// Jump to the last page (recorded in the jump history).
    case documentEnd
    /// Jump to the next / previous outline node of any level.
    case nextNode, previousNode
    /// Jump to the next / previous top-level section.
    case nextSection, previousSection
    /// Move the reading cursor to the next / previous sentence, scrolling to keep it visible.
    case nextSentence, previousSentence
    /// Switch the keys between the outline and the text.
    case toggleFocus
    /// Esc in the text: clear the sentence selection, or else the search highlight.
    case clearSelectionOrSearch

    // Outline
    /// Move the outline selection.
    case moveSelection(Amount)
    /// Select the first / last outline row.
    case selectFirst, selectLast
    /// Jump to the selected node.
    case openSelection
    /// Fold the selected node, or select its parent when it is folded or a leaf.
    case fold
    /// Unfold the selected node, or select its first child when it is unfolded.
    case unfold
    /// Fold every node with children, or unfold all when anything is folded.
    case toggleFoldAll

    // Go to and search
    /// Open the `:` prompt (go to a path such as `1.2.3`, `preamble`, `closing`).
    case startGoto
    /// Open the `/` prompt (search, highlighting as you type).
    case startSearch
    /// Type a character into the prompt.
    case promptInsert(Character)
    /// Delete before the prompt cursor (closes an empty prompt) / at the cursor.
    case promptBackspace, promptDelete
    /// Move the prompt cursor.
    case promptLeft, promptRight, promptHome, promptEnd
    /// Clear the prompt input.
    case promptClear
    /// Accept the input (go to the path, or to the first match at or after the position).
    case promptAccept
    /// Close the prompt and restore the view as it was.
    case promptCancel
    /// Go to the next / previous search match, wrapping around.
    case nextMatch, previousMatch

    // Bookmarks and notes
    /// `v`: select the cursor sentence, or extend the selection by one sentence away from where
    /// it started (moving the cursor, which always ends the selection).
    case extendSelection
    /// `m`: open the label prompt for a bookmark on the cursor sentence.
    case startBookmark
    /// `a`: open the note prompt for the selection, or else the cursor sentence.
    case startNote
    /// `B`: open the bookmark list.
    case showBookmarks
    /// `A`: open the note list.
    case showNotes
    /// `W`: open the list of the structural check's findings.
    case showFindings
    /// `D`: open the list of outline entries changed since the document was opened.
    case showChanges

    // List overlays (bookmarks, notes)
    /// Move the list selection.
    case listMove(Amount)
    /// Select the first / last item.
    case listFirst, listLast
    /// Enter: jump to the selected item's passage and close the list.
    case listOpen
    /// `d`: ask whether to delete the selected item.
    case listDelete
    /// `e`: edit the selected note in `$VISUAL`/`$EDITOR`.
    case listEdit
    /// Close the list.
    case closeList
    /// `y` / `n` to "delete?".
    case confirmDelete, cancelDelete

    // History
    /// Go back / forward in the jump history.
    case historyBack, historyForward

    // Help
    /// Open the help overlay.
    case showHelp
    /// Close the help overlay.
    case closeHelp
    /// Scroll the help overlay.
    case scrollHelp(Amount)

    // From the terminal and the shell
    /// A click or wheel step at a screen cell.
    case mouse(InputEvent.MouseEvent)
    /// The terminal now has this size.
    case resize(width: Int, height: Int)
    /// Put the viewport at a saved reading position (no history entry, no effect), with the
    /// cursor on the sentence at `cursor` when it is known and on screen.
    case restore(offset: Int, cursor: Int? = nil)
    /// The store was opened (or not): the document's notes and bookmarks, whether writes are
    /// refused, and the one-line reason when the store is not fully usable (shown at once).
    case storeLoaded(notes: [Note], bookmarks: [Bookmark], readOnly: Bool, notice: String?)
    /// The notes after a write (`change` says what it did, for the acknowledgement).
    case notesChanged([Note], StoreChange)
    /// The bookmarks after a write.
    case bookmarksChanged([Bookmark], StoreChange)
    /// The external editor returned `text` for the note `id`, whose text was `previous`.
    case noteEdited(id: Int64, previous: String, text: String)
    /// Scan the next slice of a search that is still scanning a large text (the run loop sends
    /// it whenever no key is waiting).
    case continueSearch
    /// Show a message: what the shell has to say (a store or editor failure, an unchanged note).
    case report(StatusMessage)
    /// The structural check's findings for the text of reload number `revision` (0: as opened);
    /// ignored when the text was reloaded since.
    case checked([Finding], revision: Int)
    /// The file changed on disk: the new text, with the notes and bookmarks placed in it. The
    /// reading position is kept by anchor, and the summary shown.
    case documentReloaded(DocumentReload)

    // Reading and annotating
    /// Copying, undo, re-attaching, the note strip, the mouse, the outline pane, unknown keys.
    case reading(ReadingAction)

    // Finding one's way
    /// Motions, the go-to chooser, the outline filter, history, pinyin, sizes and lists.
    case navigation(NavigationAction)
}

extension Action {
    /// Whether the action reports something from the terminal or the shell (a resize, the
    /// store's answer) rather than a key or click: such actions leave the status message alone.
    var comesFromTheShell: Bool {
        switch self {
        case .resize, .restore, .storeLoaded, .notesChanged, .bookmarksChanged, .noteEdited, .report, .checked,
            .documentReloaded, .continueSearch:
            return true
        case .navigation(let action):
            return action.comesFromTheShell
        case .reading(let action):
            return action.comesFromTheShell
        default:
            return false
        }
    }
}
