import SpeechParser

/// Everything the reader's screen shows, as one value: `ReaderReducer.reduce` changes it, `Renderer`
/// draws it. Positions are UTF-8 offsets into the document text, never screen rows, so a resize
/// keeps the reading position.
public struct ReaderState: Sendable {
    /// Which pane receives the keys.
    public enum Focus: Hashable, Sendable {
        /// The text pane.
        case text
        /// The outline tree.
        case outline
    }

    /// What is drawn over the panes and which keys apply.
    public enum Mode: Hashable, Sendable {
        /// Reading.
        case normal
        /// The help overlay, scrolled down by `scroll` rows.
        case help(scroll: Int)
        /// An input line: `:`, `/`, a note, a bookmark label.
        case prompt(PromptState)
        /// The bookmark list overlay.
        case bookmarks(ListState)
        /// The note list overlay.
        case notes(ListState)
        /// The list of the structural check's findings (`W`).
        case findings(ListState)
        /// The list of outline entries changed since the document was opened (`D`).
        case changes(ListState)
        /// The requirement list (`R`) or the match list (`F`).
        case navigationList(NavigationList)
        /// The notes on the cursor sentence in full (Enter on a marked sentence).
        case noteView(NoteView)
    }

    /// The document read: replaced when the file changes on disk (`Action.documentReloaded`).
    public internal(set) var document: Document
    /// The language of labels, messages and help.
    public internal(set) var language: UILanguage
    /// The terminal size in columns.
    public internal(set) var width: Int
    /// The terminal size in rows.
    public internal(set) var height: Int
    /// Which pane has the keys.
    public internal(set) var focus: Focus = .text
    /// The reading position the viewport is anchored to: set by scrolling and jumps, kept across
    /// resizes (the top is re-snapped from it, so resizing back and forth never drifts).
    public internal(set) var anchor: Int = 0
    /// The viewport's first row: the start of the row containing `anchor` at the current width.
    public internal(set) var top: Int = 0
    /// The reading cursor: an index into `document.sentences` (0 when there are none).
    public internal(set) var cursor: Int = 0
    /// The outline row under the outline cursor, as a node index (meaningful with outline focus).
    public internal(set) var outlineSelection: Int = 0
    /// The first outline row shown (an index into the visible rows).
    public internal(set) var outlineTop: Int = 0
    /// Node indices whose children are hidden in the outline.
    public internal(set) var folded: Set<Int> = []
    /// The last search, highlighted in the text.
    public internal(set) var search = SearchState()
    /// Places to go back and forward to.
    public internal(set) var history = JumpHistory()
    /// Normal reading, help, or an input line.
    public internal(set) var mode: Mode = .normal
    /// A transient message for the status line.
    public internal(set) var message: StatusMessage?
    /// Where a sentence selection started (a sentence index); the selection runs from there to
    /// the cursor. Nil when nothing is selected.
    public internal(set) var selectionAnchor: Int?
    /// The document's notes and bookmarks, and whether the store takes writes.
    public internal(set) var annotations = AnnotationState()
    /// The structural check's findings for the current text, once the shell reported them.
    public internal(set) var findings = FindingState()
    /// How the text differs from the one opened, after reloads.
    public internal(set) var revisions = RevisionState()
    /// Finding one's way: the index, search options, prompt history, outline filter, counts.
    public internal(set) var navigation = NavigationState()
    /// Settings, the last deletion (for undo) and the unknown key reported.
    public internal(set) var reading = ReadingState()

    /// A reader at the start of `document` on a `width` × `height` terminal.
    public init(document: Document, width: Int, height: Int, language: UILanguage) {
        self.document = document
        self.language = language
        self.width = max(width, 0)
        self.height = max(height, 0)
        let layout = makeLayout()
        let start = layout.firstLineStart()
        anchor = start
        top = start
        cursor = 0
        outlineSelection = currentNode ?? 0
    }
}

extension ReaderState: Equatable {
    /// Two states are equal when they show the same document (by text and outline) in the same way.
    public static func == (lhs: ReaderState, rhs: ReaderState) -> Bool {
        lhs.document.text == rhs.document.text && lhs.document.nodes == rhs.document.nodes
            && lhs.language == rhs.language && lhs.width == rhs.width && lhs.height == rhs.height
            && lhs.focus == rhs.focus && lhs.anchor == rhs.anchor && lhs.top == rhs.top
            && lhs.cursor == rhs.cursor && lhs.outlineSelection == rhs.outlineSelection
            && lhs.outlineTop == rhs.outlineTop && lhs.folded == rhs.folded && lhs.search == rhs.search
            && lhs.history == rhs.history && lhs.mode == rhs.mode && lhs.message == rhs.message
            && lhs.selectionAnchor == rhs.selectionAnchor && lhs.annotations == rhs.annotations
            && lhs.findings == rhs.findings && lhs.revisions == rhs.revisions && lhs.navigation == rhs.navigation
            && lhs.reading == rhs.reading
    }
}
