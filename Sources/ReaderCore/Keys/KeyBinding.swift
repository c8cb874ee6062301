/// One row of the key table: which keys, where they apply, what they do, and the help text.
public struct KeyBinding: Hashable, Sendable {
    /// Where a binding applies.
    public enum Context: Hashable, Sendable, CaseIterable {
        /// In normal mode, whichever pane has the focus (after the pane's own bindings).
        case any
        /// In normal mode with the text pane focused.
        case text
        /// In normal mode with the outline focused.
        case outline
        /// While an input line is open (printable characters are typed into it).
        case prompt
        /// While the bookmark list is open.
        case bookmarkList
        /// While the note list is open.
        case noteList
        /// While the list of the check's findings is open.
        case findingList
        /// While the list of changed entries is open.
        case changeList
        /// While the requirement list or the match list is open.
        case navigationList
        /// While the note overlay shows the cursor sentence's notes in full.
        case noteView
        /// While a list asks whether to delete its selected item.
        case confirm
        /// While the help overlay is open.
        case help
    }

    /// The keys, any of which triggers the action.
    public let keys: [InputEvent]
    /// Where the binding applies.
    public let context: Context
    /// What the keys do.
    public let action: Action
    /// Help text in English.
    public let english: String
    /// Help text in Simplified Chinese.
    public let chinese: String

    /// A binding of `keys` in `context` to `action`, with its help text in both languages.
    public init(_ keys: [InputEvent], _ context: Context, _ action: Action, english: String, chinese: String) {
        self.keys = keys
        self.context = context
        self.action = action
        self.english = english
        self.chinese = chinese
    }

    /// The help text in `language`.
    public func help(in language: UILanguage) -> String {
        language == .chinese ? chinese : english
    }

    /// The keys as the help shows them: `j ↓`, `Space PgDn`, `Ctrl-O Bksp`.
    public var keyLabel: String {
        keys.map(\.label).joined(separator: " ")
    }
}
