/// Status messages of copying, undo, re-attaching, the mouse switch, unknown keys and the
/// configuration; worded by `UIStrings.readingText(_:)` in both languages.
public enum ReadingMessage: Hashable, Sendable {
    /// What `y`/`Y` copied.
    public enum Copied: Hashable, Sendable {
        case sentence, selection, citation, note, item
    }

    /// Text went to the clipboard (by OSC 52): what, and how many characters.
    case copied(Copied, characters: Int)
    /// `m` where a bookmark already is (at `path`): nothing added.
    case bookmarkExists(path: String)
    /// `m` with a new label where a bookmark already is: its label was replaced.
    case bookmarkRelabelled(path: String)
    /// `u` with nothing deleted in this session.
    case nothingToUndo
    /// `u` brought a deleted note (true) or bookmark (false) back.
    case undone(note: Bool)
    /// A note was anchored again, in the node at `path`.
    case reattached(path: String)
    /// Mouse capture is now on (true) or off.
    case mouse(Bool)
    /// A key that does nothing here.
    case unknownKey(String)
    /// The configuration file had a problem (the line names the key and line); defaults used.
    case configWarning(String)

    /// Whether the message reports a failure.
    var isError: Bool {
        switch self {
        case .nothingToUndo, .unknownKey, .configWarning: return true
        default: return false
        }
    }
}
