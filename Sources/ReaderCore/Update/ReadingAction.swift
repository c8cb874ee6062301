/// Reading and annotating for real: copying, undo, re-attaching orphans, the note strip, the
/// mouse switch, the outline pane's size, and keys that mean nothing.
public enum ReadingAction: Hashable, Sendable {
    /// `y`: copy the selection, else the cursor sentence (in a list: the selected item's text).
    case copy
    /// `Y`: copy the current node's text as a citation, `〔1.2.1 一是要…〕 text`.
    case copyCitation
    /// `u`: undo the last deletion of a note or bookmark (the store adds it again).
    case undo
    /// `r` in the note list: anchor the selected note to the selection, else the cursor sentence.
    case reattach
    /// Ctrl-T: mouse capture on or off (off lets the terminal select text).
    case toggleMouse
    /// `<` / `>`: the outline pane narrower / wider by this many columns.
    case resizeOutline(Int)
    /// `\`: hide or show the outline pane.
    case toggleOutline
    /// `_`: scroll the note strip of the cursor sentence down a row (back to the top after the end).
    case scrollNote(Int)
    /// Enter in the text: the notes on the cursor sentence in full (none: Enter is not a key there).
    case openNote
    /// j/k/Space/b in the note overlay.
    case scrollNoteView(Action.Amount)
    /// Esc, q or Enter in the note overlay.
    case closeNoteView
    /// A key bound to nothing here, labelled as the help labels keys.
    case unknownKey(String)
    /// The configuration, read by the shell before the first frame (with its warning, if any).
    case configure(ReaderSettings, warning: String?)
    /// The store's answer to `.undo` or `.reattach` (the lists were re-read with it).
    case restored(what: ReadingMessage)

    /// Whether the action comes from the shell rather than a key.
    var comesFromTheShell: Bool {
        switch self {
        case .configure, .restored: return true
        default: return false
        }
    }
}
