/// What adding a bookmark did. A document has at most one bookmark per place, so adding one
/// where one already is returns that one, and says so (the reader shows "bookmark already here").
public struct BookmarkAddition: Hashable, Sendable {
    /// How the add ended.
    public enum Outcome: Hashable, Sendable {
        /// A new bookmark was saved.
        case added
        /// A bookmark was already at that place; nothing was written.
        case existing
        /// A bookmark was already at that place with another label; its label was replaced.
        case relabelled
    }

    /// The bookmark at the place: the new one, or the one that was already there.
    public var bookmark: Bookmark
    /// What happened.
    public var outcome: Outcome

    /// An addition from its parts.
    public init(bookmark: Bookmark, outcome: Outcome) {
        self.bookmark = bookmark
        self.outcome = outcome
    }
}
