/// The input line of `:` (go to a path), `/` (search), `a` (a note) or `m` (a bookmark's label),
/// with its editing cursor. Text from an input method arrives one character at a time.
public struct PromptState: Hashable, Sendable {
    /// What the input is for.
    public enum Kind: Hashable, Sendable {
        /// `:` a node path.
        case goto
        /// `/` a search query.
        case search
        /// `a` a note on `range` (UTF-8 offsets), which covers `sentences` sentences.
        case note(range: Range<Int>, sentences: Int)
        /// `m` the label of a bookmark on `range`.
        case bookmarkLabel(range: Range<Int>)
        /// `/` in the outline: a filter over its entries.
        case outlineFilter
    }

    /// What the input is for.
    public var kind: Kind
    /// The text typed so far.
    public var input: String = ""
    /// The editing cursor, in characters from the start of `input`.
    public var cursor: Int = 0
    /// The view when the prompt opened, restored by Esc (a search moves the view as you type).
    var saved: SavedView
    /// `:`: the candidates the input names when it is not one node (go to anything).
    public internal(set) var chooser: GotoChooser?
    /// The history entry shown, while walking the history (an index into its entries).
    var historyIndex: Int?
    /// What was typed before walking the history, restored by walking past the newest entry.
    var draft: String = ""

    /// A prompt of `kind` opened over the view `saved`, holding `input` with the cursor at its end.
    init(kind: Kind, saved: SavedView, input: String = "") {
        self.kind = kind
        self.saved = saved
        self.input = input
        self.cursor = input.count
    }
}

/// What a cancelled prompt restores: the reading position, the cursor and the previous search.
/// Not the top row: the terminal may be resized while the prompt is open, so the top is
/// re-snapped from the anchor at the width of the moment.
struct SavedView: Hashable, Sendable {
    var anchor: Int
    var cursor: Int
    var search: SearchState
}
