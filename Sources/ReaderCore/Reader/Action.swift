/// Everything the reader can be asked to do: what a key, a click or a resize means. `Keymap`
/// maps input events to actions; `Reader.reduce` applies them.
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
    /// Remove the search highlight.
    case clearSearch

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
    /// Put the viewport at a saved reading position (no history entry, no effect).
    case restore(offset: Int)
}
